package org.mire.app.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mire.app.OwnedWindow;
import org.mire.app.background.TaskExecutor;
import org.mire.app.settings.TaskSettings;

/**
 * The Predict panel in a window of its own (Tasks → Predict with a Head). One per workbench: its list and
 * predictions belong to the workspace and stay when the window is closed.
 */
public final class PredictWindow {
    private final PredictController controller;
    private final Supplier<List<Path>> openFiles;
    private Stage stage;

    public PredictWindow(PredictController controller, Supplier<List<Path>> openFiles) {
        this.controller = controller;
        this.openFiles = openFiles;
    }

    /** The panel's controller; the head folder is remembered between runs of the application. */
    public static PredictController controller(TaskExecutor executor) {
        PredictModel model = new PredictModel();
        Path settingsFile = TaskSettings.file();
        model.headFolderProperty().addListener((obs, old, now) -> {
            if (now != null) {
                TaskSettings.load(settingsFile).withHeadFolder(now).save(settingsFile);
            }
        });
        return new PredictController(model, executor);
    }

    public PredictController controller() {
        return controller;
    }

    /**
     * Shows the window (made on first use) in front. The first time, the open files are listed and the last head
     * loaded unless the workspace gave the panel a head and files of its own.
     */
    public Stage show(Window owner) {
        if (stage == null) {
            PredictModel model = controller.model();
            if (model.inputs().isEmpty()) {
                controller.addFiles(openFiles.get());
            }
            String lastHead = TaskSettings.load(TaskSettings.file()).headFolder();
            if (model.headFolderProperty().get() == null && lastHead != null
                    && Files.isRegularFile(Path.of(lastHead, "head.json"))) {
                controller.loadHead(Path.of(lastHead));
            }
            stage = OwnedWindow.of(owner, "Predict with a saved head", new Scene(new PredictView(controller,
                    openFiles), 1000, 680));
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    public Stage stage() {
        return stage;
    }
}
