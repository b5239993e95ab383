package org.mire.app.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mire.app.RenderedText;
import org.mire.app.background.FxTaskExecutor;
import org.mire.encoder.FineTuneOptions;
import org.mire.task.TrainingJob;
import org.mire.workspace.TrainingRun;
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
    private TrainController controller;
    private Stage stage;

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
        this.stage = stage;
        // the window's theme, whose fonts are larger than JavaFX's own (a column fitted to Modena's clipped there)
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        model = new TrainModel();
        controller = new TrainController(model, new FxTaskExecutor(1));
        view = new TrainView(controller);
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
        // the mean over the folds, one line whatever the number of folds
        assertEquals(List.of("train, mean of 3 folds"), view.curveChart().seriesNames());
        assertEquals(15, view.curveChart().size("train, mean of 3 folds"));
        robot.clickOn("#train-curve-fold").clickOn("fold 1");
        assertEquals(List.of("fold 1 train"), view.curveChart().seriesNames());
        assertEquals(2, view.confusionView().matrix().length);
        assertTrue(robot.lookup("#train-confusion").query().isVisible());
        assertFalse(robot.lookup("#train-speedup").query().isVisible(), "a CSV task has no speedup chart");
        assertEquals(1, model.runs().size());
        assertTrue(model.summaryProperty().get().contains("accuracy:"), model.summaryProperty().get());
        assertTrue(robot.lookup("#train-status").queryAs(Label.class).getText().startsWith("Done"));
        assertFalse(robot.lookup("#train-save").query().isDisabled());

        // the final head of a frozen run, through the call that serves fine-tuned runs too (saveFinal)
        Path head = dir.resolve("saved-head");
        robot.interact(() -> controller.saveHead(head));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.statusProperty().get().startsWith("Saved mlp"), model.statusProperty().get());
        assertTrue(Files.isRegularFile(head.resolve("head.json")));
        assertEquals(head, model.runs().getLast().headFolder());
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

    /** Every field label and button of the panel is drawn whole (they were all drawn as "…"), wide or narrow. */
    @Test
    void labelsAndButtonsAreDrawnWhole(FxRobot robot) {
        for (double width : new double[] {1000, 820}) {
            robot.interact(() -> stage.setWidth(width));
            settle(robot);
            List<Labeled> shown = robot.lookup((Labeled l) -> l instanceof Label || l instanceof Button
                            || l instanceof CheckBox)
                    .queryAllAs(Labeled.class).stream().filter(l -> shown(l) && !l.isWrapText()
                            && l.getText() != null && !l.getText().isEmpty() && l.getScene() != null
                            && l.getParent() != null && !(l.getParent() instanceof javafx.scene.control.TableCell))
                    .toList();
            assertTrue(shown.size() >= 12, shown.size() + " labels");
            assertTrue(shown.contains(robot.lookup("#train-fine-tune").queryAs(CheckBox.class)));
            for (Labeled labeled : shown) {
                RenderedText.assertWhole(labeled);
            }
        }
    }

    /** Lays the window out until it is settled (a layout may widen columns, which the next one applies). */
    private void settle(FxRobot robot) {
        for (int pass = 0; pass < 3; pass++) {
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
        }
    }

    /** Whether the node and all its ancestors are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ten folds gave twenty loss lines with repeating colours and a legend larger than the plot: the chart shows the
     * mean over the folds (two lines) or one chosen fold.
     */
    @Test
    void tenFoldsGiveTwoReadableLossLines(FxRobot robot) {
        List<TrainingRun.CurvePoint> curve = new ArrayList<>();
        for (int fold = 0; fold < 10; fold++) {
            for (int epoch = 1; epoch <= 30 - fold; epoch++) {
                curve.add(new TrainingRun.CurvePoint("fold " + fold + " train", epoch, 1.0 / epoch + fold * 0.01));
                curve.add(new TrainingRun.CurvePoint("fold " + fold + " validation", epoch, 1.2 / epoch));
            }
        }
        TrainingRun run = new TrainingRun("DevMap amd · mlp", "2026-12-07T10:00:00Z", "Done: 10 folds.",
                null, curve, List.of(new TrainingRun.Fold(0, 612, 68, "mlp", "80.0%", "3.0")), null, List.of(),
                "accuracy", null);
        robot.interact(() -> controller.restore(List.of(run)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("train, mean of 10 folds", "validation, mean of 10 folds"),
                view.curveChart().seriesNames());
        assertEquals(30, view.curveChart().size("train, mean of 10 folds"), "epochs of the longest fold");
        javafx.scene.Node legend = view.curveChart().lookup(".chart-legend");
        javafx.scene.Node plot = view.curveChart().lookup(".chart-plot-background");
        assertEquals(2, legend.lookupAll(".chart-legend-item").size());
        assertTrue(legend.getBoundsInLocal().getHeight() < plot.getBoundsInLocal().getHeight() / 3,
                "legend " + legend.getBoundsInLocal() + " vs plot " + plot.getBoundsInLocal());
        assertFalse(robot.lookup("#train-confusion").query().isVisible());
        assertFalse(robot.lookup("#train-speedup").query().isVisible());
    }

    /** Finished runs stay (in the workspace) and any of them can be shown again; a head is saved from the last one. */
    @Test
    void earlierRunsCanBeShownAgain(FxRobot robot) {
        TrainingRun first = new TrainingRun("first run", "2026-12-07T09:00:00Z", "Done: 1 folds.", null, List.of(),
                List.of(new TrainingRun.Fold(0, 10, 5, "rf", "60.0%", "0.1")), null,
                List.of(new TrainingRun.Bar("Grewe et al.", 2.9, false), new TrainingRun.Bar("ours", 3.0, true)),
                "first", dir);
        TrainingRun second = new TrainingRun("second run", "2026-12-07T10:00:00Z", "Done: 2 folds.", null,
                List.of(), List.of(new TrainingRun.Fold(0, 10, 5, "gbt", "70.0%", "0.1"),
                new TrainingRun.Fold(1, 10, 5, "gbt", "72.0%", "0.1")), null, List.of(), "second", null);
        robot.interact(() -> controller.restore(List.of(first, second)));
        TableView<?> folds = robot.lookup("#train-folds").queryAs(TableView.class);
        assertEquals(2, folds.getItems().size());
        assertTrue(robot.lookup("#train-save").query().isDisabled(), "no data in memory for a restored run");
        robot.clickOn("#train-runs").clickOn((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().endsWith("first run"));
        assertEquals(1, folds.getItems().size());
        assertEquals("first", model.summaryProperty().get());
        assertTrue(robot.lookup("#train-speedup").query().isVisible(), "this run has speedup bars");
        assertEquals("Head saved in " + dir, robot.lookup("#train-saved-head").queryAs(Label.class).getText());
    }

    /**
     * A workspace restores its runs before the Train panel is first opened: the panel then drew the folds and the
     * summary but left the confusion matrix, the speedup bars and the loss curves empty. A run without a curve (an rf
     * head) says so instead of showing empty axes.
     */
    @Test
    void aRunRestoredBeforeThePanelIsBuiltIsDrawnWhole(FxRobot robot) throws Exception {
        TrainingRun run = new TrainingRun("restored run", "2026-12-07T09:00:00Z", "Done: 1 folds.", null,
                List.of(new TrainingRun.CurvePoint("fold 0 train", 1, 0.9),
                        new TrainingRun.CurvePoint("fold 0 train", 2, 0.5)),
                List.of(new TrainingRun.Fold(0, 10, 5, "mlp", "60.0%", "0.1")),
                new TrainingRun.Confusion(List.of("CPU", "GPU"), new int[][] {{3, 1}, {0, 6}}),
                List.of(new TrainingRun.Bar("Grewe et al.", 2.9, false), new TrainingRun.Bar("ours", 3.0, true)),
                "restored", null);
        TrainModel restoredModel = new TrainModel();
        TrainController restored = new TrainController(restoredModel, new FxTaskExecutor(1));
        TrainView later = WaitForAsyncUtils.asyncFx(() -> {
            restored.restore(List.of(run));
            TrainView built = new TrainView(restored);
            stage.setScene(new Scene(built, 1000, 700));
            return built;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new int[][] {{3, 1}, {0, 6}}, later.confusionView().matrix());
        assertEquals(List.of("Grewe et al.", "ours"), later.barChart().categories());
        assertEquals(2, later.curveChart().size(later.curveChart().seriesNames().getFirst()));
        assertTrue(later.curveChart().isVisible());
        assertFalse(robot.lookup("#train-no-curve").query().isVisible());

        TrainingRun rf = new TrainingRun("rf run", "2026-12-07T10:00:00Z", "Done: 1 folds.", null, List.of(),
                List.of(new TrainingRun.Fold(0, 10, 5, "rf", "70.0%", "0.1")), null, List.of(), "rf", null);
        robot.interact(() -> restored.restore(List.of(rf)));
        assertFalse(later.curveChart().isVisible(), "no empty axes");
        assertTrue(robot.lookup("#train-no-curve").query().isVisible());
        assertFalse(RenderedText.shown(robot.lookup("#train-no-curve").queryAs(Label.class)).contains("…"));
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

    /**
     * Ticking "Fine-tune the encoder" puts the default recipe in the request and disables the head, which is not
     * used then; hovering the disabled head says why.
     */
    @Test
    void fineTuningIsAskedForAndDisablesTheHead(FxRobot robot) throws Exception {
        chooseCsvTask(robot, "auto");
        ComboBox<?> heads = robot.lookup("#train-heads").queryAs(ComboBox.class);
        assertFalse(heads.isDisabled());
        assertNull(TrainInteractor.request(model).fineTune());
        assertFalse(TrainInteractor.describe(model).fineTune());

        robot.clickOn("#train-fine-tune");
        assertTrue(model.fineTuneProperty().get());
        assertTrue(heads.isDisabled());
        TrainingJob.Request request = TrainInteractor.request(model);
        assertEquals(FineTuneOptions.defaults(), request.fineTune());
        assertEquals("none", request.embedding());
        assertTrue(TrainInteractor.describe(model).fineTune());

        robot.moveTo("#train-heads-box");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip(robot).startsWith("Not used when"));

        robot.clickOn("#train-fine-tune");
        assertFalse(heads.isDisabled());
        assertNull(TrainInteractor.request(model).fineTune());
    }

    /** The text of the tooltip on screen, or "". */
    private static String shownTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse("");
    }

    /** Fine-tuning a method other than the learned encoder fails with the service's message in the status line. */
    @Test
    void fineTuningANonEncoderEmbeddingSaysWhyInTheStatusLine(FxRobot robot) throws Exception {
        chooseCsvTask(robot, "auto");
        robot.interact(() -> model.embeddingProperty().set("opcode-histogram"));
        robot.clickOn("#train-fine-tune");
        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("fine-tuning needs the learned encoder (mirencoder or mirencoder:DIR), not 'opcode-histogram'",
                robot.lookup("#train-status").queryAs(Label.class).getText());
        assertTrue(model.runs().isEmpty(), "a run that never started is not kept");
    }

    /** A restored run puts its choices back in the form, fine-tuning included. */
    @Test
    void aRestoredRunBringsItsFineTuneChoiceBack(FxRobot robot) {
        TrainingRun tuned = new TrainingRun("DevMap amd (aux) · mirencoder fine-tuned", "2026-12-07T09:00:00Z",
                "Done: 10 folds.", new TrainingRun.Request("DEVMAP_AMD", null, null, "", "mirencoder", "auto",
                "grouped", 7, true), List.of(), List.of(new TrainingRun.Fold(0, 612, 68, "fine-tuned", "80.0%",
                "400")), null, List.of(), "accuracy", null);
        robot.interact(() -> controller.restore(List.of(tuned)));
        assertTrue(model.fineTuneProperty().get());
        assertTrue(robot.lookup("#train-fine-tune").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#train-heads").query().isDisabled());
        assertEquals("mirencoder", model.embeddingProperty().get());
        assertEquals("grouped", model.protocolProperty().get());
        assertEquals(7, model.seedProperty().get());

        TrainingRun frozen = new TrainingRun("a.csv · opcode-histogram · rf", "2026-12-07T10:00:00Z",
                "Done: 3 folds.", new TrainingRun.Request("CSV", null, csv, "", "opcode-histogram", "rf",
                "stratified:3", 1, false), List.of(), List.of(), null, List.of(), "accuracy", null);
        robot.interact(() -> controller.restore(List.of(tuned, frozen)));
        assertFalse(model.fineTuneProperty().get());
        assertFalse(robot.lookup("#train-heads").query().isDisabled());
    }
}
