package org.mire.viz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Exported pictures: higher resolution than the screen, clean of the selection unless asked, with a legend band. */
@ExtendWith(ApplicationExtension.class)
class GraphPictureTest {
    private GraphView view;

    private static GraphScene scene() {
        GraphScene.Builder builder = new GraphScene.Builder();
        for (int i = 0; i < 6; i++) {
            builder.addNode(i * 90, (i % 2) * 80, 60, 24, NodeShape.BOX, 0xff3c78d8, 0xff2a5aa8, 0xffffffff, "op" + i, i);
        }
        for (int i = 0; i < 5; i++) {
            builder.addEdge(i, i + 1, 0xff345393, 1.4, null, null, true);
        }
        builder.addFrame(new double[] {-50, -40, 500, 120}, "@f");
        return builder.build();
    }

    @Start
    void start(Stage stage) {
        view = new GraphView();
        view.setScene(scene(), true);
        stage.setScene(new Scene(new StackPane(view), 500, 300));
        stage.show();
    }

    private static PictureLegend legend() {
        return PictureLegend.programGraph(GraphPalette.LIGHT, EnumSet.of(NodeType.INSTRUCTION, NodeType.VARIABLE),
                EnumSet.of(Flow.CONTROL), Map.of(NodeType.INSTRUCTION, 6, NodeType.VARIABLE, 0), null);
    }

    private GraphPicture picture(boolean whole, PictureLegend legend, boolean marks) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.picture(whole, legend, marks)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theViewAtTwiceTheScreenResolution(FxRobot robot) throws Exception {
        GraphPicture picture = picture(false, null, false);
        BufferedImage image = picture.toImage(2);
        assertEquals(2 * (int) view.getWidth(), image.getWidth());
        assertEquals(2 * (int) view.getHeight(), image.getHeight());
        assertTrue(distinctColours(image) > 20, "antialiased drawing, not a blank image");
    }

    @Test
    void aSelectionIsLeftOutUnlessAskedFor(FxRobot robot) throws Exception {
        BufferedImage before = picture(false, null, false).toImage(1);
        robot.interact(() -> view.setSelectedItems(2));
        BufferedImage clean = picture(false, null, false).toImage(1);
        BufferedImage marked = picture(false, null, true).toImage(1);
        assertTrue(same(before, clean), "a clean picture does not show the selection or fade the rest");
        assertFalse(same(clean, marked), "with marks it does");
    }

    @Test
    void theLegendIsABandAboveTheGraphNotOverIt(FxRobot robot) throws Exception {
        GraphPicture plain = picture(false, null, false);
        GraphPicture withLegend = picture(false, legend(), false);
        BufferedImage a = plain.toImage(1);
        BufferedImage b = withLegend.toImage(1);
        int band = b.getHeight() - a.getHeight();
        assertTrue(band >= 26, "a legend band of " + band + " px");
        // Below the band the graph is the same picture.
        for (int y = 0; y < a.getHeight(); y += 7) {
            for (int x = 0; x < a.getWidth(); x += 7) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y + band), "pixel " + x + "," + y);
            }
        }
        String svg = withLegend.toSvg();
        assertTrue(svg.contains(">Instruction 6</text>") && svg.contains(">Control flow</text>"), svg);
    }

    @Test
    void theWholeGraphAtFullSizeIsCappedInPixels(FxRobot robot) throws Exception {
        GraphPicture whole = picture(true, null, false);
        assertEquals(500 + 50 + 2 * 24 + 0.0, whole.width(), 1e-6);
        assertEquals(3, whole.resolutionFor(3), 1e-9);
        assertTrue(whole.resolutionFor(1e6) * whole.resolutionFor(1e6) * whole.width() * whole.height()
                <= GraphPicture.MAX_PIXELS * 1.0001);
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
