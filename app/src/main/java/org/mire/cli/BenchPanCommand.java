package org.mire.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mire.app.workbench.WindowBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    WindowBenchOptions window;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (WindowBench bench = window.start(out)) {
            WindowBench.print(out, bench.pan(nodes, seconds));
        }
        return MireCommand.EXIT_OK;
    }
}
