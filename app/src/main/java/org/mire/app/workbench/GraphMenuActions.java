package org.mire.app.workbench;

import static org.mire.app.workbench.MenuItems.item;

import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.mire.app.graphexplorer.GraphExplorerController;
import org.mire.graph.ProgramGraph;

/** The Graph menu: lay out again, collapse and expand functions, step through search hits. */
final class GraphMenuActions {
    private final Workbench workbench;

    GraphMenuActions(Workbench workbench) {
        this.workbench = workbench;
    }

    Menu menu() {
        Menu graph = new Menu("Graph");
        graph.getItems().addAll(
                item("Lay Out Again", "mdi2r-refresh", "Shortcut+L", () -> workbench.withExplorer(
                        GraphExplorerController::scheduleStructure)),
                item("Collapse All Other Functions", "mdi2a-arrow-collapse", null, () -> workbench.withExplorer(e -> {
                    ProgramGraph g = e.model().graphProperty().get();
                    String function = e.model().functionProperty().get();
                    if (g != null && function != null) {
                        e.collapseAllExcept(g.functionIndex(function));
                    }
                })),
                item("Expand All Functions", "mdi2a-arrow-expand", null, () -> workbench.withExplorer(
                        GraphExplorerController::expandAll)),
                new SeparatorMenuItem(),
                item("Next Search Hit", null, "F3", () -> workbench.withExplorer(e -> e.nextSearchHit(true))),
                item("Previous Search Hit", null, "Shift+F3", () -> workbench.withExplorer(e -> e.nextSearchHit(
                        false))));
        return graph;
    }
}
