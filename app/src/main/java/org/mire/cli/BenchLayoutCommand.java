package org.mire.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.graph.ProgramGraph;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.progress.ProgressMonitor;
import org.mire.viz.graph.layout.GraphLayout;
import org.mire.viz.graph.layout.LayoutAlgorithm;
import org.mire.viz.graph.layout.LayoutGraph;
import org.mire.viz.graph.layout.ProgramGraphLayouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mire bench layout}: how long each graph layout takes on generated program graphs of given sizes. */
@Command(name = "layout", mixinStandardHelpOptions = true,
        description = {"Time the graph view's layouts on generated program graphs (see SyntheticProgram):",
            "the median wall time of --repeat runs; each algorithm first runs once, untimed, on the smallest size",
            "(JIT warm-up).",
            "Runs longer than --slow seconds are not repeated."})
final class BenchLayoutCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "500,2000,10000",
            description = "node counts, default ${DEFAULT-VALUE}")
    List<Integer> sizes;

    @Option(names = "--algorithms", split = ",", description = "layouts to time (default: all): ${COMPLETION-CANDIDATES}")
    List<LayoutAlgorithm> algorithms;

    @Option(names = "--repeat", defaultValue = "5", description = "timed runs, default ${DEFAULT-VALUE}")
    int repeat;

    @Option(names = "--slow", defaultValue = "20", description = "seconds after which a run is not repeated")
    double slow;

    @Option(names = "--no-warmup", description = "time the first (cold) run too")
    boolean noWarmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws MireException {
        if (repeat < 1) {
            throw new MireException("--repeat must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<LayoutAlgorithm> chosen = algorithms == null || algorithms.isEmpty()
                ? List.of(LayoutAlgorithm.values()) : algorithms;
        out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB, load average %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "%-30s %8s %8s %10s %10s %5s%n", "layout", "nodes", "edges", "median s", "min s",
                "runs");
        out.flush();
        if (!noWarmup) {
            LayoutGraph smallest = ProgramGraphLayouts.input(SyntheticProgram.generate(
                    sizes.stream().mapToInt(Integer::intValue).min().orElse(500), 1).graph());
            for (LayoutAlgorithm algorithm : chosen) {
                run(algorithm, smallest);
            }
        }
        for (int size : sizes) {
            ProgramGraph graph = SyntheticProgram.generate(size, 1).graph();
            LayoutGraph input = ProgramGraphLayouts.input(graph);
            for (LayoutAlgorithm algorithm : chosen) {
                List<Double> times = new ArrayList<>();
                for (int r = 0; r < repeat; r++) {
                    double seconds = run(algorithm, input);
                    times.add(seconds);
                    if (seconds > slow) {
                        break;
                    }
                }
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
                out.printf(Locale.ROOT, "%-30s %8d %8d %10.3f %10.3f %5d%n", algorithm.displayName(),
                        graph.nodeCount(), graph.edgeCount(), median, Arrays.stream(sorted).min().orElse(0),
                        sorted.length);
                out.flush();
            }
        }
        return MireCommand.EXIT_OK;
    }

    private static double run(LayoutAlgorithm algorithm, LayoutGraph input) {
        long start = System.nanoTime();
        GraphLayout layout = algorithm.layout(input, ProgressMonitor.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (layout.nodeCount() != input.nodeCount()) {
            throw new IllegalStateException(algorithm + " lost nodes");
        }
        return seconds;
    }
}
