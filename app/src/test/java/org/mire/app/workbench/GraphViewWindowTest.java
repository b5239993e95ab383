package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.graphexplorer.GraphExplorerView;
import org.mire.app.settings.SettingsStore;
import org.mire.graph.GraphScope;
import org.mire.graph.ProgramGraph;
import org.mire.viz.graph.GraphScene;
import org.mire.viz.graph.GraphView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The graph view as a user meets it: what Fit shows, what an export writes, what the side panels follow. */
@ExtendWith(ApplicationExtension.class)
class GraphViewWindowTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private WorkbenchController controller;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor(2);
        Path config = Files.createTempDirectory("mire-graph-view-test").resolve("workbench.json");
        controller = new WorkbenchController(new WorkbenchModel(), executor, DocumentLoader.IR_LOADER,
                new SettingsStore(config), Samples.find());
        workbench = new Workbench(stage, controller, executor);
        stage.setWidth(1000);
        stage.setHeight(800);
        workbench.show();
    }

    @AfterEach
    void stopWorkers() {
        executor.close();
    }

    private DocumentModel open(String sample) throws Exception {
        Path file = Samples.find().files().stream().filter(p -> p.endsWith(Path.of(sample))).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> controller.open(file)).get(10, TimeUnit.SECONDS);
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return document;
    }

    /** The graph's bounding box on screen (scene coordinates). */
    private static Bounds graphOnScreen(GraphView view) {
        GraphScene scene = view.getGraphScene();
        Point2D min = view.localToScene(view.toView(scene.minX(), scene.minY()));
        Point2D max = view.localToScene(view.toView(scene.maxX(), scene.maxY()));
        return new BoundingBox(min.getX(), min.getY(), max.getX() - min.getX(), max.getY() - min.getY());
    }

    private static Bounds onScreen(Region node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private void assertClearOfEverything(GraphExplorerView explorer, String what) throws Exception {
        GraphView view = explorer.graphView();
        fx(() -> {
            Bounds graph = graphOnScreen(view);
            Bounds canvas = onScreen(view);
            assertTrue(canvas.contains(graph), what + ": the graph " + graph + " fits the canvas " + canvas);
            assertFalse(onScreen(explorer.legendArea()).intersects(graph), what + ": the legend is clear");
            for (Region card : explorer.floatingCards()) {
                assertFalse(onScreen(card).intersects(graph), what + ": " + card.getStyleClass() + " is clear");
            }
            return null;
        });
    }

    @Test
    void fitShowsTheWholeGraphClearOfLegendSearchAndCards(FxRobot robot) throws Exception {
        DocumentModel document = open("ll/quicksort.O1.ll");
        GraphExplorerView explorer = fx(() -> workbench.viewOf(document).explorerView());
        robot.interact(() -> explorer.graphView().fit());
        assertClearOfEverything(explorer, "program graph");

        robot.interact(() -> document.explorer().viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW));
        until(() -> !document.explorer().busyProperty().get() && document.explorer().controlFlowProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> explorer.graphView().fit());
        assertClearOfEverything(explorer, "control flow");
        fx(() -> {
            Bounds legend = onScreen(explorer.visibleLegend());
            Bounds search = explorer.searchField().localToScene(explorer.searchField().getLayoutBounds());
            assertTrue(legend.getWidth() > 100 && explorer.visibleLegend().isVisible());
            assertFalse(legend.intersects(search), "the find box does not cut the legend");
            return null;
        });
    }

    @Test
    void theExportFormatFollowsTheExtensionAndTheDialogAvoidsTheSamples(FxRobot robot) throws Exception {
        DocumentModel document = open("ll/quicksort.O1.ll");
        AtomicReference<File> initialFolder = new AtomicReference<>();
        Path target = dir.resolve("partition.graphml");
        robot.interact(() -> workbench.exports().setSaveDialog((chooser, owner) -> {
            initialFolder.set(chooser.getInitialDirectory());
            return target.toFile();
        }));
        // Ctrl+E (File → Export → Graph as ProGraML JSON), but the user names the file .graphml.
        robot.clickOn(fx(() -> workbench.viewOf(document).explorerView().graphView()));
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(target));
        String written = Files.readString(target);
        assertTrue(written.startsWith("<?xml") && written.contains("<graphml"), written.substring(0, 200));
        assertEquals(Path.of(System.getProperty("user.home")).toFile(), initialFolder.get(),
                "a sample's folder is not where an export goes");
        assertNotNull(document);
    }

    @Test
    void aPngExportIsCleanTwiceTheScreenResolutionAndHasTheLegend(FxRobot robot) throws Exception {
        DocumentModel document = open("ll/quicksort.O1.ll");
        DocumentView view = fx(() -> workbench.viewOf(document));
        ProgramGraph graph = fx(() -> document.explorer().graphProperty().get());
        int icmp = graph.nodes().stream().filter(n -> n.text().equals("icmp")).findFirst().orElseThrow().id();
        robot.interact(() -> workbench.controller().controller(document).explorer().selectNode(icmp, true));
        Path target = dir.resolve("view.png");
        robot.interact(() -> workbench.exports().setSaveDialog((chooser, owner) -> target.toFile()));
        robot.clickOn("File").clickOn("Export").clickOn("View as PNG…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#picture-size").tryQuery().isPresent());
        String size = robot.lookup("#picture-size").queryAs(Label.class).getText();
        robot.clickOn("Choose file…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(target));
        BufferedImage image = ImageIO.read(target.toFile());
        double width = fx(() -> view.explorerView().graphView().getWidth());
        double height = fx(() -> view.explorerView().graphView().getHeight());
        assertEquals((int) Math.ceil(2 * width), image.getWidth());
        assertTrue(image.getHeight() > 2 * height + 40, "twice the view and a legend band: " + image.getHeight());
        assertTrue(size.startsWith(String.format("%,d × %,d", image.getWidth(), image.getHeight())), size);
        // Clean: the same picture as one taken with nothing selected.
        robot.interact(() -> workbench.controller().controller(document).explorer().selectNode(-1, false));
        BufferedImage unselected = fx(() -> ExportActions.picture(view.explorerView().graphView(),
                document.explorer(), PictureExportDialog.Options.DEFAULT)).toImage(2);
        int differing = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                differing += image.getRGB(x, y) == unselected.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differing, "no selection ring, no faded neighbourhood");
    }

    @Test
    void oneFunctionScopeShowsItsOwnCountsAndScrollsTheTextToIt(FxRobot robot) throws Exception {
        DocumentModel document = open("ll/quicksort.O0.ll");
        DocumentView view = fx(() -> workbench.viewOf(document));
        robot.clickOn(view.explorerView().functionChooser());
        robot.clickOn("@partition");
        until(() -> document.explorer().scopeProperty().get() == GraphScope.FUNCTION
                && !document.explorer().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ProgramGraph graph = fx(() -> document.explorer().graphProperty().get());
        ProgramGraph partition = GraphScope.FUNCTION.cut(graph, "@partition");
        int header = fx(() -> view.irView().getText()).lines().toList().indexOf(
                fx(() -> view.irView().getText()).lines().filter(l -> l.startsWith("define internal i32 @partition"))
                        .findFirst().orElseThrow()) + 1;
        until(() -> view.irView().selectedLinesProperty().get().first() == header);
        GridPane statistics = robot.lookup("#details-statistics").queryAs(GridPane.class);
        List<String> texts = statistics.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(String.format("%,d", partition.nodeCount()), texts.get(texts.indexOf("Nodes") + 1), texts.toString());
        assertEquals("1", texts.get(texts.indexOf("Functions") + 1));
        assertTrue(robot.lookup("Function @partition").tryQuery().isPresent());
    }

    @Test
    void inTheDefaultWindowTheIrTextShowsAboutSixtyColumns(FxRobot robot) throws Exception {
        var defaults = org.mire.app.settings.WorkbenchSettings.defaults();
        robot.interact(() -> {
            workbench.stage().setWidth(defaults.windowWidth());
            workbench.stage().setHeight(defaults.windowHeight());
        });
        DocumentModel document = open("ll/quicksort.O1.ll");
        DocumentView view = fx(() -> workbench.viewOf(document));
        WaitForAsyncUtils.waitForFxEvents();
        double columns = fx(() -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("0123456789");
            probe.setFont(javafx.scene.text.Font.font("DejaVu Sans Mono", 12.5));
            double charWidth = probe.getLayoutBounds().getWidth() / 10;
            double gutter = view.irView().codeArea().lookup(".ir-gutter") instanceof Region g ? g.getWidth() : 0;
            return (view.irView().codeArea().getWidth() - gutter) / charWidth;
        });
        assertEquals(defaults.windowWidth(), fx(() -> workbench.stage().getWidth()), 1, "the window has its size");
        assertTrue(columns >= 55, "the IR pane shows " + columns + " columns (it showed about 40)");
    }

    @Test
    void longLinesWrapFromTheViewMenu(FxRobot robot) throws Exception {
        DocumentModel document = open("ll/quicksort.O1.ll");
        DocumentView view = fx(() -> workbench.viewOf(document));
        assertFalse(fx(() -> view.irView().isWrapLines()));
        robot.clickOn("View").clickOn("Wrap Long Lines");
        assertTrue(fx(() -> view.irView().isWrapLines()));
    }

    /** The drawn control-flow graph of one function of a sample, after choosing it and the CFG button as a user does. */
    private GraphScene controlFlowOf(FxRobot robot, DocumentModel document, String function) throws Exception {
        DocumentView view = fx(() -> workbench.viewOf(document));
        robot.clickOn(view.explorerView().functionChooser());
        robot.clickOn(function);
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.ToggleButton t && "CFG".equals(t.getText()))
                .queryAs(javafx.scene.control.ToggleButton.class));
        until(() -> document.explorer().viewModeProperty().get() == GraphExplorerModel.ViewMode.CONTROL_FLOW
                && function.equals(document.explorer().functionProperty().get())
                && !document.explorer().busyProperty().get() && document.explorer().controlFlowProperty().get() != null
                && view.explorerView().graphView().getGraphScene().nodeCount()
                        == document.explorer().controlFlowProperty().get().blocks().size());
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> view.explorerView().graphView().getGraphScene());
    }

    private static int block(GraphScene scene, String label) {
        for (int n = 0; n < scene.nodeCount(); n++) {
            if (scene.label(n).equals(label)) {
                return n;
            }
        }
        throw new AssertionError("no block " + label);
    }

    private static int edgeColor(GraphScene scene, String from, String to) {
        int source = block(scene, from);
        int target = block(scene, to);
        for (int e = 0; e < scene.edgeCount(); e++) {
            if (scene.edgeSource(e) == source && scene.edgeTarget(e) == target) {
                return scene.edgeColor(e);
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }

    @Test
    void anMlirLoopNestIsDrawnFromItsEntryDownWithOneLineEachAndBackEdges(FxRobot robot) throws Exception {
        DocumentModel document = open("mlir/affine_matmul.mlir");
        GraphScene scene = controlFlowOf(robot, document, "@matmul_ikj");
        org.mire.viz.graph.GraphPalette palette = fx(() -> document.explorer().paletteProperty().get());
        int entry = block(scene, "entry");
        for (int n = 0; n < scene.nodeCount(); n++) {
            if (n != entry) {
                assertTrue(scene.y(entry) < scene.y(n), "the entry block is above " + scene.label(n));
            }
            List<String> lines = List.of(scene.lines(n));
            assertEquals(lines.stream().distinct().count(), lines.size(), "no line twice in " + lines);
        }
        assertEquals(List.of("entry:", "affine.for %i = 0 to 64 {"), List.of(scene.lines(entry)));
        // Into a loop's body is true, past it false, and each body's end goes back up to its header.
        assertEquals(palette.branchTrue(), edgeColor(scene, "affine.for %j", "affine.for %j body"));
        assertEquals(palette.branchFalse(), edgeColor(scene, "affine.for %j", "after affine.for %j"));
        assertTrue(scene.y(block(scene, "affine.for %j body")) > scene.y(block(scene, "affine.for %j")));
        edgeColor(scene, "affine.for %j body", "affine.for %j");
        edgeColor(scene, "after affine.for %k", "entry");
        edgeColor(scene, "after affine.for %j", "affine.for %i body");
    }

    @Test
    void cfCondBranchEdgesAreDrawnTrueAndFalse(FxRobot robot) throws Exception {
        DocumentModel document = open("mlir/cf_branches.mlir");
        GraphScene scene = controlFlowOf(robot, document, "@gcd");
        org.mire.viz.graph.GraphPalette palette = fx(() -> document.explorer().paletteProperty().get());
        String loop = "^loop(%x: i32, %y: i32)";
        assertEquals(palette.branchTrue(), edgeColor(scene, loop, "^exit(%g: i32)"));
        assertEquals(palette.branchFalse(), edgeColor(scene, loop, "^body"));
        assertEquals(palette.branchAlways(), edgeColor(scene, "^body", loop));
        assertTrue(scene.y(block(scene, "entry")) < scene.y(block(scene, loop)));

        // And the picture on screen has both colours in it, not only the unconditional blue.
        GraphView graph = fx(() -> workbench.viewOf(document).explorerView().graphView());
        robot.interact(graph::fit);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage shot = fx(() -> graph.snapshot(null, null));
        assertTrue(contains(shot, palette.branchTrue(), palette.background()), "a true edge is drawn");
        assertTrue(contains(shot, palette.branchFalse(), palette.background()), "a false edge is drawn");
    }

    /**
     * Whether some pixel is the given colour drawn over the background with an edge's alpha (0.3 to 1): a point on
     * the line from the background to the colour, whatever the antialiasing left of it.
     */
    private static boolean contains(javafx.scene.image.Image image, int argb, int background) {
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        int[] colour = {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255};
        int[] back = {(background >> 16) & 255, (background >> 8) & 255, background & 255};
        int strongest = 0;
        for (int c = 1; c < 3; c++) {
            if (Math.abs(colour[c] - back[c]) > Math.abs(colour[strongest] - back[strongest])) {
                strongest = c;
            }
        }
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int p = pixels.getArgb(x, y);
                int[] pixel = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
                double t = (pixel[strongest] - back[strongest]) / (double) (colour[strongest] - back[strongest]);
                if (t < 0.3 || t > 1.05) {
                    continue;
                }
                boolean onTheLine = true;
                for (int c = 0; c < 3; c++) {
                    onTheLine &= Math.abs(pixel[c] - (back[c] + t * (colour[c] - back[c]))) <= 8;
                }
                if (onTheLine) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
    }
}
