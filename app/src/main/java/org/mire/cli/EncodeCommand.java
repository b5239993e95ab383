package org.mire.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.MireHome;
import org.mire.embed.CorpusDefinition;
import org.mire.embed.CorpusEncoder;
import org.mire.embed.EmbeddingFiles;
import org.mire.encoder.Encoder;
import org.mire.encoder.MirEncoderMethod;
import org.mire.encoder.OperatorProfile;
import org.mire.encoder.device.DeviceRequest;
import org.mire.task.EmbeddingChoice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mire encode}: options, then the encode service ({@link CorpusEncoder}), then the report. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Embed IR files with a trained encoder: one vector per module or per function, written as CSV, "
                + "TSV (TensorBoard projector pair) or NPY, with metadata and provenance sidecars (docs/formats.md).")
final class EncodeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "IR files, folders (searched for .ll .bc .c .cpp .cl .mlir; with their labels.csv), corpus "
                    + "folders (manifest.csv), labels CSVs (file,label...) or the DevMap data set folder: what the "
                    + "embedding explorer opens.")
    List<Path> inputs;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: the shipped model in models/).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "embeddings.csv, .tsv or .npy")
    Path out;

    @Option(names = "--level", defaultValue = "module", description = "module or function (default ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--batch", defaultValue = "" + EmbeddingChoice.DEFAULT_BATCH, description = "Items per batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--limit", paramLabel = "N", description = "Encode only the first N files found (0: all).")
    int limit;

    @Option(names = "--measure", description = "Also report peak memory and a DJL matrix multiply's GFLOP/s (the engine's ceiling).")
    boolean measure;

    @Option(names = "--profile", paramLabel = "TRACE.json", description = "Also record libtorch's operator profile "
            + "of the encoding into this Chrome trace (chrome://tracing, Perfetto) and report where the model's time "
            + "went, against the ceiling (implies --measure; the profiler slows the encoding and keeps its events in "
            + "memory).")
    Path profile;

    @Mixin
    ProgramInput input;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        CorpusEncoder.Level chosenLevel = CorpusEncoder.Level.of(level);
        EmbeddingFiles.kindOf(out);
        CorpusDefinition corpus = CorpusDefinition.open(inputs).firstFiles(limit);
        DeviceRequest.Selection device = engine.select();
        Path modelDir = model != null ? model : MireHome.shippedModel();
        long started = System.nanoTime();
        try (MirEncoderMethod method = EmbeddingChoice.encoder(modelDir, device.device(), batch)) {
            err.println("mire: encoding " + corpus.files().size() + " files with " + modelDir + " on "
                    + device.note());
            if (profile != null) {
                OperatorProfile.start();
            }
            // no cache: every file is encoded, so the rates below are the encoder's
            CorpusEncoder.Result result = new CorpusEncoder(input::load, null).encode(corpus, method, chosenLevel,
                    new ConsoleProgress(err));
            double seconds = (System.nanoTime() - started) / 1e9;
            OperatorProfile operators = profile == null ? null : OperatorProfile.stop(profile);
            EmbeddingFiles.write(out, result.set());
            for (String failure : result.failures()) {
                err.println("mire: " + failure);
            }
            int failed = result.failures().size();
            err.println(String.format(Locale.ROOT, "mire: %d vectors from %d files (%d functions) in %.2f s: "
                            + "%.2f files/s, %.1f functions/s%s", result.set().size(), result.encoded(),
                    result.functions(), seconds, result.encoded() / seconds, result.functions() / seconds,
                    failed > 0 ? "; " + failed + " files failed" : ""));
            if (measure || profile != null) {
                Encoder encoder = method.encoder();
                double achieved = encoder.flops() / encoder.modelSeconds() / 1e9;
                double ceiling = matmulGflops();
                err.println(String.format(Locale.ROOT, "mire: peak resident memory %d MiB; %.1f s in the model, "
                        + "%.1f GFLOP", peakResidentMiB(), encoder.modelSeconds(), encoder.flops() / 1e9));
                err.println(String.format(Locale.ROOT, "mire: model %.1f GFLOP/s achieved (%.0f%% of the DJL matmul "
                        + "ceiling %.1f GFLOP/s)", achieved, 100 * achieved / ceiling, ceiling));
                if (operators != null) {
                    reportProfile(err, operators, encoder.flops(), ceiling);
                }
            }
            return failed == 0 ? MireCommand.EXIT_OK : MireCommand.EXIT_USER_ERROR;
        }
    }

    /**
     * The operators' self times, and the rate the model could reach if only its matrix products and the softmax
     * that any attention needs took time: an upper bound of the ceiling ratio for this architecture on this engine.
     */
    private void reportProfile(java.io.PrintWriter err, OperatorProfile operators, double flops, double ceiling) {
        double total = operators.totalSeconds();
        err.println(String.format(Locale.ROOT, "mire: operator self time %.2f s in all (trace: %s):", total, profile));
        for (OperatorProfile.Operator operator : operators.operators().stream().limit(12).toList()) {
            err.println(String.format(Locale.ROOT, "mire:   %-24s %8.2f s %5.1f%% %8d calls", operator.name(),
                    operator.selfSeconds(), 100 * operator.selfSeconds() / total, operator.calls()));
        }
        double products = operators.matrixProductSeconds();
        double bound = flops / (products + operators.softmaxSeconds()) / 1e9;
        err.println(String.format(Locale.ROOT, "mire: matrix products %.2f s (%.0f%%) at %.1f GFLOP/s (%.0f%% of the "
                        + "ceiling); with the softmax alone besides them the model would reach %.1f GFLOP/s (%.0f%%)",
                products, 100 * products / total, flops / products / 1e9, 100 * flops / products / 1e9 / ceiling,
                bound, 100 * bound / ceiling));
    }

    static long peakResidentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** GFLOP/s of a 1024×1024 float matrix product through DJL (best of 20 after warm-up). */
    static double matmulGflops() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.randomNormal(new Shape(1024, 1024));
            NDArray b = manager.randomNormal(new Shape(1024, 1024));
            for (int i = 0; i < 3; i++) {
                a.matMul(b).close();
            }
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                // PyTorch's CPU operators are synchronous: the product is complete when matMul returns.
                NDArray c = a.matMul(b);
                best = Math.min(best, (System.nanoTime() - t) / 1e9);
                c.close();
            }
            return 2.0 * 1024 * 1024 * 1024 / best / 1e9;
        }
    }
}
