package org.mire.app.train;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mire.app.predict.PredictController;
import org.mire.app.predict.PredictModel;
import org.mire.app.predict.PredictView;
import org.mire.app.background.TaskExecutor;
import org.mire.task.dataset.DatasetLocations;

/** Opens the Train and Predict panels in windows of their own, owned by the workbench window. */
public final class TaskWindows {
    private TaskWindows() {
    }

    /**
     * The Train panel; the data folder starts at the one chosen last time, else {@code ../shared/datasets} when it
     * exists, and is remembered when changed.
     */
    public static Stage openTrain(Window owner, TaskExecutor executor) {
        TrainModel model = new TrainModel();
        Path settingsFile = TaskSettings.file();
        TaskSettings settings = TaskSettings.load(settingsFile);
        if (settings.dataFolder() != null && java.nio.file.Files.isDirectory(Path.of(settings.dataFolder()))) {
            model.dataFolderProperty().set(Path.of(settings.dataFolder()));
        } else {
            DatasetLocations.sharedRoot().ifPresent(model.dataFolderProperty()::set);
        }
        model.dataFolderProperty().addListener((obs, old, now) -> TaskSettings.load(settingsFile)
                .withDataFolder(now).save(settingsFile));
        model.savedHeadProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                TaskSettings.load(settingsFile).withHeadFolder(Path.of(now)).save(settingsFile);
            }
        });
        Stage stage = window(owner, "Train a task head", new Scene(new TrainView(new TrainController(model,
                executor)), 1280, 760));
        stage.show();
        return stage;
    }

    /** The Predict panel with the given (open) IR files listed. */
    public static Stage openPredict(Window owner, TaskExecutor executor, List<Path> files) {
        PredictModel model = new PredictModel();
        model.files().setAll(files);
        Path settingsFile = TaskSettings.file();
        model.headFolderProperty().addListener((obs, old, now) -> TaskSettings.load(settingsFile)
                .withHeadFolder(now).save(settingsFile));
        PredictController controller = new PredictController(model, executor);
        String lastHead = TaskSettings.load(settingsFile).headFolder();
        if (lastHead != null && java.nio.file.Files.isRegularFile(Path.of(lastHead, "head.json"))) {
            controller.loadHead(Path.of(lastHead));
        }
        Stage stage = window(owner, "Predict with a saved head", new Scene(new PredictView(controller), 980, 620));
        stage.show();
        return stage;
    }

    private static Stage window(Window owner, String title, Scene scene) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        stage.setTitle(title);
        stage.setScene(scene);
        return stage;
    }
}
