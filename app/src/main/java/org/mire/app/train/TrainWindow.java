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

/**
 * The Train panel in a window of its own (Tasks → Train a Head). One per workbench: closing the window keeps the
 * panel's runs (they belong to the workspace) and opening it again shows them.
 */
public final class TrainWindow {
    private final TrainController controller;
    private Stage stage;

    public TrainWindow(TrainController controller) {
        this.controller = controller;
    }

    /**
     * The panel's controller with a model whose data folder starts at the one chosen last time, else
     * {@code ../shared/datasets} when it exists, and is remembered when changed, as is the last saved head.
     */
    public static TrainController controller(TaskExecutor executor) {
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
        return new TrainController(model, executor);
    }

    public TrainController controller() {
        return controller;
    }

    /** Shows the window (made on first use) in front. */
    public Stage show(Window owner) {
        if (stage == null) {
            stage = OwnedWindow.of(owner, "Train a task head", new Scene(new TrainView(controller), 1280, 760));
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    /** The window, once shown, else null. */
    public Stage stage() {
        return stage;
    }
}
