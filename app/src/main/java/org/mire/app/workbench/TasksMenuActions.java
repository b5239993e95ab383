package org.mire.app.workbench;

import static org.mire.app.workbench.MenuItems.item;

import java.util.Objects;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.mire.app.document.DocumentModel;
import org.mire.app.predict.PredictWindow;
import org.mire.app.train.TrainWindow;

/** The Tasks menu: train a head, predict with a saved head (the open files), the embedding explorer. */
final class TasksMenuActions {
    private final Workbench workbench;

    TasksMenuActions(Workbench workbench) {
        this.workbench = workbench;
    }

    Menu menu() {
        Menu tasks = new Menu("Tasks");
        tasks.getItems().addAll(
                item("Train a Head…", "mdi2s-school-outline", "Shortcut+Shift+T",
                        () -> TrainWindow.open(workbench.stage(), workbench.executor())),
                item("Predict with a Head…", "mdi2c-crystal-ball", "Shortcut+Shift+P",
                        () -> PredictWindow.open(workbench.stage(), workbench.executor(), workbench.controller()
                                .model().documents().stream().map(DocumentModel::path).filter(Objects::nonNull)
                                .toList())),
                new SeparatorMenuItem(),
                item("Embedding Explorer", "mdi2s-scatter-plot-outline", "Shortcut+Shift+M",
                        workbench::openEmbeddingExplorer));
        return tasks;
    }
}
