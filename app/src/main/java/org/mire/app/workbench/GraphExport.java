package org.mire.app.workbench;

import java.nio.file.Path;
import org.mire.app.background.Work;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.ControlFlowGraphExporter;
import org.mire.graph.io.GraphExporter;
import org.mire.graph.io.GraphFormat;
import org.mire.graph.view.VisibleGraph;
import org.mire.io.AtomicFiles;
import org.mire.viz.ImageFiles;
import org.mire.viz.graph.GraphPicture;

/**
 * Exports what the graph explorer shows, as {@code mire graph} writes it: a picture of the view as PNG or SVG, or
 * the shown graph in one of core's {@link GraphFormat}s — the program graph with its scope and collapsed
 * functions, or in the control-flow view the function's control-flow graph. What is shown is taken now, on the FX
 * thread; the returned work draws, encodes and writes it on a worker.
 */
final class GraphExport {
    private GraphExport() {
    }

    /**
     * @param format     {@code png} or {@code svg}
     * @param resolution pixels per screen pixel (PNG only; lowered where the picture would be too large)
     */
    static Work<Path> picture(GraphPicture picture, String format, double resolution, Path file) {
        return monitor -> {
            if ("svg".equals(format)) {
                AtomicFiles.writeString(file, picture.toSvg());
            } else {
                ImageFiles.writePng(picture.toImage(resolution), file);
            }
            return file;
        };
    }

    /** The shown graph: the control-flow graph in the control-flow view, else the program graph as projected. */
    static Work<Path> graph(GraphExplorerModel explorer, GraphFormat format, Path file) {
        ControlFlowGraph cfg = explorer.controlFlowProperty().get();
        if (explorer.viewModeProperty().get() == GraphExplorerModel.ViewMode.CONTROL_FLOW && cfg != null) {
            return monitor -> {
                ControlFlowGraphExporter.write(cfg, format, file);
                return file;
            };
        }
        VisibleGraph visible = explorer.visibleGraphProperty().get();
        ProgramGraph shown = visible != null ? visible.graph() : explorer.graphProperty().get();
        return monitor -> {
            GraphExporter.write(shown, format, file);
            return file;
        };
    }
}
