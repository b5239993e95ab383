package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome page and Help → Getting Started show every part of the product, and their links open them. */
@ExtendWith(ApplicationExtension.class)
class GettingStartedTest {
    private WorkbenchController controller;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("mire-getting-started");
        System.setProperty("mire.config.dir", temp.toString());
        System.setProperty("mire.workspace", temp.resolve("workspace").toString());
        executor = new FxTaskExecutor(2);
        controller = new WorkbenchController(new WorkbenchModel(), executor, DocumentLoader.IR_LOADER,
                new SettingsStore(temp.resolve("workbench.json")), Samples.find());
        Workbench workbench = new Workbench(stage, controller, executor);
        stage.setWidth(1200);
        stage.setHeight(860);
        workbench.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && !s.getTitle().startsWith("MIRE")).forEach(Window::hide));
        System.clearProperty("mire.workspace");
        executor.close();
    }

    @Test
    void theWelcomePageLinksToGraphsTheExplorerTrainingPredictionAndTheCommandLine(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#welcome-page").tryQuery().isPresent());
        for (String id : List.of("#welcome-open-file", "#welcome-sample-ll", "#welcome-sample-mlir",
                "#welcome-sample-c", "#welcome-explorer", "#welcome-train", "#welcome-predict",
                "#welcome-copy-commands")) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id);
        }
        String commands = robot.lookup("#welcome-commands").queryAs(Label.class).getText();
        for (String command : List.of("mire graph", "mire encode", "mire project", "mire train", "mire predict")) {
            assertTrue(commands.contains(command), command);
        }

        robot.clickOn("#welcome-train");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#train-dataset").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#train-dataset").query().getScene().getWindow().hide());

        robot.clickOn("#welcome-predict");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#predict-files").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#predict-files").query().getScene().getWindow().hide());

        robot.clickOn("#welcome-explorer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#embedding-explorer-tab").tryQuery().isPresent()
                        || robot.lookup(".tab").queryAll().stream().anyMatch(n -> n.getId() != null
                        && n.getId().equals("embedding-explorer-tab")));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("embedding-explorer-tab", fx(() -> tabs.getSelectionModel().getSelectedItem().getId()));
        // Close it as its tab's close button does, so that it stops its work before this test's executor does.
        robot.interact(() -> {
            javafx.scene.control.Tab tab = tabs.getSelectionModel().getSelectedItem();
            tabs.getTabs().remove(tab);
            tab.getOnClosed().handle(new javafx.event.Event(javafx.scene.control.Tab.CLOSED_EVENT));
        });
    }

    @Test
    void gettingStartedOpensBesideDocumentsAndItsSampleLinksOpenFiles(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample-mlir");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> controller.model().active() != null
                && controller.model().active().state() == DocumentModel.State.READY
                && !controller.model().active().explorer().busyProperty().get()));
        assertTrue(fx(() -> controller.model().active().path().endsWith(Path.of("mlir", "affine_matmul.mlir"))));
        // The link promises the loop nest's CFG: it opens on that view.
        assertEquals(org.mire.app.graphexplorer.GraphExplorerModel.ViewMode.CONTROL_FLOW,
                fx(() -> controller.model().active().explorer().viewModeProperty().get()));
        assertEquals(8, (int) fx(() -> controller.model().active().explorer().controlFlowProperty().get().blocks().size()));

        robot.clickOn("Help").clickOn("Getting Started");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#getting-started-page").tryQuery()
                .isPresent());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("getting-started-tab", fx(() -> tabs.getSelectionModel().getSelectedItem().getId()));
        assertEquals(2, (int) fx(() -> tabs.getTabs().size()));
        robot.clickOn("#welcome-sample-c");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> controller.model().documents().size() == 2
                && controller.model().active().path().endsWith(Path.of("c", "kmeans.c"))
                && controller.model().active().state() != DocumentModel.State.LOADING
                && !controller.model().active().explorer().busyProperty().get()));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
