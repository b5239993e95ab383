package org.mire.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.app.workbench.WindowBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mire bench pan}: frame times of the graph canvas while panning and zooming a large graph. */
@Command(name = "pan", mixinStandardHelpOptions = true,
        description = {"Show a generated program graph in the workbench window and move it every pulse: pan with",
            "the whole graph in view, zoom to the cursor, pan at 100%, and (worst case) a full redraw every pulse.",
            "Reports the time between pulses (what the user sees as frame time) and the time the canvas takes to",
            "issue a full drawing (panning moves the last picture; zoom and selection draw anew)."})
final class BenchPanCommand implements Callable<Integer> {
    @Option(names = "--nodes", defaultValue = "10000", description = "graph size, default ${DEFAULT-VALUE}")
    int nodes;

    @Option(names = "--seconds", defaultValue = "5", description = "per interaction, default ${DEFAULT-VALUE}")
    double seconds;

    @Option(names = "--display", description = "use the display instead of JavaFX's headless platform")
    boolean display;

    @Option(names = "--size", defaultValue = "1600x1000", description = "window size, default ${DEFAULT-VALUE}")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "java %s, %d processors, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String[] wh = size.split("x");
        try (WindowBench bench = WindowBench.start(!display, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]),
                out)) {
            WindowBench.print(out, bench.pan(nodes, seconds));
        }
        return MireCommand.EXIT_OK;
    }
}
