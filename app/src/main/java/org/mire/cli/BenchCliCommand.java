package org.mire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.MireHome;
import org.mire.app.StartupReport;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.Provenance;
import org.mire.embed.projection.TsneBenchmark;
import org.mire.ir.IrFiles;
import org.mire.tools.ExternalTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mire bench cli}: the command line as users run it, one cold process per command, next to {@code llvm-as}
 * on the same files in the same run (issue 16's table; docs/benchmarks.md, "Command-line start-up").
 */
@Command(name = "cli", mixinStandardHelpOptions = true,
        description = {"Time whole `mire` processes against llvm-as: `llvm-as -o /dev/null FILE`, `mire --version`, "
                + "`mire stats FILE`, `mire graph FILE -o x.json`, each a cold process, interleaved round by round so "
                + "that machine load hits all alike; reports medians, ratios to llvm-as, the load average and the "
                + "issue's goals.",
            "Optional: --many-from DIR compares `mire stats` over N files in one process with one process per file; "
                + "--project times `mire project` t-SNE of 10,000 x 128 vectors; --window times `mire gui` from "
                + "launch to its first window shown (JavaFX's headless platform unless --window-display)."})
final class BenchCliCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Large .ll modules (e.g. >= 5 MB and >= 10 MB; "
            + "docs/benchmarks.md says how to make them).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--mire", paramLabel = "LAUNCHER", description = "A mire launcher to time (repeatable; default: "
            + "./mire of the repository, or bin/mire of the installed image, that runs this command).")
    List<Path> launchers = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "5", description = "Rounds (medians over them), default ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--many-from", paramLabel = "DIR", description = "Also time `mire stats` over the first "
            + "--many IR files below DIR in one process against one process per file.")
    Path manyFrom;

    @Option(names = "--many", defaultValue = "800", description = "Files for --many-from, default ${DEFAULT-VALUE}.")
    int many;

    @Option(names = "--per-process-sample", defaultValue = "0", paramLabel = "M", description = "Run only the first M "
            + "of the per-file processes and extrapolate to all (0: run them all).")
    int perProcessSample;

    @Option(names = "--project", description = "Also time `mire project` (t-SNE) of 10,000 x 128 vectors.")
    boolean project;

    @Option(names = "--window", description = "Also time `mire gui` (bin/mire-workbench next to an installed "
            + "launcher) from launch to its first window shown, with the first-start sample, in a fresh home kept "
            + "for all rounds.")
    boolean window;

    @Option(names = "--window-display", description = "With --window: draw on $DISPLAY instead of JavaFX's headless "
            + "platform.")
    boolean windowDisplay;

    @Spec
    CommandSpec spec;

    /** One timed command of the table; {@code env} is added to its environment. */
    private record Row(String name, String group, List<String> command, Map<String, String> env) {
        Row(String name, String group, List<String> command) {
            this(name, group, command, Map.of());
        }

        boolean isWindow() {
            return group.equals("window");
        }
    }

    @Override
    public Integer call() throws MireException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (repeat < 1) {
            throw new MireException("--repeat must be at least 1");
        }
        if (launchers.isEmpty()) {
            launchers.add(defaultLauncher());
        }
        for (Path launcher : launchers) {
            if (!Files.isExecutable(launcher)) {
                throw new MireException(launcher + ": not an executable mire launcher");
            }
        }
        Path work = Files.createTempDirectory("mire-bench-cli");
        try {
            Path llvmAs = files.isEmpty() ? null : ExternalTool.LLVM_AS.require();
            List<Row> rows = new ArrayList<>();
            for (Path launcher : launchers) {
                rows.add(new Row(launcher + " --version", "version", List.of(launcher.toString(), "--version")));
            }
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new MireException(file + ": no such file");
                }
                String size = String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
                String group = file.getFileName() + " (" + size + ")";
                rows.add(new Row("llvm-as -o /dev/null " + file.getFileName(), group,
                        List.of(llvmAs.toString(), "-o", "/dev/null", file.toString())));
                for (Path launcher : launchers) {
                    rows.add(new Row(launcher + " stats " + file.getFileName(), group,
                            List.of(launcher.toString(), "stats", file.toString())));
                    rows.add(new Row(launcher + " graph " + file.getFileName() + " -o x.json", group,
                            List.of(launcher.toString(), "graph", file.toString(), "-o",
                                    work.resolve("x.json").toString())));
                }
            }
            if (project) {
                Path vectors = work.resolve("vectors-10000x128.npy");
                writeVectors(vectors);
                for (Path launcher : launchers) {
                    rows.add(new Row(launcher + " project (t-SNE, 10,000 x 128)", "project",
                            List.of(launcher.toString(), "project", vectors.toString(), "--method", "tsne", "-o",
                                    work.resolve("points.csv").toString(), "--quiet")));
                }
            }
            if (window) {
                Path home = Files.createDirectories(work.resolve("home"));
                String options = "-Duser.home=" + home + " -D" + StartupReport.PROPERTY + "=true"
                        + (windowDisplay ? "" : " -Dglass.platform=Headless -Dprism.order=sw");
                for (Path launcher : launchers) {
                    Path workbench = launcher.resolveSibling("mire-workbench");
                    Path gui = Files.isExecutable(workbench) ? workbench : launcher;
                    List<String> command = new ArrayList<>(List.of(gui.toString(), "gui", "--screenshot",
                            work.resolve("window.png").toString()));
                    if (!windowDisplay) {
                        command.addAll(List.of("--size", "1000x1000")); // JavaFX's headless screen is 1000x1000
                    }
                    rows.add(new Row(gui + " gui: launch to first window shown", "window", command,
                            Map.of("HOME", home.toString(), "JAVA_TOOL_OPTIONS", options)));
                }
            }
            out.printf(Locale.ROOT, "%s, %d processors, load average %.2f at the start; %d rounds, each command a "
                            + "cold process, interleaved%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                    load(), repeat);
            out.flush();
            // one untimed round: page cache, and ./mire's build and cache training if they are due
            for (Row row : rows) {
                run(row);
            }
            Map<Row, double[]> wall = new LinkedHashMap<>();
            Map<Row, double[]> cpu = new LinkedHashMap<>();
            rows.forEach(r -> {
                wall.put(r, new double[repeat]);
                cpu.put(r, new double[repeat]);
            });
            double[] loads = new double[repeat];
            for (int round = 0; round < repeat; round++) {
                loads[round] = load();
                for (Row row : rows) {
                    double[] t = run(row);
                    // a window's time is to its first window shown (the process then takes a screenshot)
                    wall.get(row)[round] = row.isWindow() ? t[2] : t[0];
                    cpu.get(row)[round] = t[1];
                }
            }
            report(out, rows, wall, cpu, loads);
            if (manyFrom != null) {
                many(out, launchers.getFirst());
            }
            return MireCommand.EXIT_OK;
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void report(PrintWriter out, List<Row> rows, Map<Row, double[]> wall, Map<Row, double[]> cpu,
                        double[] loads) {
        out.printf(Locale.ROOT, "load average (1 min) at the start of each round: %s%n", Arrays.toString(loads));
        out.println();
        out.println("| command | wall median (min-max) | CPU median (user+sys) | vs llvm-as (wall) |");
        out.println("|---|---|---|---|");
        String group = null;
        double reference = Double.NaN;
        for (Row row : rows) {
            if (!row.group().equals(group)) {
                group = row.group();
                reference = Double.NaN;
            }
            double w = median(wall.get(row));
            double c = median(cpu.get(row));
            boolean isReference = row.command().getFirst().endsWith("llvm-as")
                    || row.command().getFirst().contains("llvm-as");
            if (isReference) {
                reference = w;
            }
            String ratio = isReference ? "1.00x" : Double.isNaN(reference) ? "" :
                    String.format(Locale.ROOT, "**%.2fx**", w / reference);
            out.printf(Locale.ROOT, "| `%s` | %.2f s (%.2f-%.2f) | %.2f s | %s |%n", row.name(), w,
                    Arrays.stream(wall.get(row)).min().orElse(0), Arrays.stream(wall.get(row)).max().orElse(0), c,
                    ratio);
        }
        out.println();
        // the goals, from this run
        group = null;
        for (Row row : rows) {
            if (!row.group().equals(group)) {
                group = row.group();
                reference = Double.NaN;
            }
            double w = median(wall.get(row));
            if (row.command().getFirst().contains("llvm-as")) {
                reference = w;
            } else if (row.command().size() == 2 && row.command().get(1).equals("--version")) {
                goal(out, row.name(), w <= 0.3, String.format(Locale.ROOT, "%.2f s (goal <= 0.3 s)", w));
            } else if (row.command().get(1).equals("stats")) {
                goal(out, row.name(), w <= reference, String.format(Locale.ROOT, "%.2fx llvm-as (goal <= 1.0x)",
                        w / reference));
            } else if (row.command().get(1).equals("graph")) {
                goal(out, row.name(), w <= 1.5 * reference, String.format(Locale.ROOT,
                        "%.2fx llvm-as (goal <= 1.5x)", w / reference));
            } else if (row.command().get(1).equals("project")) {
                goal(out, row.name(), w <= 10, String.format(Locale.ROOT, "%.1f s (goal <= 10 s)", w));
            } else if (row.isWindow()) {
                goal(out, row.name(), w <= 1.5, String.format(Locale.ROOT, "%.2f s (goal <= 1.5 s on an idle "
                        + "machine)", w));
            }
        }
        out.flush();
    }

    private static void goal(PrintWriter out, String what, boolean met, String value) {
        out.printf("goal %s: %s -- %s%n", met ? "MET    " : "NOT MET", what, value);
    }

    /** {@code mire stats} over many files: one process against one process per file. */
    private void many(PrintWriter out, Path launcher) throws MireException {
        List<Path> all = IrFiles.find(manyFrom);
        List<Path> chosen = all.subList(0, Math.min(many, all.size()));
        if (chosen.isEmpty()) {
            throw new MireException(manyFrom + ": no IR files");
        }
        List<String> one = new ArrayList<>(List.of(launcher.toString(), "stats"));
        chosen.forEach(p -> one.add(p.toString()));
        double load = load();
        double[] oneProcess = run(new Row("", "many", one));
        int sample = perProcessSample > 0 ? Math.min(perProcessSample, chosen.size()) : chosen.size();
        double perFile = 0;
        double perFileCpu = 0;
        for (Path file : chosen.subList(0, sample)) {
            double[] t = run(new Row("", "many", List.of(launcher.toString(), "stats", file.toString())));
            perFile += t[0];
            perFileCpu += t[1];
        }
        double scale = (double) chosen.size() / sample;
        out.printf(Locale.ROOT, "%nmire stats over %d files of %s (load %.2f): one process %.1f s wall (%.1f s CPU); "
                        + "one process per file %.1f s wall (%.1f s CPU)%s; %.1fx faster in one process%n",
                chosen.size(), manyFrom, load, oneProcess[0], oneProcess[1], perFile * scale, perFileCpu * scale,
                sample < chosen.size() ? " (extrapolated from the first " + sample + ")" : "",
                perFile * scale / oneProcess[0]);
        goal(out, "mire stats over " + chosen.size() + " files in one process", perFile * scale / oneProcess[0] >= 10,
                String.format(Locale.ROOT, "%.1fx faster than one process per file (goal >= 10x)",
                        perFile * scale / oneProcess[0]));
        out.flush();
    }

    /**
     * Wall and CPU (user+sys of the process and its children) seconds of one command, and for a window the seconds
     * from launch to its first window shown (from its start-up report); a failure stops the run.
     */
    private static double[] run(Row row) throws MireException {
        List<String> command = row.command();
        List<String> timed = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) {
            timed.addAll(List.of("/usr/bin/time", "-f", "MIRE_TIME %e %U %S"));
        }
        timed.addAll(command);
        try {
            ProcessBuilder builder = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(row.env());
            long startEpochMillis = System.currentTimeMillis();
            long start = System.nanoTime();
            Process process = builder.start();
            String err = new String(process.getErrorStream().readAllBytes());
            int code = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new MireException(String.join(" ", command) + " failed (exit " + code + "): " + err.strip());
            }
            double cpu = Double.NaN;
            double shown = Double.NaN;
            for (String line : err.split("\n")) {
                if (line.startsWith("MIRE_TIME ")) {
                    String[] f = line.split(" ");
                    cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
                }
            }
            OptionalLong shownAt = StartupReport.shownEpochMillis(err);
            if (shownAt.isPresent()) {
                shown = (shownAt.getAsLong() - startEpochMillis) / 1e3;
            }
            if (row.isWindow() && Double.isNaN(shown)) {
                throw new MireException(String.join(" ", command) + ": no start-up report on stderr: " + err.strip());
            }
            return new double[] {wall, cpu, shown};
        } catch (IOException e) {
            throw new MireException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MireException("interrupted", e);
        }
    }

    /** The launcher of this installation: ./mire of the repository, or bin/mire of an app-image. */
    private static Path defaultLauncher() throws MireException {
        Path root = MireHome.root().orElseThrow(() -> new MireException("no mire.home: give --mire LAUNCHER"));
        for (Path candidate : List.of(root.resolve("mire"), root.resolve("../../bin/mire").normalize())) {
            if (Files.isExecutable(candidate) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new MireException("no mire launcher under " + root + ": give --mire LAUNCHER");
    }

    /** 10,000 vectors of 128 dimensions shaped like an embedding set (the t-SNE benchmark's mixture, seed 7). */
    private static void writeVectors(Path file) throws MireException {
        int n = 10_000;
        float[][] vectors = TsneBenchmark.mixture(n, 128, 12, 7, new int[n]);
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("v" + i);
        }
        EmbeddingFiles.write(file, new EmbeddingSet(ids, vectors, Map.of(), new Provenance("synthetic mixture", "",
                "", "", 7, "module", Instant.now().toString())));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
