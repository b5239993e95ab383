package org.mire.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusEntry;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.encoder.Encoder;
import org.mire.encoder.EncoderInput;
import org.mire.encoder.MirEncoderMethod;
import org.mire.encoder.NormalisedText;
import org.mire.encoder.device.DeviceRequest;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Embed IR files with a trained encoder: one vector per module or per function, written as CSV, "
                + "TSV (TensorBoard projector pair) or NPY, with metadata and provenance sidecars (docs/formats.md).")
final class EncodeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "IR files, folders (searched for .ll .bc .c .cpp .cl .mlir) or corpus folders (manifest.csv).")
    List<Path> inputs;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: the shipped model in models/).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "embeddings.csv, .tsv or .npy")
    Path out;

    @Option(names = "--level", defaultValue = "module", description = "module or function (default ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--batch", defaultValue = "32", description = "Items per batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--limit", paramLabel = "N", description = "Encode only the first N files found (0: all).")
    int limit;

    @Option(names = "--measure", description = "Also report peak memory and a DJL matrix multiply's GFLOP/s (the engine's ceiling).")
    boolean measure;

    @Mixin
    ProgramInput input;

    @Mixin
    EngineOptions engine;

    /** The shipped model: models/ under the installation (mire.home), else under the working folder. */
    static Path defaultModel() {
        String home = System.getProperty("mire.home");
        return (home == null ? Path.of("models") : Path.of(home, "models"));
    }

    @Override
    public Integer call() throws MireException {
        var err = spec.commandLine().getErr();
        boolean functions = switch (level.toLowerCase(Locale.ROOT)) {
            case "module" -> false;
            case "function" -> true;
            default -> throw new MireException("--level must be module or function, not " + level);
        };
        EmbeddingFiles.kindOf(out);
        List<Path[]> files = collect();
        if (limit > 0 && files.size() > limit) {
            files = files.subList(0, limit);
        }
        if (files.isEmpty()) {
            throw new MireException("no IR files in " + inputs);
        }
        DeviceRequest.Selection device = engine.select();
        Path modelDir = model != null ? model : defaultModel();
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>();
        List<String> fileColumn = new ArrayList<>();
        List<String> functionColumn = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        int failed = 0;
        int functionCount = 0;
        ConsoleProgress progress = new ConsoleProgress(err);
        try (MirEncoderMethod method = new MirEncoderMethod(Encoder.load(modelDir, device.device()),
                new NormalisedText(), batch)) {
            err.println("mire: encoding " + files.size() + " files with " + modelDir + " on " + device.note());
            // Files are read and featurised one by one, encoded in groups so that batches fill up.
            List<EncoderInput> pending = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i)[0];
                String name = files.get(i)[1].toString();
                try {
                    IrProgram program = input.load(file);
                    if (functions) {
                        List<String> names = program.functionNames();
                        pending.addAll(method.featuriser().functions(program));
                        for (String function : names) {
                            ids.add(name + "#" + function);
                            fileColumn.add(name);
                            functionColumn.add(function);
                        }
                        functionCount += names.size();
                    } else {
                        pending.add(method.featuriser().module(program));
                        ids.add(name);
                        fileColumn.add(name);
                        functionCount += program.functionNames().size();
                    }
                } catch (MireException e) {
                    err.println("mire: " + e.getMessage());
                    failed++;
                }
                if (pending.size() >= 8 * batch || i == files.size() - 1) {
                    vectors.addAll(List.of(method.encoder().encode(pending, batch, org.mire.progress.ProgressMonitor.NONE)));
                    pending.clear();
                }
                progress.progress(i + 1, files.size(), "encoded " + name);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, List<String>> metadata = new LinkedHashMap<>();
            metadata.put("file", fileColumn);
            if (functions) {
                metadata.put("function", functionColumn);
            }
            EmbeddingSet set = new EmbeddingSet(ids, vectors.toArray(new float[0][]), metadata,
                    method.provenance(functions ? "function" : "module"));
            EmbeddingFiles.write(set, out);
            int encodedFiles = files.size() - failed;
            err.println(String.format(Locale.ROOT, "mire: %d vectors from %d files (%d functions) in %.2f s: "
                            + "%.2f files/s, %.1f functions/s%s", set.size(), encodedFiles, functionCount, seconds,
                    encodedFiles / seconds, functionCount / seconds, failed > 0 ? "; " + failed + " files failed" : ""));
            if (measure) {
                Encoder encoder = method.encoder();
                double achieved = encoder.flops() / encoder.modelSeconds() / 1e9;
                double ceiling = matmulGflops();
                err.println(String.format(Locale.ROOT, "mire: peak resident memory %d MiB; %.1f s in the model, "
                        + "%.1f GFLOP", peakResidentMiB(), encoder.modelSeconds(), encoder.flops() / 1e9));
                err.println(String.format(Locale.ROOT, "mire: model %.1f GFLOP/s achieved (%.0f%% of the DJL matmul "
                        + "ceiling %.1f GFLOP/s)", achieved, 100 * achieved / ceiling, ceiling));
            }
        }
        return failed == 0 ? MireCommand.EXIT_OK : MireCommand.EXIT_USER_ERROR;
    }

    /** (file, name to record) pairs: a corpus's usable files, a folder's IR files (sorted), or the files given. */
    private List<Path[]> collect() throws MireException {
        List<Path[]> files = new ArrayList<>();
        for (Path inputPath : inputs) {
            if (Files.isDirectory(inputPath) && Files.exists(inputPath.resolve("manifest.csv"))) {
                for (CorpusEntry entry : Corpus.open(inputPath).usableEntries()) {
                    files.add(new Path[] {entry.path(), Path.of(entry.file())});
                }
            } else if (Files.isDirectory(inputPath)) {
                try (Stream<Path> walk = Files.walk(inputPath)) {
                    walk.filter(Files::isRegularFile).filter(EncodeCommand::isIr).sorted()
                            .forEach(p -> files.add(new Path[] {p, inputPath.relativize(p)}));
                } catch (IOException e) {
                    throw new MireException(inputPath + ": cannot list: " + e.getMessage(), e);
                }
            } else {
                files.add(new Path[] {inputPath, inputPath});
            }
        }
        return files;
    }

    private static boolean isIr(Path file) {
        try {
            IrLoader.InputKind.of(file);
            return true;
        } catch (MireException e) {
            return false;
        }
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
