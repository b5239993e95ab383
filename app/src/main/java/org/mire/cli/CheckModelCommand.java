package org.mire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.encoder.Encoder;
import org.mire.encoder.MirEncoderMethod;
import org.mire.encoder.NormalisedText;
import org.mire.encoder.OptimisationLevelCheck;
import org.mire.encoder.device.DeviceRequest;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check-model", mixinStandardHelpOptions = true,
        description = "Sanity check of an encoder: how often is a function at one optimisation level nearer to itself at "
                + "another level than to unrelated functions (chance: 50%%)? Reads NAME.<LOW>.ll / NAME.<HIGH>.ll pairs.")
final class CheckModelCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of NAME.O0.ll ... NAME.O3.ll files (default sample-ir/ll).")
    Path dir;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: the shipped model).")
    Path model;

    @Option(names = "--low", defaultValue = "O0", description = "Level of the anchors (default ${DEFAULT-VALUE}).")
    String low;

    @Option(names = "--high", defaultValue = "O2", description = "Level compared with (default ${DEFAULT-VALUE}).")
    String high;

    @Option(names = "--untrained", description = "Use random weights of the same architecture (the baseline).")
    boolean untrained;

    @Option(names = "--part", defaultValue = "fused",
            description = "Which embedding: fused (the program embedding), text or graph (default ${DEFAULT-VALUE}).")
    String part;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws MireException {
        Path folder = dir != null ? dir : Path.of(System.getProperty("mire.home", "."), "sample-ir", "ll");
        List<String> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            String suffix = "." + low + ".ll";
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
                    .map(n -> n.substring(0, n.length() - suffix.length()))
                    .filter(n -> Files.exists(folder.resolve(n + "." + high + ".ll"))).forEach(programs::add);
        } catch (IOException e) {
            throw new MireException(folder + ": cannot list: " + e.getMessage(), e);
        }
        if (programs.isEmpty()) {
            throw new MireException(folder + ": no NAME." + low + ".ll with a NAME." + high + ".ll beside it");
        }
        DeviceRequest.Selection device = engine.select();
        Path modelDir = model != null ? model : org.mire.MireHome.shippedModel();
        Encoder encoder = untrained ? Encoder.untrained(modelDir, device.device(), 1) : Encoder.load(modelDir, device.device());
        List<OptimisationLevelCheck.Vector> lows = new ArrayList<>();
        List<OptimisationLevelCheck.Vector> highs = new ArrayList<>();
        try (MirEncoderMethod method = new MirEncoderMethod(encoder, new NormalisedText(), 32,
                Encoder.Output.valueOf(part.toUpperCase(Locale.ROOT)))) {
            for (String program : programs) {
                add(method, folder.resolve(program + "." + low + ".ll"), program, lows);
                add(method, folder.resolve(program + "." + high + ".ll"), program, highs);
            }
        }
        OptimisationLevelCheck.Result result = OptimisationLevelCheck.evaluate(lows, highs);
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "%s vs %s over %d programs, %d functions at both levels, %d comparisons: own-function-nearer rate "
                        + "%.1f%% (chance 50%%), nearest-of-all %.1f%% (chance %.1f%%)%s", low, high, programs.size(),
                result.functions(), result.pairs(), 100 * result.rate(), 100 * result.top1(), 100.0 / highs.size(),
                untrained ? " [untrained weights]" : "") + " [" + part + "]");
        return MireCommand.EXIT_OK;
    }

    private static void add(MirEncoderMethod method, Path file, String program, List<OptimisationLevelCheck.Vector> out)
            throws MireException {
        IrProgram ir = IrLoader.load(file);
        List<float[]> vectors = method.embedFunctions(ir);
        for (int i = 0; i < vectors.size(); i++) {
            out.add(new OptimisationLevelCheck.Vector(program, ir.functionNames().get(i), vectors.get(i)));
        }
    }
}
