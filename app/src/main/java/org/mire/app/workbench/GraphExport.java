package org.mire.app.workbench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.GraphExporter;
import org.mire.graph.io.GraphFormat;
import org.mire.viz.graph.GraphView;

/**
 * Writes what the explorer shows: the current view as PNG or SVG, or the shown graph (scope and collapsing applied)
 * in one of core's {@link GraphFormat}s.
 */
final class GraphExport {
    private GraphExport() {
    }

    static void png(GraphView view, Path file) throws IOException {
        Image image = view.snapshotImage();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer available");
        }
    }

    static void svg(GraphView view, Path file) throws IOException {
        Files.writeString(file, view.toSvg(), StandardCharsets.UTF_8);
    }

    static void graph(ProgramGraph graph, GraphFormat format, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            GraphExporter.write(graph, format, out);
        }
    }
}
