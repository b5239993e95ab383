package org.mire.app.workbench;

import static org.mire.app.workbench.MenuItems.item;

import javafx.scene.control.Menu;

/** The Edit menu: find in the IR text, find nodes, clear the selection. */
final class EditMenuActions {
    private final Workbench workbench;

    EditMenuActions(Workbench workbench) {
        this.workbench = workbench;
    }

    Menu menu() {
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                item("Find in IR…", "mdi2t-text-search", "Shortcut+F", () -> workbench.withView(v -> v.irView()
                        .showFind())),
                item("Find Nodes…", "mdi2m-magnify", "Shortcut+K", () -> workbench.withView(v -> v.explorerView()
                        .focusSearch())),
                item("Clear Selection", null, "Escape", () -> workbench.withExplorer(e -> e.selectNode(-1, false))));
        return edit;
    }
}
