package org.mire.app.graphexplorer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import org.mire.graph.Flow;
import org.mire.graph.GraphScope;
import org.mire.graph.NodeType;
import org.mire.viz.graph.GraphView;
import org.mire.viz.graph.layout.LayoutAlgorithm;
import org.mire.workspace.GraphViewState;

/**
 * The graph explorer's side of the workspace: what a document's explorer shows, as {@link GraphViewState} (read from
 * what {@link GraphExplorerModel} and the {@link GraphView} expose) and put back. The only place that knows both the
 * explorer and the workspace record, so the explorer itself knows nothing of workspaces.
 */
public final class GraphViewStates {
    private GraphViewStates() {
    }

    /** What the explorer shows now. */
    public static GraphViewState capture(GraphExplorerModel model, GraphView view, double textDivider) {
        List<String> hiddenFlows = new ArrayList<>();
        for (Flow flow : Flow.values()) {
            if (!model.flowVisibleProperty(flow).get()) {
                hiddenFlows.add(flow.name());
            }
        }
        List<String> hiddenTypes = new ArrayList<>();
        for (NodeType type : NodeType.values()) {
            if (!model.typeVisibleProperty(type).get()) {
                hiddenTypes.add(type.name());
            }
        }
        Rectangle2D shown = view.visibleWorldProperty().get();
        boolean sized = view.getWidth() > 0 && view.getHeight() > 0 && shown != null;
        return new GraphViewState(model.viewModeProperty().get().name(), model.scopeProperty().get().name(),
                model.functionProperty().get(), model.layoutProperty().get().name(),
                List.copyOf(model.collapsedFunctions()), hiddenFlows, hiddenTypes, model.labelsProperty().get(),
                model.positionLabelsProperty().get(), model.selectedNodeProperty().get(),
                model.searchQueryProperty().get(), sized ? shown.getMinX() + shown.getWidth() / 2 : Double.NaN,
                sized ? shown.getMinY() + shown.getHeight() / 2 : Double.NaN,
                sized ? view.getScale() : Double.NaN, textDivider);
    }

    /**
     * Puts a recorded view back on a loaded document: view, scope, function, layout, filters and collapsed functions
     * now (they start a layout), then the selection, the search and the viewport once that layout is shown and the
     * view has a size. Names a later version no longer knows are skipped.
     */
    public static void restore(GraphViewState state, GraphExplorerModel model, GraphExplorerController controller,
                               GraphView view) {
        if (state == null) {
            return;
        }
        set(() -> model.viewModeProperty().set(GraphExplorerModel.ViewMode.valueOf(state.viewMode())));
        set(() -> model.layoutProperty().set(LayoutAlgorithm.valueOf(state.layout())));
        if (state.function() != null && model.graphProperty().get() != null
                && model.graphProperty().get().functionIndex(state.function()) >= 0) {
            model.functionProperty().set(state.function());
        }
        set(() -> model.scopeProperty().set(GraphScope.valueOf(state.scope())));
        for (Flow flow : Flow.values()) {
            model.flowVisibleProperty(flow).set(!state.hiddenFlows().contains(flow.name()));
        }
        for (NodeType type : NodeType.values()) {
            model.typeVisibleProperty(type).set(!state.hiddenNodeTypes().contains(type.name()));
        }
        model.labelsProperty().set(state.labels());
        model.positionLabelsProperty().set(state.positionLabels());
        if (!state.collapsedFunctions().isEmpty()) {
            model.collapsedFunctions().addAll(state.collapsedFunctions());
        }
        new Settle(state, model, controller, view).waitForLayout();
    }

    private static void set(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // a value of another version: keep the default
        }
    }

    /** Applies the selection, search and viewport once the layout is on screen and the view has a size. */
    private static final class Settle implements InvalidationListener {
        private final GraphViewState state;
        private final GraphExplorerModel model;
        private final GraphExplorerController controller;
        private final GraphView view;
        private final List<Observable> watched;
        private boolean done;

        Settle(GraphViewState state, GraphExplorerModel model, GraphExplorerController controller, GraphView view) {
            this.state = state;
            this.model = model;
            this.controller = controller;
            this.view = view;
            this.watched = List.of(model.sceneProperty(), model.busyProperty(), view.widthProperty(),
                    view.heightProperty());
        }

        void waitForLayout() {
            watched.forEach(o -> o.addListener(this));
            invalidated(null);
        }

        @Override
        public void invalidated(Observable changed) {
            if (done || model.busyProperty().get() || view.getWidth() <= 0 || view.getHeight() <= 0
                    || model.graphProperty().get() == null) {
                return;
            }
            done = true;
            watched.forEach(o -> o.removeListener(this));
            if (state.search() != null && !state.search().isEmpty()) {
                model.searchQueryProperty().set(state.search());
            }
            if (state.selectedNode() >= 0 && state.selectedNode() < model.graphProperty().get().nodeCount()) {
                controller.selectNode(state.selectedNode(), false);
            }
            if (state.hasViewport()) {
                view.zoomAt(state.scale() / view.getScale(), view.getWidth() / 2, view.getHeight() / 2);
                view.centerOn(state.centreX(), state.centreY());
            }
        }
    }
}
