package org.mire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.MireHome;
import picocli.CommandLine;

/**
 * The work the JVM's AOT cache is trained on (JDK 25: JEP 483 class loading and linking, JEP 515 method profiles;
 * docs/decisions/0012-command-line-start-up.md). One JVM runs real commands in-process on the bundled samples, so
 * that the cache holds the classes and the profiles of what users run. The parts, named in
 * {@code -Dmire.aot.training=PART,...}:
 * <ul>
 *   <li>{@code cli}: {@code --version} and the help, {@code stats} over all samples, {@code graph} to JSON and DOT;</li>
 *   <li>{@code encode}: {@code encode} with the shipped model and a t-SNE {@code project}ion of its vectors;</li>
 *   <li>{@code window}: the workbench window in screenshot mode (needs a display or JavaFX's headless platform).</li>
 * </ul>
 * The JVM loads every class of an AOT cache when it starts, so a cache that also holds the encoder's or the window's
 * classes makes every short command slower (measured: 0.07 s more CPU for {@code mire --version}); hence the command
 * line's caches are trained on {@code cli} alone and the workbench's on all three parts.
 */
public final class AotTraining {
    /** The system property that makes the launcher run the training instead of a command. */
    public static final String PROPERTY = "mire.aot.training";

    private final PrintStream log;
    private final Path work;
    private int failures;

    private AotTraining(PrintStream log, Path work) {
        this.log = log;
        this.work = work;
    }

    /**
     * Runs the training workload.
     *
     * @param what the parts to run, comma-separated: {@code cli}, {@code encode}, {@code window}
     * @return 0 when every step succeeded, else 1 (each failed step is reported on {@code log})
     */
    public static int run(String what, PrintStream log) {
        List<String> parts = List.of(what.split(","));
        for (String part : parts) {
            if (!List.of("cli", "encode", "window").contains(part)) {
                log.println("mire: -D" + PROPERTY + "=" + what + ": expected parts among cli, encode, window");
                return MireCommand.EXIT_USAGE;
            }
        }
        Path samples = MireHome.sampleIr().orElse(null);
        if (samples == null) {
            log.println("mire: AOT training needs the bundled sample-ir/ (set -Dmire.home)");
            return MireCommand.EXIT_USER_ERROR;
        }
        Path work;
        try {
            work = Files.createTempDirectory("mire-aot-training");
        } catch (IOException e) {
            log.println("mire: AOT training: cannot create a temporary folder: " + e.getMessage());
            return MireCommand.EXIT_USER_ERROR;
        }
        AotTraining training = new AotTraining(log, work);
        try {
            training.steps(samples, parts);
        } catch (IOException | MireException e) {
            log.println("mire: AOT training: " + e.getMessage());
            training.failures++;
        } finally {
            delete(work);
        }
        return training.failures == 0 ? MireCommand.EXIT_OK : MireCommand.EXIT_USER_ERROR;
    }

    private void steps(Path samples, List<String> parts) throws IOException, MireException {
        List<Path> ll = sorted(samples.resolve("ll"), ".ll");
        List<Path> mlir = sorted(samples.resolve("mlir"), ".mlir");
        List<Path> large = sorted(samples.resolve("large"), ".ll");
        if (ll.isEmpty()) {
            throw new MireException(samples.resolve("ll") + ": no samples to train on");
        }
        if (parts.contains("cli")) {
            cli(ll, mlir, large);
        }
        if (parts.contains("encode")) {
            encode(ll);
        }
        if (parts.contains("window")) {
            Path sample = large.isEmpty() ? ll.getFirst() : large.get(1 % large.size());
            // JavaFX's headless screen is 1000x1000: a larger window cannot be drawn there
            step("gui", "--screenshot", work.resolve("window.png").toString(), "--size", "1000x1000",
                    sample.toString());
        }
    }

    private void cli(List<Path> ll, List<Path> mlir, List<Path> large) {
        step("--version");
        step("--help");
        step("stats", "--help");
        List<String> stats = new ArrayList<>(List.of("stats"));
        ll.forEach(p -> stats.add(p.toString()));
        large.forEach(p -> stats.add(p.toString()));
        step(stats.toArray(String[]::new));
        List<String> statsJson = new ArrayList<>(List.of("stats", "--json"));
        mlir.stream().limit(8).forEach(p -> statsJson.add(p.toString()));
        ll.stream().limit(8).forEach(p -> statsJson.add(p.toString()));
        step(statsJson.toArray(String[]::new));
        if (!large.isEmpty()) {
            step("graph", large.getFirst().toString(), "-o", work.resolve("graph.json").toString());
        }
        List<String> graphs = new ArrayList<>(List.of("graph", "--format", "json", "-o", work.resolve("graphs")
                .toString()));
        ll.stream().filter(p -> p.getFileName().toString().contains(".O1.")).forEach(p -> graphs.add(p.toString()));
        step(graphs.toArray(String[]::new));
        step("graph", ll.getFirst().toString(), "--format", "dot");
    }

    private void encode(List<Path> ll) {
        Path model = MireHome.shippedModel();
        if (Files.isRegularFile(model.resolve("encoder.pt"))) {
            List<String> encode = new ArrayList<>(List.of("encode", "--out", work.resolve("vectors.npy").toString()));
            ll.stream().filter(p -> p.getFileName().toString().contains(".O2.")).limit(8)
                    .forEach(p -> encode.add(p.toString()));
            step(encode.toArray(String[]::new));
            step("project", work.resolve("vectors.npy").toString(), "--method", "tsne", "--perplexity", "2",
                    "--iterations", "300", "-o", work.resolve("points.csv").toString(), "--quiet");
        } else {
            log.println("mire aot-training: no shipped model in " + model + "; encode and project not trained");
        }
    }

    private void step(String... args) {
        long start = System.nanoTime();
        StringWriter err = new StringWriter();
        CommandLine commandLine = MireCommand.commandLine(args);
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        String name = String.join(" ", List.of(args).subList(0, Math.min(args.length, 2)));
        log.println(String.format(Locale.ROOT, "mire aot-training: %s ... (%.1f s)%s", name,
                (System.nanoTime() - start) / 1e9, code == 0 ? "" : ": FAILED with exit code " + code));
        if (code != 0) {
            log.print(err);
            failures++;
        }
    }

    private static List<Path> sorted(Path folder, String extension) throws MireException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new MireException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the training result does not depend on it
        }
    }
}
