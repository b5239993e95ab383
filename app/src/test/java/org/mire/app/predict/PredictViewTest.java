package org.mire.app.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PredictViewTest {
    @TempDir
    static Path dir;
    private static Path head;
    private static List<Path> o0;
    private PredictModel model;

    static Path sample(String name) {
        return Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll").resolve(name);
    }

    /** A head that tells -O0 IR from -O2 IR of the sample programs by their opcode histograms. */
    @BeforeAll
    static void trainHead() throws Exception {
        List<String> programs = List.of("fft", "dijkstra", "bfs", "crc32", "histogram", "jacobi", "kmeans",
                "game_of_life", "conv2d", "cholesky");
        List<Path> files = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int[] labels = new int[programs.size() * 2];
        o0 = new ArrayList<>();
        for (String program : programs) {
            for (String level : List.of("O0", "O2")) {
                Path file = sample(program + "." + level + ".ll");
                labels[files.size()] = level.equals("O0") ? 0 : 1;
                files.add(file);
                ids.add(file.getFileName().toString());
                if (level.equals("O0")) {
                    o0.add(file);
                }
            }
        }
        TaskData data = new TaskData("optlevel", TaskKind.CLASSIFICATION, ids, files, ids, List.of(),
                new double[files.size()][0], List.of("O0", "O2"), labels, null);
        OpcodeHistogram method = new OpcodeHistogram();
        double[][] inputs = InputMatrix.build(data, method, ProgressMonitor.NONE);
        TrainedHead trained = TrainedHead.fitClassifier(HeadSpec.parse("rf:trees=50"), inputs, labels, 2,
                FitContext.DEFAULT);
        head = dir.resolve("optlevel-head");
        SavedHead.of(data, method, trained, Map.of("accuracy", 1.0)).save(head);
    }

    @Start
    void start(Stage stage) {
        model = new PredictModel();
        PredictController controller = new PredictController(model, new FxTaskExecutor(1));
        controller.loadHead(head);
        stage.setScene(new Scene(new PredictView(controller), 900, 600));
        stage.show();
    }

    @Test
    void predictsTheOpenFilesWithProbabilities(FxRobot robot) throws Exception {
        robot.interact(() -> model.files().setAll(o0.subList(0, 3)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.headProperty().get() != null); // loads in the background
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.headDescriptionProperty().get().contains("opcode-histogram"),
                model.headDescriptionProperty().get());
        robot.clickOn("#predict-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.predictions().isEmpty()
                || model.statusProperty().get().contains("failed"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#predict-table").queryAs(TableView.class);
        assertEquals(3, table.getItems().size(), model.statusProperty().get());
        for (PredictModel.Prediction prediction : model.predictions()) {
            assertEquals("O0", prediction.prediction(), prediction.file());
            assertTrue(prediction.probability() > 0.5);
        }
        assertEquals("O0", table.getColumns().get(1).getCellData(0));
    }

    @Test
    void refusesAHeadTrainedOnAnotherEmbeddingModel(FxRobot robot) throws Exception {
        Path other = dir.resolve("other-head");
        Files.createDirectories(other);
        Files.copy(head.resolve("model.bin"), other.resolve("model.bin"));
        Files.writeString(other.resolve("head.json"), Files.readString(head.resolve("head.json"))
                .replace("opcode-histogram/v1", "opcode-histogram/v0"));
        robot.interact(() -> {
            new PredictController(model, new DirectTaskExecutor()).loadHead(other);
            model.files().setAll(o0.subList(0, 1));
        });
        robot.clickOn("#predict-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().contains("trained on"));
        assertTrue(model.predictions().isEmpty());
    }
}
