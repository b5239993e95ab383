package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.settings.SettingsStore;
import org.mire.tools.ExternalTool;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A C file opens with its source above its IR, lines linked both ways, and an -O level to compile it at. */
@ExtendWith(ApplicationExtension.class)
class SourceBesideIrTest {
    private Workbench workbench;
    private WorkbenchController controller;
    private FxTaskExecutor executor;

    @BeforeAll
    static void clang() {
        Assumptions.assumeTrue(ExternalTool.CLANG.isAvailable(), "clang is not installed");
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor(2);
        Path config = Files.createTempDirectory("mire-source-test").resolve("workbench.json");
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

    @Test
    void sourceAndIrLinesMarkEachOtherAndTheOptLevelRecompiles(FxRobot robot) throws Exception {
        Path file = Samples.find().files().stream().filter(p -> p.endsWith(Path.of("c", "kmeans.c"))).findFirst()
                .orElseThrow();
        List<String> source = Files.readAllLines(file);
        int returnLine = source.indexOf("    return dx * dx + dy * dy;") + 1;
        robot.interact(() -> controller.open(file));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        DocumentView view = fx(() -> workbench.viewOf(document));
        assertEquals(Files.readString(file), fx(() -> view.sourceView().getText()));
        assertTrue(fx(() -> view.sourceView().isVisible() && view.sourceView().getScene() != null));
        assertEquals("O1", fx(() -> view.optLevelChooser().getValue()));

        // The caret on a source line marks the IR it became, and the graph nodes of that IR.
        robot.clickOn(view.sourceView().codeArea());
        robot.interact(() -> view.sourceView().codeArea().moveTo(returnLine - 1, 6));
        until(() -> !view.irView().markedLines().isEmpty());
        List<Integer> irLines = fx(() -> view.irView().markedLines());
        List<String> ir = fx(() -> view.irView().getText()).lines().toList();
        for (int line : irLines) {
            assertTrue(ir.get(line - 1).contains("!dbg"), ir.get(line - 1));
        }
        assertTrue(irLines.stream().anyMatch(l -> ir.get(l - 1).contains("fmul") || ir.get(l - 1).contains("fmuladd")),
                "dx * dx is a multiplication: " + irLines);
        assertTrue(fx(() -> document.explorer().linkedNodesProperty().get().length) > 0);
        assertEquals(List.of(returnLine), fx(() -> view.sourceView().markedLines()));

        // The caret on one of those IR lines marks the source line back.
        int irLine = irLines.getFirst();
        robot.interact(() -> view.irView().codeArea().moveTo(irLine - 1, 4));
        until(() -> view.sourceView().markedLines().contains(returnLine));

        // Another -O level compiles again: at -O0 nothing is inlined, so dist2 is a function of its own.
        assertFalse(fx(() -> document.explorer().graphProperty().get().definedFunctions()).contains("@dist2"));
        robot.clickOn(view.optLevelChooser());
        robot.clickOn("O0");
        until(() -> document.state() == DocumentModel.State.READY && "O0".equals(
                document.optLevelProperty().get()) && document.explorer().graphProperty().get() != null
                && document.explorer().graphProperty().get().definedFunctions().contains("@dist2"));
        assertTrue(fx(() -> view.irView().getText()).contains("optnone"));
        assertTrue(fx(() -> !document.sourceLines().isEmpty()));
    }

    @Test
    void anOpenClKernelShowsItsSourceAndItsLinesMarkTheIr(FxRobot robot) throws Exception {
        Path file = Samples.find().files().stream().filter(p -> p.endsWith(Path.of("opencl", "saxpy_vec4.cl")))
                .findFirst().orElseThrow();
        List<String> source = Files.readAllLines(file);
        int storeLine = source.indexOf("    vstore4(fma((float4)(a), xv, yv), i, y);") + 1;
        robot.interact(() -> controller.open(file));
        DocumentModel document = fx(() -> controller.model().active());
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        DocumentView view = fx(() -> workbench.viewOf(document));
        assertEquals(Files.readString(file), fx(() -> view.sourceView().getText()));
        assertTrue(fx(() -> view.sourceView().isVisible() && view.optLevelChooser().isVisible()));

        // The store line of the kernel marks IR with a source line of its own (not of OpenCL's built-in header).
        robot.clickOn(view.sourceView().codeArea());
        robot.interact(() -> view.sourceView().codeArea().moveTo(storeLine - 1, 6));
        until(() -> !view.irView().markedLines().isEmpty());
        List<String> ir = fx(() -> view.irView().getText()).lines().toList();
        List<Integer> irLines = fx(() -> view.irView().markedLines());
        assertTrue(irLines.stream().anyMatch(l -> ir.get(l - 1).contains("store")), "the vstore4 is a store: "
                + irLines.stream().map(l -> ir.get(l - 1)).toList());
        assertEquals(List.of(storeLine), fx(() -> view.sourceView().markedLines()));

        // And back: an IR line of the kernel marks its source line.
        int irLine = irLines.getFirst();
        robot.interact(() -> view.irView().codeArea().moveTo(irLine - 1, 4));
        until(() -> view.sourceView().markedLines().contains(storeLine));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
    }
}
