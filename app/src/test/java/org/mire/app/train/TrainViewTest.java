package org.mire.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mire.app.background.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainViewTest {
    @TempDir
    static Path dir;
    private static Path csv;
    private TrainModel model;
    private TrainView view;

    /** A features-only CSV task: label = [x > 5] over 48 placeholder files. */
    @BeforeAll
    static void writeTask() throws Exception {
        StringBuilder text = new StringBuilder("file,label,x\n");
        for (int i = 0; i < 48; i++) {
            Files.writeString(dir.resolve("f" + i + ".ll"), "; " + i + "\n");
            text.append("f").append(i).append(".ll,").append(i % 10 > 5 ? "big" : "small").append(',')
                    .append(i % 10).append('\n');
        }
        csv = dir.resolve("task.csv");
        Files.writeString(csv, text.toString());
    }

    @Start
    void start(Stage stage) {
        model = new TrainModel();
        view = new TrainView(new TrainController(model, new FxTaskExecutor(1)));
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    private void chooseCsvTask(FxRobot robot, String heads) {
        robot.interact(() -> {
            model.datasetProperty().set(TrainModel.DatasetChoice.CSV);
            model.csvFileProperty().set(csv);
            model.embeddingProperty().set("none");
            model.headsProperty().set(heads);
            model.protocolProperty().set("stratified:3");
            model.seedProperty().set(1);
        });
    }

    @Test
    void trainingShowsCurvesFoldsConfusionAndSummary(FxRobot robot) throws Exception {
        chooseCsvTask(robot, "mlp:epochs=15,patience=0,width=8");
        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.resultProperty().get() != null
                || model.statusProperty().get().startsWith("Training failed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.resultProperty().get() != null, model.statusProperty().get());
        TableView<?> folds = robot.lookup("#train-folds").queryAs(TableView.class);
        assertEquals(3, folds.getItems().size());
        assertEquals("mlp:epochs=15,patience=0,width=8", folds.getColumns().get(3).getCellData(0));
        assertEquals(3, view.curveChart().seriesNames().size(), view.curveChart().seriesNames().toString());
        assertEquals(15, view.curveChart().size("fold 0 train"));
        assertEquals(2, view.confusionView().matrix().length);
        assertTrue(model.summaryProperty().get().contains("accuracy:"), model.summaryProperty().get());
        assertTrue(robot.lookup("#train-status").queryAs(Label.class).getText().startsWith("Done"));
        assertFalse(robot.lookup("#train-save").query().isDisabled());
    }

    @Test
    void cancelStopsARunningTraining(FxRobot robot) throws Exception {
        chooseCsvTask(robot, "mlp:epochs=100000,patience=0,width=8");
        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.curve().isEmpty());
        robot.clickOn("#train-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cancelled.", model.statusProperty().get());
        assertTrue(model.resultProperty().get() == null);
    }

    @Test
    void aMissingCsvIsReportedInTheStatusLine(FxRobot robot) {
        robot.interact(() -> {
            model.datasetProperty().set(TrainModel.DatasetChoice.CSV);
            model.csvFileProperty().set(null);
        });
        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("choose a CSV file first", model.statusProperty().get());
    }
}
