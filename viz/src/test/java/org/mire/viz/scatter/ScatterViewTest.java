package org.mire.viz.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScatterViewTest {
    private ScatterPair pair;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        pair = new ScatterPair();
        stage.setScene(new Scene(pair, 800, 400));
        stage.show();
    }

    /** Three clusters of 100 points at x = 0, 10, 20; column "group" names them, "score" is numeric. */
    private void load() throws Exception {
        float[][] points = new float[300][2];
        List<String> ids = new ArrayList<>();
        List<String> group = new ArrayList<>();
        List<String> score = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 300; i++) {
            int c = i / 100;
            points[i][0] = (float) (c * 10 + random.nextGaussian() * 0.5);
            points[i][1] = (float) (random.nextGaussian() * 0.5);
            ids.add("kernel" + i + ".ll");
            group.add(new String[] {"rodinia", "shoc", "npb"}[c]);
            score.add(Integer.toString(i));
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("group", group);
        columns.put("score", score);
        WaitForAsyncUtils.asyncFx(() -> {
            pair.left().setPoints(points, ids, columns, true);
            float[][] mirrored = new float[300][];
            for (int i = 0; i < 300; i++) {
                mirrored[i] = new float[] {-points[i][0], points[i][1]};
            }
            pair.right().setPoints(mirrored, ids, columns, true);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void colouringIsCategoricalForLabelsAndAGradientForManyNumbers(FxRobot robot) throws Exception {
        load();
        WaitForAsyncUtils.asyncFx(() -> pair.colourBy("group")).get();
        PointColouring byGroup = pair.left().colouring();
        assertEquals(3, byGroup.legend().size());
        assertTrue(byGroup.rgb()[0] != byGroup.rgb()[150] && byGroup.rgb()[150] != byGroup.rgb()[299]);
        WaitForAsyncUtils.asyncFx(() -> pair.left().colourBy("score")).get();
        assertTrue(pair.left().colouring().gradient());
        assertEquals(Palette.gradient(0), pair.left().colouring().rgb()[0]);
        assertEquals(Palette.gradient(1), pair.left().colouring().rgb()[299]);
    }

    @Test
    void clickingAPointSelectsItInBothViewsAndDoubleClickActivatesIt(FxRobot robot) throws Exception {
        load();
        AtomicInteger clicked = new AtomicInteger(-1);
        AtomicInteger activated = new AtomicInteger(-1);
        pair.left().setOnPointClicked(clicked::set);
        pair.left().setOnPointActivated(activated::set);
        ScatterView left = pair.left();
        int target = 42;
        double[] screen = WaitForAsyncUtils.asyncFx(() -> {
            var p = left.localToScreen(left.toScreenX(pointX(left, target)), left.toScreenY(pointY(left, target)));
            return new double[] {p.getX(), p.getY()};
        }).get();
        robot.moveTo(new javafx.geometry.Point2D(screen[0], screen[1])).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int hit = clicked.get();
        assertTrue(hit >= 0, "a click on a point reports it");
        assertTrue(hit / 100 == 0, "the clicked point belongs to the first cluster, got " + hit);
        assertEquals(1, pair.selection().count());
        assertTrue(pair.right().selection().contains(hit), "the other view shares the selection");
        robot.doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(hit, activated.get());
    }

    private static double pointX(ScatterView view, int i) {
        return view.lastX(i);
    }

    private static double pointY(ScatterView view, int i) {
        return view.lastY(i);
    }

    @Test
    void boxLassoSearchAndIsolateSelectTheExpectedRows(FxRobot robot) throws Exception {
        load();
        ScatterView left = pair.left();
        WaitForAsyncUtils.asyncFx(() -> {
            // a box around the middle cluster (data x in [5, 15])
            left.selectBox(left.toScreenX(5), left.toScreenY(5), left.toScreenX(15), left.toScreenY(-5), false);
        }).get();
        BitSet middle = new BitSet();
        middle.set(100, 200);
        assertEquals(middle, pair.selection().copy());

        WaitForAsyncUtils.asyncFx(() -> left.selectPolygon(List.of(
                new double[] {left.toScreenX(15), left.toScreenY(6)},
                new double[] {left.toScreenX(25), left.toScreenY(6)},
                new double[] {left.toScreenX(25), left.toScreenY(-6)},
                new double[] {left.toScreenX(15), left.toScreenY(-6)}), false)).get();
        BitSet last = new BitSet();
        last.set(200, 300);
        assertEquals(last, pair.selection().copy());

        int found = WaitForAsyncUtils.asyncFx(() -> left.search("^SHOC$", "group")).get();
        assertEquals(100, found);
        assertEquals(middle, left.highlighted());
        assertEquals(11, (int) WaitForAsyncUtils.asyncFx(() -> left.search("kernel1\\d\\.ll|kernel1\\.ll", null)).get());

        WaitForAsyncUtils.asyncFx(() -> left.isolate(pair.selection().copy())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(left.isIsolated());
        // isolated: only the last cluster can be hit, and it fills the view
        assertEquals(-1, (int) WaitForAsyncUtils.asyncFx(() -> left.pointAt(left.toScreenX(10), left.toScreenY(0), 6))
                .get());
    }

    @Test
    void exportsPngAndSvg(FxRobot robot) throws Exception {
        load();
        WaitForAsyncUtils.asyncFx(() -> pair.colourBy("group")).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("plot.png");
        Path svg = dir.resolve("plot.svg");
        // the picture is taken on the FX thread; encoding and writing happen here, off it
        var image = WaitForAsyncUtils.asyncFx(() -> pair.left().snapshotImage()).get();
        ScatterPicture picture = WaitForAsyncUtils.asyncFx(() -> pair.left().picture()).get();
        org.mire.viz.ImageFiles.writePng(image, png);
        picture.writeSvg(svg);
        var read = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(read.getWidth() > 100 && read.getHeight() > 100);
        String text = Files.readString(svg);
        assertEquals(300, text.split("<circle cx=", -1).length - 1 - 3, "300 points + 3 legend swatches");
        assertTrue(text.contains(">rodinia  100<"), "legend in the SVG");
    }
    /**
     * Fitted, no point lies under the caption or the legend, and the legend starts below the caption: the legend
     * covered points and titles before.
     */
    @Test
    void legendAndCaptionNeverCoverPointsOrEachOther(FxRobot robot) throws Exception {
        load();
        ScatterView view = pair.left();
        WaitForAsyncUtils.asyncFx(() -> {
            view.setCaption("a long caption: opcode-histogram · DevMap kernels — t-SNE");
            view.colourBy("group");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds legend = robot.from(view).lookup(".legend-title").query().getParent()
                .getBoundsInParent();
        javafx.scene.control.Label caption = robot.from(view).lookup((javafx.scene.control.Label l)
                -> l.getText().startsWith("a long caption")).query();
        assertTrue(legend.getMinY() >= caption.getBoundsInParent().getMaxY(), legend + " vs " + caption);
        for (int i = 0; i < view.size(); i++) {
            double x = view.toScreenX(view.lastX(i));
            double y = view.toScreenY(view.lastY(i));
            assertTrue(!legend.contains(x, y), "point " + i + " at " + x + "," + y + " under the legend " + legend);
            assertTrue(y > caption.getBoundsInParent().getMaxY(), "point " + i + " under the caption");
        }
    }

    /** The dark theme draws a dark plot (it stayed white before) and marks neighbours with rings of their own. */
    @Test
    void darkPlotsAreDarkAndMarkedRowsAreRinged(FxRobot robot) throws Exception {
        load();
        ScatterView view = pair.left();
        WaitForAsyncUtils.asyncFx(() -> {
            view.setDark(true);
            BitSet neighbours = new BitSet();
            neighbours.set(5);
            neighbours.set(7);
            view.setMarked(neighbours);
            view.render();
        }).get();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(view::snapshotImage).get();
        javafx.scene.paint.Color corner = image.getPixelReader().getColor(2, (int) image.getHeight() - 3);
        assertTrue(corner.getBrightness() < 0.2, "dark background, got " + corner);
        assertEquals(2, view.marked().cardinality());
        int ring = ScatterRaster.NEIGHBOUR_RING;
        int x = (int) Math.round(view.toScreenX(view.lastX(5)));
        int y = (int) Math.round(view.toScreenY(view.lastY(5)));
        boolean ringed = false;
        for (int dx = -8; dx <= 8 && !ringed; dx++) {
            for (int dy = -8; dy <= 8 && !ringed; dy++) {
                int argb = image.getPixelReader().getArgb(x + dx, y + dy);
                ringed = (argb & 0xffffff) == ring;
            }
        }
        assertTrue(ringed, "a neighbour ring around point 5");
    }

    /** The search counts the points plotted, not the rows behind them (isolated ones are not plotted). */
    @Test
    void searchCountsPlottedPointsOnly(FxRobot robot) throws Exception {
        load();
        ScatterView view = pair.left();
        int all = WaitForAsyncUtils.asyncFx(() -> view.search("rodinia", "group")).get();
        assertEquals(100, all);
        BitSet firstFifty = new BitSet();
        firstFifty.set(0, 50);
        firstFifty.set(150, 160);
        int plotted = WaitForAsyncUtils.asyncFx(() -> {
            view.isolate(firstFifty);
            return view.search("rodinia", "group");
        }).get();
        assertEquals(50, plotted);
        assertEquals(60, view.plottedCount());
    }
}
