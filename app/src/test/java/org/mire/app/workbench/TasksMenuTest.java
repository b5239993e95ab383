package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Tasks menu opens the Train panel, and the Predict panel with the open files listed. */
@ExtendWith(ApplicationExtension.class)
class TasksMenuTest {
    private WorkbenchController controller;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor(1);
        Path config = Files.createTempDirectory("mire-tasks-menu").resolve("workbench.json");
        System.setProperty("mire.config.dir", config.getParent().toString()); // keep tasks.json out of ~/.config
        controller = new WorkbenchController(new WorkbenchModel(), executor, DocumentLoader.IR_LOADER,
                new SettingsStore(config), Samples.find());
        Workbench workbench = new Workbench(stage, controller, executor);
        stage.setWidth(1000);
        stage.setHeight(760);
        workbench.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && !s.getTitle().startsWith("MIRE")).forEach(Window::hide));
        executor.close();
    }

    @Test
    void trainAndPredictOpenFromTheTasksMenu(FxRobot robot) throws Exception {
        Path file = Samples.find().files().stream().filter(p -> p.endsWith(Path.of("ll", "fft.O1.ll"))).findFirst()
                .orElseThrow();
        robot.interact(() -> controller.open(file));
        robot.clickOn("Tasks").clickOn("Train a Head…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#train-dataset").tryQuery().isPresent());
        assertTrue(robot.lookup("#train-start").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#train-start").query().getScene().getWindow().hide());

        robot.clickOn("Tasks").clickOn("Predict with a Head…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#predict-files").tryQuery().isPresent());
        javafx.scene.control.TableView<?> files = robot.lookup("#predict-files")
                .queryAs(javafx.scene.control.TableView.class);
        assertEquals(List.of(file.toAbsolutePath().normalize()), files.getItems().stream()
                .map(i -> ((org.mire.app.predict.PredictModel.Input) i).file()).toList());
    }
}
