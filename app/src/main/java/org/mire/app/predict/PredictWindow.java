package org.mire.app.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mire.app.OwnedWindow;
import org.mire.app.background.TaskExecutor;
import org.mire.app.settings.TaskSettings;

/** The Predict panel in a window of its own (Tasks → Predict with a Head). */
public final class PredictWindow {
    private PredictWindow() {
    }

    /** Opens it with the given (open) IR files listed and the last head loaded. */
    public static Stage open(Window owner, TaskExecutor executor, List<Path> files) {
        PredictModel model = new PredictModel();
        model.files().setAll(files);
        Path settingsFile = TaskSettings.file();
        model.headFolderProperty().addListener((obs, old, now) -> TaskSettings.load(settingsFile)
                .withHeadFolder(now).save(settingsFile));
        PredictController controller = new PredictController(model, executor);
        String lastHead = TaskSettings.load(settingsFile).headFolder();
        if (lastHead != null && Files.isRegularFile(Path.of(lastHead, "head.json"))) {
            controller.loadHead(Path.of(lastHead));
        }
        Stage stage = OwnedWindow.of(owner, "Predict with a saved head", new Scene(new PredictView(controller), 980,
                620));
        stage.show();
        return stage;
    }
}
