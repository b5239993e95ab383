package org.mire.app;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window of its own that belongs to the workbench window: closes with it and wears its stylesheets. */
public final class OwnedWindow {
    private OwnedWindow() {
    }

    public static Stage of(Window owner, String title, Scene scene) {
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
