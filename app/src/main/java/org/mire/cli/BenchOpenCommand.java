package org.mire.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.app.workbench.WindowBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mire bench open FILE}: time from "Open" to the first drawn graph in the real workbench window. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Time opening a file in the workbench window: parse, program graph, layout, and the first",
            "frame of the canvas that shows the graph. The first run is cold (fresh JVM); later runs are warm."})
final class BenchOpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the IR file to open")
    Path file;

    @Option(names = "--repeat", defaultValue = "5", description = "opens, the first one cold, default ${DEFAULT-VALUE}")
    int repeat;

    @Mixin
    WindowBenchOptions window;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new MireException(file + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (WindowBench bench = window.start(out)) {
            out.printf(Locale.ROOT, "%-6s %11s %8s %10s %12s %16s %7s %12s%n", "run", "parse+graph", "layout",
                    "text shown", "graph ready", "open→first frame", "nodes", "instructions");
            List<Double> warm = new ArrayList<>();
            for (int run = 0; run < repeat; run++) {
                WindowBench.OpenTiming timing = bench.open(file.toAbsolutePath());
                out.printf(Locale.ROOT, "%-6s %11.3f %8.3f %10.3f %12.3f %16.3f %7d %12d%n",
                        run == 0 ? "cold" : "warm", timing.parseAndGraph(), timing.layout(), timing.toShown(),
                        timing.toLaidOut(), timing.toFirstFrame(), timing.nodes(), timing.instructions());
                out.flush();
                if (run > 0) {
                    warm.add(timing.toFirstFrame());
                }
            }
            if (!warm.isEmpty()) {
                double[] sorted = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                out.printf(Locale.ROOT, "warm median open→first frame: %.3f s%n", sorted[sorted.length / 2]);
            }
        }
        return MireCommand.EXIT_OK;
    }
}
