package org.mire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.workbench.GuiOptions;
import org.mire.app.workbench.Theme;
import org.mire.app.workbench.WorkbenchApplication;
import org.mire.viz.graph.layout.LayoutAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mire gui [FILE...]}: the workbench window; {@code --screenshot} renders it to a PNG and exits. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the workbench window (what `mire` does without arguments).",
            "Restores the workspace used last (or --workspace DIR); with FILEs, also opens them; on first start, a "
                + "sample.",
            "--screenshot PATH opens FILE (or a sample), lays out its graph, writes a PNG of the window and exits."})
final class GuiCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = ".ll, .bc, .c, .cpp, .cl or .mlir files to open")
    List<Path> files = new ArrayList<>();

    @Option(names = "--screenshot", paramLabel = "PATH", description = "write a PNG of the window and exit")
    Path screenshot;

    @Option(names = "--theme", paramLabel = "light|dark", description = "the theme (default: the remembered one)")
    String theme;

    @Option(names = "--view", paramLabel = "program|cfg", description = "program graph or control-flow graph")
    String view;

    @Option(names = "--layout", paramLabel = "NAME",
            description = "layered, layered_elk, force_directed, force_directed_indexed or circular")
    String layout;

    @Option(names = "--function", paramLabel = "NAME", description = "the function to show (with or without @)")
    String function;

    @Option(names = "--select-line", paramLabel = "LINE", description = "select the node of this IR line")
    int selectLine;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000",
            description = "window size in screenshot mode, default ${DEFAULT-VALUE}")
    String size;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "how long --screenshot waits for parsing and layout, default ${DEFAULT-VALUE}")
    int timeout;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "the workspace folder to open (created when new; default: the one used last, else "
                    + "~/.mire/workspace); with --screenshot, shown as restored and left unchanged")
    Path workspace;

    @Option(names = "--synthetic", paramLabel = "NODES",
            description = "also show a generated program graph of about NODES nodes (demos, benchmarks)")
    int synthetic;

    @Override
    public Integer call() throws MireException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new MireException(file + ": no such file");
            }
        }
        if (workspace != null && Files.exists(workspace) && !Files.isDirectory(workspace)) {
            throw new MireException(workspace + ": not a folder (a workspace is a folder)");
        }
        Theme chosenTheme = null;
        if (theme != null) {
            chosenTheme = switch (theme.toLowerCase(Locale.ROOT)) {
                case "light" -> Theme.LIGHT;
                case "dark" -> Theme.DARK;
                default -> throw new MireException("--theme: expected light or dark, got " + theme);
            };
        }
        GraphExplorerModel.ViewMode chosenView = null;
        if (view != null) {
            chosenView = switch (view.toLowerCase(Locale.ROOT)) {
                case "program", "graph", "program-graph" -> GraphExplorerModel.ViewMode.PROGRAM_GRAPH;
                case "cfg", "control-flow" -> GraphExplorerModel.ViewMode.CONTROL_FLOW;
                default -> throw new MireException("--view: expected program or cfg, got " + view);
            };
        }
        LayoutAlgorithm chosenLayout = null;
        if (layout != null) {
            try {
                chosenLayout = LayoutAlgorithm.valueOf(layout.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new MireException("--layout: unknown layout " + layout);
            }
        }
        String[] dimensions = size.toLowerCase(Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(dimensions[0]);
            height = Integer.parseInt(dimensions[1]);
        } catch (RuntimeException e) {
            throw new MireException("--size: expected WIDTHxHEIGHT, got " + size);
        }
        String functionName = function == null || function.startsWith("@") ? function : "@" + function;
        int code = WorkbenchApplication.run(new GuiOptions(files, screenshot, chosenTheme, chosenView, chosenLayout,
                functionName, selectLine, width, height, timeout, synthetic, workspace));
        if (WorkbenchApplication.screenshotWritten() != null) {
            spec.commandLine().getOut().println("mire: wrote " + WorkbenchApplication.screenshotWritten());
            spec.commandLine().getOut().flush();
        } else if (screenshot != null) {
            spec.commandLine().getErr().println("mire: no screenshot written (see the log above)");
        }
        return code;
    }
}
