package org.mire.app.workbench;

import static org.mire.app.workbench.MenuItems.item;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.mire.MireVersion;

/** The Help menu: getting started (the whole product, with links), keyboard shortcuts and About. */
final class HelpMenuActions {
    private final Workbench workbench;
    private final Stage stage;

    HelpMenuActions(Workbench workbench) {
        this.workbench = workbench;
        this.stage = workbench.stage();
    }

    Menu menu() {
        Menu help = new Menu("Help");
        help.getItems().addAll(
                item("Getting Started", "mdi2h-help-circle-outline", null, workbench::openGettingStarted),
                item("Keyboard Shortcuts", "mdi2k-keyboard-outline", "F1", this::showShortcuts),
                item("About MIRE Workbench", "mdi2i-information-outline", null, this::showAbout));
        return help;
    }

    private void showShortcuts() {
        String text = String.join("\n",
                "Ctrl+O  open file          Ctrl+W  close          F5  reload",
                "Ctrl+F  find in IR         Ctrl+K  find nodes     F3 / Shift+F3  next / previous hit",
                "Ctrl+1  program graph      Ctrl+2  control-flow graph",
                "Ctrl+Alt+1..5  layouts     Ctrl+L  lay out again",
                "Ctrl+0  fit                Ctrl+= / Ctrl+-  zoom    wheel: zoom to cursor, drag: pan",
                "Ctrl+E  export graph       Ctrl+Shift+E  export a picture (PNG/SVG, legend, 1-4x)",
                "Alt+Z   wrap long lines",
                "Ctrl+Shift+D  dark theme   Esc  clear selection",
                "Ctrl+Shift+T  train a task head   Ctrl+Shift+P  predict with a saved head",
                "Ctrl+Shift+M  embedding explorer (encode a corpus, project, compare methods)",
                "Click a node: select it and its IR line.  Click an IR line: mark its nodes.",
                "Double-click a collapsed function to expand it; right-click a node for more.");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText("Keyboard shortcuts");
        Label content = new Label(text);
        content.getStyleClass().add("shortcuts");
        alert.getDialogPane().setContent(content);
        alert.initOwner(stage);
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText("MIRE Workbench " + MireVersion.version());
        alert.setContentText("A research workbench for learned embeddings of compiler IR.\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version")
                + "\nGPL-3.0-or-later");
        alert.initOwner(stage);
        alert.show();
    }
}
