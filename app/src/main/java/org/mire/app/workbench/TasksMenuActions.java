package org.mire.app.workbench;

import static org.mire.app.workbench.MenuItems.item;

import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The Tasks menu: train a head, predict with a saved head, the embedding explorer. The panels are the workbench's
 * (their runs and lists belong to the workspace), shown in windows of their own.
 */
final class TasksMenuActions {
    private final Workbench workbench;

    TasksMenuActions(Workbench workbench) {
        this.workbench = workbench;
    }

    Menu menu() {
        Menu tasks = new Menu("Tasks");
        tasks.getItems().addAll(
                item("Train a Head…", "mdi2s-school-outline", "Shortcut+Shift+T", workbench::openTrain),
                item("Predict with a Head…", "mdi2c-crystal-ball", "Shortcut+Shift+P", workbench::openPredict),
                new SeparatorMenuItem(),
                item("Embedding Explorer", "mdi2s-scatter-plot-outline", "Shortcut+Shift+M",
                        workbench::openEmbeddingExplorer));
        return tasks;
    }
}
