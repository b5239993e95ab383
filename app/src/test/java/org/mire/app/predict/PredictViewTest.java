package org.mire.app.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mire.app.RenderedText;
import org.mire.app.background.DirectTaskExecutor;
import org.mire.app.background.FxTaskExecutor;
import org.mire.embed.baseline.OpcodeHistogram;
import org.mire.progress.ProgressMonitor;
import org.mire.task.InputMatrix;
import org.mire.task.SavedHead;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;
import org.mire.task.head.FitContext;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;
import org.mire.workspace.PredictState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PredictViewTest {
    @TempDir
    static Path dir;
    private static Path head;
    private static Path headWithSize;
    private static List<Path> o0;
    private static Path broken;
    private PredictModel model;
    private PredictController controller;
    private Stage stage;

    static Path sample(String name) {
        return Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll").resolve(name)
                .toAbsolutePath().normalize();
    }

    /**
     * Heads that tell -O0 IR from -O2 IR of the sample programs by their opcode histograms: one on the histogram
     * alone, one that also needs a feature per file ("size"), as DevMap's heads need transfer and wgsize.
     */
    @BeforeAll
    static void trainHeads() throws Exception {
        List<String> programs = List.of("fft", "dijkstra", "bfs", "crc32", "histogram", "jacobi", "kmeans",
                "game_of_life", "conv2d", "cholesky");
        List<Path> files = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int[] labels = new int[programs.size() * 2];
        double[][] sizes = new double[programs.size() * 2][1];
        o0 = new ArrayList<>();
        for (String program : programs) {
            for (String level : List.of("O0", "O2")) {
                Path file = sample(program + "." + level + ".ll");
                sizes[files.size()][0] = files.size() % 7;
                labels[files.size()] = level.equals("O0") ? 0 : 1;
                files.add(file);
                ids.add(file.getFileName().toString());
                if (level.equals("O0")) {
                    o0.add(file);
                }
            }
        }
        OpcodeHistogram method = new OpcodeHistogram();
        TaskData data = new TaskData("optlevel", TaskKind.CLASSIFICATION, ids, files, ids, List.of(),
                new double[files.size()][0], List.of("O0", "O2"), labels, null);
        double[][] inputs = InputMatrix.build(data, method, ProgressMonitor.NONE);
        head = dir.resolve("optlevel-head");
        SavedHead.of(data, method, TrainedHead.fitClassifier(HeadSpec.parse("rf:trees=50"), inputs, labels, 2,
                FitContext.DEFAULT), Map.of("accuracy", 1.0)).save(head);

        TaskData withSize = new TaskData("optlevel-with-size", TaskKind.CLASSIFICATION, ids, files, ids,
                List.of("size"), sizes, List.of("O0", "O2"), labels, null);
        double[][] sized = InputMatrix.build(withSize, method, ProgressMonitor.NONE);
        headWithSize = dir.resolve("sized-head");
        SavedHead.of(withSize, method, TrainedHead.fitClassifier(HeadSpec.parse("rf:trees=50"), sized, labels, 2,
                FitContext.DEFAULT), Map.of("accuracy", 1.0, "macroF1", 1.0)).save(headWithSize);
        broken = Files.writeString(dir.resolve("broken.ll"), "define i32 @f( {\n  this is not IR\n}\n");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the window's theme, whose fonts are larger than JavaFX's own (a column fitted to Modena's clipped there)
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        model = new PredictModel();
        controller = new PredictController(model, new FxTaskExecutor(1));
        controller.loadHead(head);
        stage.setScene(new Scene(new PredictView(controller, () -> o0.subList(0, 2)), 900, 700));
        stage.show();
    }

    private void waitForHead(Path folder) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> folder.equals(model.headFolderProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void predict(FxRobot robot) throws Exception {
        robot.clickOn("#predict-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && model.statusProperty().get().startsWith("Predicted")
                || model.statusProperty().get().contains("failed:"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void predictsTheOpenFilesWithProbabilities(FxRobot robot) throws Exception {
        waitForHead(head);
        robot.clickOn("#predict-add-open");
        robot.interact(() -> controller.addFiles(o0.subList(2, 3)));
        assertTrue(model.headDescriptionProperty().get().contains("opcode-histogram"),
                model.headDescriptionProperty().get());
        predict(robot);
        TableView<?> table = robot.lookup("#predict-table").queryAs(TableView.class);
        assertEquals(3, table.getItems().size(), model.statusProperty().get());
        for (PredictState.Row prediction : model.predictions()) {
            assertEquals("O0", prediction.prediction(), prediction.file().toString());
            assertTrue(prediction.probability() > 0.5);
        }
        assertEquals("O0", table.getColumns().get(1).getCellData(0));
    }

    /** One file that does not parse used to abort every prediction; now it gets its error and the others a label. */
    @Test
    void oneUnparsableFileDoesNotStopTheOthers(FxRobot robot) throws Exception {
        waitForHead(head);
        robot.interact(() -> controller.addFiles(List.of(o0.get(0), broken, o0.get(1))));
        predict(robot);
        assertEquals(3, model.predictions().size(), model.statusProperty().get());
        assertEquals("O0", model.predictions().get(0).prediction());
        assertNull(model.predictions().get(0).error());
        assertTrue(model.predictions().get(1).error().startsWith("broken.ll:2:3: "),
                model.predictions().get(1).error());
        assertEquals("O0", model.predictions().get(2).prediction());
        assertTrue(model.statusProperty().get().startsWith("Predicted 2 of 3 file(s); 1 failed"),
                model.statusProperty().get());
        String error = model.predictions().get(1).error();
        assertTrue(robot.lookup("#predict-table").lookup((TableCell<?, ?> cell) -> error.equals(cell.getText()))
                .tryQuery().isPresent(), "the table shows the error");
    }

    /** Files could only be cleared all at once; now one is removed with its button or the Delete key. */
    @Test
    void removesSingleFiles(FxRobot robot) throws Exception {
        robot.interact(() -> controller.addFiles(o0.subList(0, 4)));
        TableView<?> inputs = robot.lookup("#predict-files").queryAs(TableView.class);
        assertTrue(robot.lookup("#predict-remove").queryAs(Button.class).isDisabled());
        robot.interact(() -> inputs.scrollTo(1));
        robot.clickOn(robot.from(inputs).lookup((TableCell<?, ?> c) -> o0.get(1).toString().equals(c.getText()))
                .queryAs(TableCell.class));
        robot.clickOn("#predict-remove");
        assertEquals(List.of(o0.get(0), o0.get(2), o0.get(3)), model.inputs().stream()
                .map(PredictModel.Input::file).toList());
        robot.interact(() -> inputs.scrollTo(2));
        robot.clickOn(robot.from(inputs).lookup((TableCell<?, ?> c) -> o0.get(3).toString().equals(c.getText()))
                .queryAs(TableCell.class));
        robot.type(KeyCode.DELETE);
        assertEquals(List.of(o0.get(0), o0.get(2)), model.inputs().stream().map(PredictModel.Input::file).toList());
    }

    /**
     * A head that needs an extra feature per file (as DevMap's needs transfer and wgsize) was usable from the command
     * line only; now the table has a column for it, typed in, or read from a CSV.
     */
    @Test
    void aHeadThatNeedsFeaturesTakesThemPerFile(FxRobot robot) throws Exception {
        robot.interact(() -> controller.loadHead(headWithSize));
        waitForHead(headWithSize);
        robot.interact(() -> controller.addFiles(o0.subList(0, 2)));
        TableView<?> inputs = robot.lookup("#predict-files").queryAs(TableView.class);
        assertEquals(List.of("file", "size"), inputs.getColumns().stream().map(c -> c.getText()).toList());

        predict(robot);
        assertTrue(model.predictions().get(0).error().endsWith("this head also needs size"),
                model.predictions().get(0).error());

        // type the first file's size into its cell, as a user would
        TableCell<?, ?> cell = robot.from(inputs).lookup(".table-row-cell").nth(0).lookup(".table-cell").nth(1)
                .queryAs(TableCell.class);
        robot.doubleClickOn(cell).write("4").type(KeyCode.ENTER);
        assertEquals(4.0, model.inputs().get(0).features()[0]);
        Path csv = Files.writeString(dir.resolve("sizes.csv"), "file,size\n" + o0.get(1) + ",2\n");
        robot.interact(() -> controller.addFromCsv(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.inputs().get(1).features()[0] == 2.0);
        assertEquals(2, model.inputs().size(), "the CSV's file was listed already");

        predict(robot);
        assertEquals(2, model.predictions().size());
        for (PredictState.Row row : model.predictions()) {
            assertNull(row.error(), row.error());
            assertNotNull(row.prediction());
        }
    }

    /** After loading a head with a long description the "Load head…" button shrank to "…". */
    @Test
    void loadHeadButtonKeepsItsTextBesideALongDescription(FxRobot robot) throws Exception {
        robot.interact(() -> controller.loadHead(headWithSize));
        waitForHead(headWithSize);
        robot.interact(() -> stage.setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.headDescriptionProperty().get().length() > 80, model.headDescriptionProperty().get());
        for (String id : List.of("#predict-load", "#predict-add", "#predict-add-open", "#predict-csv",
                "#predict-remove", "#predict-clear", "#predict-run")) {
            RenderedText.assertWhole(robot.lookup(id).queryAs(Button.class));
        }
    }

    @Test
    void refusesAHeadTrainedOnAnotherEmbeddingModel(FxRobot robot) throws Exception {
        Path other = dir.resolve("other-head");
        Files.createDirectories(other);
        Files.copy(head.resolve("model.bin"), other.resolve("model.bin"));
        Files.writeString(other.resolve("head.json"), Files.readString(head.resolve("head.json"))
                .replace("opcode-histogram/v1", "opcode-histogram/v0"));
        waitForHead(head);
        robot.interact(() -> {
            PredictController direct = new PredictController(model, new DirectTaskExecutor());
            direct.loadHead(other);
            direct.addFiles(o0.subList(0, 1));
        });
        robot.clickOn("#predict-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().contains("trained on"));
        assertTrue(model.predictions().isEmpty());
        assertFalse(model.runningProperty().get());
    }
}
