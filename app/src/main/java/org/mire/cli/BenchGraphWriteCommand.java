package org.mire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.GraphExporter;
import org.mire.graph.io.GraphFormat;
import org.mire.io.AtomicFiles;
import org.mire.ir.IrLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mire bench graph-write}: the graph writers alone, warm, next to the floor of writing the same number of
 * bytes to a file (what {@code mire graph -o} cannot beat), in the same rounds.
 */
@Command(name = "graph-write", mixinStandardHelpOptions = true,
        description = {"Time writing the program graph of IR files in each format (as `mire graph -o` writes it: to "
                + "a temporary file renamed into place) after warm-up, interleaved round by round with writing the "
                + "same number of bytes from memory (the floor). Reports median wall and process CPU (all threads, "
                + "GC and JIT included), MB/s and the ratio to the floor."})
final class BenchGraphWriteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "IR files (.ll, .mlir).")
    List<Path> files;

    @Option(names = "--formats", split = ",", defaultValue = "json",
            description = "Formats to time: json, graphml, gexf, dot (default ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "10", description = "Timed rounds (default ${DEFAULT-VALUE}).")
    int repeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws MireException {
        if (warmup < 0 || repeat < 1) {
            throw new MireException("--warmup must be >= 0 and --repeat >= 1");
        }
        List<GraphFormat> graphFormats = new ArrayList<>();
        for (String name : formats) {
            GraphFormat format = GraphFormat.fromName(name);
            if (format == null) {
                throw new MireException("unknown format '" + name + "'; use json, graphml, gexf or dot");
            }
            graphFormats.add(format);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "java %s, %d processors, load average %.2f; %d warm-up + %d timed rounds%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), warmup, repeat);
        Path dir;
        try {
            dir = Files.createTempDirectory("mire-bench-graph-write");
        } catch (IOException e) {
            throw new MireException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            for (Path file : files) {
                ProgramGraph graph = IrLoader.load(file).graph();
                out.printf(Locale.ROOT, "%s: %d nodes, %d edges%n", file.getFileName(), graph.nodeCount(),
                        graph.edgeCount());
                for (GraphFormat format : graphFormats) {
                    benchmark(out, graph, format, dir.resolve("graph." + format.extension()));
                }
                out.flush();
            }
        } finally {
            deleteQuietly(dir);
        }
        return MireCommand.EXIT_OK;
    }

    private void benchmark(PrintWriter out, ProgramGraph graph, GraphFormat format, Path target)
            throws MireException {
        GraphExporter.write(graph, format, target);
        byte[] same;
        try {
            same = Files.readAllBytes(target);
        } catch (IOException e) {
            throw new MireException(target + ": cannot read back: " + e.getMessage(), e);
        }
        Path floorTarget = target.resolveSibling("floor." + format.extension());
        double[][] writer = new double[2][repeat];
        double[][] floor = new double[2][repeat];
        for (int round = -warmup; round < repeat; round++) {
            double[] w = timed(() -> GraphExporter.write(graph, format, target));
            double[] f = timed(() -> {
                try {
                    AtomicFiles.writeBytes(floorTarget, same);
                } catch (IOException e) {
                    throw new MireException(floorTarget + ": " + e.getMessage(), e);
                }
            });
            if (round >= 0) {
                writer[0][round] = w[0];
                writer[1][round] = w[1];
                floor[0][round] = f[0];
                floor[1][round] = f[1];
            }
        }
        double megabytes = same.length / 1e6;
        row(out, format.extension() + " writer", writer, megabytes);
        row(out, "same bytes (floor)", floor, megabytes);
        out.printf(Locale.ROOT, "  writer / floor: wall %.1fx, CPU %.1fx%n", median(writer[0]) / median(floor[0]),
                median(writer[1]) / median(floor[1]));
    }

    @FunctionalInterface
    private interface Step {
        void run() throws MireException;
    }

    /** Wall and process-CPU milliseconds of one step. */
    private static double[] timed(Step step) throws MireException {
        long cpu = processCpuNanos();
        long t0 = System.nanoTime();
        step.run();
        return new double[] {(System.nanoTime() - t0) / 1e6, (processCpuNanos() - cpu) / 1e6};
    }

    private static void row(PrintWriter out, String what, double[][] times, double megabytes) {
        out.printf(Locale.ROOT, "  %-20s %7.1f MB: wall median %8.1f ms (min %8.1f) = %6.0f MB/s; CPU median %8.1f ms%n",
                what, megabytes, median(times[0]), Arrays.stream(times[0]).min().orElse(Double.NaN),
                megabytes / (median(times[0]) / 1000), median(times[1]));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the benchmark for
        }
    }
}
