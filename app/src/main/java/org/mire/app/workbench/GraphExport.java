package org.mire.app.workbench;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;
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
import org.mire.viz.graph.GraphView;

/**
 * Exports what the graph explorer shows, as {@code mire graph} writes it: the view as PNG or SVG, or the shown graph
 * in one of core's {@link GraphFormat}s — the program graph with its scope and collapsed functions, or in the
 * control-flow view the function's control-flow graph. What is shown is taken now, on the FX thread; the returned
 * work encodes and writes it on a worker.
 */
final class GraphExport {
    private GraphExport() {
    }

    /**
     * @param format {@code png}, {@code svg}, or a {@link GraphFormat} name
     */
    static Work<Path> of(GraphExplorerModel explorer, GraphView view, String format, Path file) {
        switch (format) {
            case "png" -> {
                WritableImage image = view.snapshotImage();
                return monitor -> {
                    ImageFiles.writePng(image, file);
                    return file;
                };
            }
            case "svg" -> {
                String svg = view.toSvg();
                return monitor -> {
                    AtomicFiles.writeString(file, svg);
                    return file;
                };
            }
            default -> {
                GraphFormat graphFormat = GraphFormat.fromName(format);
                ControlFlowGraph cfg = explorer.controlFlowProperty().get();
                if (explorer.viewModeProperty().get() == GraphExplorerModel.ViewMode.CONTROL_FLOW && cfg != null) {
                    return monitor -> {
                        ControlFlowGraphExporter.write(cfg, graphFormat, file);
                        return file;
                    };
                }
                VisibleGraph visible = explorer.visibleGraphProperty().get();
                ProgramGraph shown = visible != null ? visible.graph() : explorer.graphProperty().get();
                return monitor -> {
                    GraphExporter.write(shown, graphFormat, file);
                    return file;
                };
            }
        }
    }
}
