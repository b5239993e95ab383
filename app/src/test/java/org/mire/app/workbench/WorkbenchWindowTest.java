package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.settings.SettingsStore;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.viz.graph.GraphScene;
import org.mire.viz.graph.GraphView;
import org.mire.viz.graph.layout.LayoutAlgorithm;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The window on JavaFX's headless platform, driven by TestFX's robot. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private static final SyntheticProgram PROGRAM = SyntheticProgram.generate(900, 5);

    @TempDir
    static Path dir;

    private Workbench workbench;
    private WorkbenchController controller;
    private FxTaskExecutor executor;

    /** Generated programs for files named synthetic*, the real loader for everything else. */
    private static final DocumentLoader LOADER = (file, monitor) -> file.getFileName().toString()
            .startsWith("synthetic") ? PROGRAM : DocumentLoader.IR_LOADER.load(file, monitor);

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor(2);
        Path config = Files.createTempDirectory("mire-window-test").resolve("workbench.json");
        controller = new WorkbenchController(new WorkbenchModel(), executor, LOADER, new SettingsStore(config),
                Samples.find());
        workbench = new Workbench(stage, controller, executor);
        stage.setWidth(1000);
        stage.setHeight(760);
        workbench.show();
    }

    @AfterEach
    void stopWorkers() {
        executor.close();
    }

    @Test
    void opensASampleSwitchesLayoutsAndAClickedNodeSelectsItsIrLine(FxRobot robot) throws Exception {
        Path file = Samples.find().files().stream().filter(p -> p.endsWith(Path.of("ll", "quicksort.O1.ll")))
                .findFirst().orElseThrow();
        robot.interact(() -> controller.open(file));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        DocumentView view = fx(() -> workbench.viewOf(document));

        // Switch the layout with the chooser, as a user would, and back.
        robot.clickOn(view.explorerView().layoutChooser());
        robot.clickOn(LayoutAlgorithm.CIRCULAR.displayName());
        until(() -> !document.explorer().busyProperty().get()
                && document.explorer().summaryProperty().get().contains("Circular"));
        robot.clickOn(view.explorerView().layoutChooser());
        robot.clickOn(LayoutAlgorithm.LAYERED.displayName());
        until(() -> !document.explorer().busyProperty().get()
                && document.explorer().summaryProperty().get().contains("Layered"));

        // Bring an icmp into view, click it, and the IR text selects its line.
        ProgramGraph graph = fx(() -> document.explorer().graphProperty().get());
        Node icmp = graph.nodes().stream().filter(n -> n.type() == NodeType.INSTRUCTION && n.text().equals("icmp"))
                .skip(1).findFirst().orElseThrow();
        GraphView graphView = view.explorerView().graphView();
        robot.interact(() -> graphView.reveal(icmp.id()));
        Point2D onScreen = fx(() -> {
            GraphScene scene = graphView.getGraphScene();
            int node = scene.nodesOfItem(icmp.id())[0];
            Point2D local = graphView.toView(scene.x(node), scene.y(node));
            return graphView.localToScreen(local);
        });
        robot.clickOn(onScreen);
        until(() -> view.irView().selectedLinesProperty().get().first() == icmp.irLine());
        String selected = fx(() -> view.irView().codeArea().getSelectedText());
        assertTrue(selected.strip().startsWith(icmp.fullText().strip().split(",")[0]), selected);
        assertTrue(selected.contains("icmp"), selected);
        assertEquals(icmp.id(), (int) fx(() -> document.explorer().selectedNodeProperty().get()));
        assertEquals("icmp", fx(() -> document.explorer().detailsProperty().get().node().text()));
    }

    @Test
    void theCaretInTheIrTextMarksTheNodesOfItsLine(FxRobot robot) throws Exception {
        Path file = dir.resolve("synthetic-caret.ll");
        Files.writeString(file, PROGRAM.text());
        robot.interact(() -> controller.open(file));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        DocumentView view = fx(() -> workbench.viewOf(document));
        Node load = PROGRAM.graph().nodes().stream().filter(n -> n.text().equals("load")).skip(5).findFirst()
                .orElseThrow();
        robot.interact(() -> view.irView().codeArea().moveTo(load.irLine() - 1, 4));
        until(() -> document.explorer().linkedNodesProperty().get().length > 0);
        assertEquals(load.id(), fx(() -> document.explorer().linkedNodesProperty().get()[0]));
    }

    @Test
    void aMalformedFileShowsItsErrorAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.ll");
        Files.write(bad, "; ModuleID = 'broken'\ndefine void @f() {\n  ret\u0000 void\n}\n"
                .getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> controller.open(bad));
        DocumentModel broken = fx(() -> controller.model().active());
        until(() -> broken.state() == DocumentModel.State.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#load-error").query().isVisible());
        Label line = robot.lookup("#error-line").queryAs(Label.class);
        assertTrue(line.getText().startsWith("3 | ") && line.getText().contains("ret"), line.getText());
        String status = fx(() -> controller.model().statusProperty().get());
        assertTrue(status.contains("broken.ll:3:6"), status);

        // Still responsive: another file opens and lays out, and the tabs switch.
        Path good = dir.resolve("synthetic-after-error.ll");
        Files.writeString(good, PROGRAM.text());
        robot.interact(() -> controller.open(good));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        robot.clickOn(tab(robot, "broken.ll"));
        until(() -> controller.model().active() == broken);
        robot.clickOn(tab(robot, "synthetic-after-error.ll"));
        until(() -> controller.model().active() == document);
        assertEquals(GraphExplorerModel.ViewMode.PROGRAM_GRAPH, fx(() -> document.explorer().viewModeProperty().get()));
    }

    @Test
    void aParseErrorMarksItsLineInTheTextAndAFixedFileReloadsIntoTheGraph(FxRobot robot) throws Exception {
        Path file = dir.resolve("fixable.ll");
        Files.writeString(file, "define i32 @f(i32 %a) {\nentry:\n  %b = add i32 %a, 1\n  %c = bogus i32 %b\n"
                + "  ret i32 %c\n}\n");
        robot.interact(() -> controller.open(file));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        DocumentView view = fx(() -> workbench.viewOf(document));
        javafx.scene.layout.Region marked = robot.from(view).lookup(".ir-error-line")
                .queryAs(javafx.scene.layout.Region.class);
        assertTrue(marked.getBackground() != null && !marked.getBackground().getFills().isEmpty(),
                "the error line is painted");
        assertEquals(4, (int) fx(() -> view.irView().caretLine()));

        Files.writeString(file, "define i32 @f(i32 %a) {\nentry:\n  %b = add i32 %a, 1\n  ret i32 %b\n}\n");
        robot.interact(() -> controller.reload(document));
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        assertTrue(fx(() -> view.irView().getScene() != null && view.irView().isVisible()
                && view.irView().getText().contains("ret i32 %b")), "the IR text is back beside the graph");
    }

    @Test
    void aBinaryFileSaysItIsBinaryAndShowsNoText(FxRobot robot) throws Exception {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
            gzip.write(PROGRAM.text().getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("packed.ll"), packed.toByteArray());
        robot.interact(() -> controller.open(file));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        DocumentView view = fx(() -> workbench.viewOf(document));
        atlantafx.base.controls.Message message = robot.from(view).lookup("#load-error")
                .queryAs(atlantafx.base.controls.Message.class);
        assertTrue(message.getDescription().contains("a binary file, not text"), message.getDescription());
        assertTrue(robot.from(view).lookup(".ir-text-view").queryAll().stream().noneMatch(javafx.scene.Node::isVisible),
                "no text view of the bytes");
    }

    @Test
    void aCompilerErrorKeepsItsLinesAndCaret(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.mire.tools.ExternalTool.CLANG.isAvailable());
        Path file = Files.writeString(dir.resolve("bad.c"), "int f(int a) {\n  int b = a +;\n  return b;\n}\n");
        robot.interact(() -> controller.open(file));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        DocumentView view = fx(() -> workbench.viewOf(document));
        Label output = robot.from(view).lookup("#error-tool-output").queryAs(Label.class);
        java.util.List<String> lines = output.getText().lines().toList();
        assertTrue(lines.get(0).endsWith("bad.c:2:14: error: expected expression"), output.getText());
        assertEquals("  int b = a +;", lines.get(1));
        assertEquals(13, lines.get(2).indexOf('^'));
        assertEquals(2, (int) fx(() -> view.irView().caretLine()), "the C line is marked below");
        String status = fx(() -> controller.model().statusProperty().get());
        assertTrue(!status.contains("\n") && status.endsWith("bad.c:2:14: error: expected expression"), status);
    }

    private static javafx.scene.Node tab(FxRobot robot, String title) {
        return robot.lookup(".tab-label").match(LabeledMatchers.hasText(title)).query();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits for a condition evaluated on the FX thread (no fixed sleeps). */
    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
    }
}
