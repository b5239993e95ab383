package org.mire.app.workbench;

import java.nio.file.Path;
import java.util.List;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.viz.graph.layout.LayoutAlgorithm;

/**
 * How {@code mire gui} starts the window.
 *
 * @param files      files to open
 * @param screenshot where to write a PNG of the window once the first file is laid out (then exit), or null
 * @param theme      the theme to use, or null for the remembered one
 * @param view       the explorer view to show, or null
 * @param layout     the layout to use, or null
 * @param function   the function to show (scope, control flow), or null
 * @param selectLine select the first node of this IR line (1-based), or 0
 * @param width      window width (screenshot mode)
 * @param height     window height (screenshot mode)
 * @param timeoutSecs how long the screenshot mode waits for parsing and layout
 * @param synthetic  when positive, also show a generated program of about this many nodes (demos, benchmarks)
 * @param workspace  the workspace folder to open, or null for the one used last (screenshot mode: none)
 */
public record GuiOptions(List<Path> files, Path screenshot, Theme theme, GraphExplorerModel.ViewMode view,
                         LayoutAlgorithm layout, String function, int selectLine, int width, int height,
                         int timeoutSecs, int synthetic, Path workspace) {

    public GuiOptions {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static GuiOptions window(List<Path> files) {
        return new GuiOptions(files, null, null, null, null, null, 0, 1600, 1000, 120, 0, null);
    }

    public boolean screenshotMode() {
        return screenshot != null;
    }
}
