package org.mire.app.train;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mire.app.OwnedWindow;
import org.mire.app.background.TaskExecutor;
import org.mire.app.settings.TaskSettings;
import org.mire.task.dataset.DatasetLocations;

/** The Train panel in a window of its own (Tasks → Train a Head). */
public final class TrainWindow {
    private TrainWindow() {
    }

    /**
     * Opens it; the data folder starts at the one chosen last time, else {@code ../shared/datasets} when it exists,
     * and is remembered when changed, as is the last saved head.
     */
    public static Stage open(Window owner, TaskExecutor executor) {
        TrainModel model = new TrainModel();
        Path settingsFile = TaskSettings.file();
        TaskSettings settings = TaskSettings.load(settingsFile);
        if (settings.dataFolder() != null && Files.isDirectory(Path.of(settings.dataFolder()))) {
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
        Stage stage = OwnedWindow.of(owner, "Train a task head", new Scene(new TrainView(new TrainController(model,
                executor)), 1280, 760));
        stage.show();
        return stage;
    }
}
