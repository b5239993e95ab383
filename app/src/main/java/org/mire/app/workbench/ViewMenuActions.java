package org.mire.app.workbench;

import static org.mire.app.workbench.MenuItems.item;
import static org.mire.app.workbench.MenuItems.radio;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.graph.GraphScope;
import org.mire.viz.graph.layout.LayoutAlgorithm;

/** The View menu: program graph or control flow, layout, scope, labels, zoom, folding, theme. */
final class ViewMenuActions {
    private final Workbench workbench;
    private final WorkbenchModel model;

    ViewMenuActions(Workbench workbench) {
        this.workbench = workbench;
        this.model = workbench.controller().model();
    }

    Menu menu() {
        Menu view = new Menu("View");
        ToggleGroup modes = new ToggleGroup();
        RadioMenuItem programGraph = radio("Program Graph", "Shortcut+1", modes, () -> workbench.withModel(
                m -> m.viewModeProperty().set(GraphExplorerModel.ViewMode.PROGRAM_GRAPH)));
        RadioMenuItem controlFlow = radio("Control-Flow Graph", "Shortcut+2", modes, () -> workbench.withModel(
                m -> m.viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW)));
        programGraph.setSelected(true);
        Menu layouts = new Menu("Layout");
        ToggleGroup layoutGroup = new ToggleGroup();
        int index = 0;
        for (LayoutAlgorithm algorithm : LayoutAlgorithm.values()) {
            index++;
            RadioMenuItem item = radio(algorithm.displayName(), "Shortcut+Alt+" + index, layoutGroup,
                    () -> workbench.withModel(m -> m.layoutProperty().set(algorithm)));
            item.setSelected(algorithm == LayoutAlgorithm.LAYERED);
            layouts.getItems().add(item);
        }
        Menu scopes = new Menu("Scope");
        ToggleGroup scopeGroup = new ToggleGroup();
        for (GraphScope scope : GraphScope.values()) {
            RadioMenuItem item = radio(scope.toString(), null, scopeGroup,
                    () -> workbench.withModel(m -> m.scopeProperty().set(scope)));
            item.setSelected(scope == GraphScope.MODULE);
            scopes.getItems().add(item);
        }
        CheckMenuItem labels = new CheckMenuItem("Node Labels");
        labels.setSelected(true);
        labels.setOnAction(e -> workbench.withModel(m -> m.labelsProperty().set(labels.isSelected())));
        CheckMenuItem positions = new CheckMenuItem("Position Labels");
        positions.setOnAction(e -> workbench.withModel(m -> m.positionLabelsProperty().set(positions.isSelected())));
        CheckMenuItem wrap = new CheckMenuItem("Wrap Long Lines");
        wrap.setAccelerator(KeyCombination.keyCombination("Alt+Z"));
        wrap.selectedProperty().bindBidirectional(model.wrapLinesProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        dark.setOnAction(e -> model.themeProperty().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        model.themeProperty().addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        view.getItems().addAll(programGraph, controlFlow, new SeparatorMenuItem(), layouts, scopes,
                new SeparatorMenuItem(), labels, positions, new SeparatorMenuItem(),
                item("Fit Graph", "mdi2f-fit-to-screen-outline", "Shortcut+0", () -> workbench.withView(v -> v
                        .explorerView().graphView().fit())),
                item("Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+EQUALS", () -> workbench.withView(v -> v
                        .explorerView().graphView().zoomIn())),
                item("Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+MINUS", () -> workbench.withView(v -> v
                        .explorerView().graphView().zoomOut())),
                new SeparatorMenuItem(),
                item("Fold All Functions", null, "Shortcut+Shift+MINUS", () -> workbench.withView(v -> v.irView()
                        .foldAll())),
                item("Unfold All Functions", null, "Shortcut+Shift+EQUALS", () -> workbench.withView(v -> v
                        .irView().unfoldAll())),
                wrap,
                new SeparatorMenuItem(), dark);
        // the check marks follow the document that becomes active
        model.activeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                GraphExplorerModel m = now.explorer();
                (m.viewModeProperty().get() == GraphExplorerModel.ViewMode.CONTROL_FLOW ? controlFlow : programGraph)
                        .setSelected(true);
                labels.setSelected(m.labelsProperty().get());
                positions.setSelected(m.positionLabelsProperty().get());
            }
        });
        return view;
    }
}
