package org.mire.app.graphexplorer;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.Flow;
import org.mire.graph.GraphScope;
import org.mire.graph.GraphStatistics;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.graph.view.NodeDetails;
import org.mire.graph.view.VisibleGraph;
import org.mire.viz.graph.GraphPalette;
import org.mire.viz.graph.GraphScene;
import org.mire.viz.graph.layout.GraphLayout;
import org.mire.viz.graph.layout.LayoutAlgorithm;

/**
 * The state of one document's graph explorer, as JavaFX properties: what to show (view, scope, layout, filters,
 * collapsed functions), what is selected and searched, and what was computed (the visible graph, its layout, the
 * scene to draw). The {@link GraphExplorerController} keeps the computed part in step with the rest.
 */
public final class GraphExplorerModel {
    /** Which picture of the program the explorer draws. */
    public enum ViewMode {
        PROGRAM_GRAPH("Program graph"),
        CONTROL_FLOW("Control flow");

        private final String displayName;

        ViewMode(String displayName) {
            this.displayName = displayName;
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    // Input
    final ObjectProperty<ProgramGraph> graph = new SimpleObjectProperty<>(this, "graph");
    final StringProperty irText = new SimpleStringProperty(this, "irText", "");

    // What to show
    final ObjectProperty<ViewMode> viewMode = new SimpleObjectProperty<>(this, "viewMode", ViewMode.PROGRAM_GRAPH);
    final ObjectProperty<LayoutAlgorithm> layout = new SimpleObjectProperty<>(this, "layout",
            LayoutAlgorithm.LAYERED);
    final ObjectProperty<GraphScope> scope = new SimpleObjectProperty<>(this, "scope", GraphScope.MODULE);
    final StringProperty function = new SimpleStringProperty(this, "function");
    final Map<Flow, BooleanProperty> flowVisible = new EnumMap<>(Flow.class);
    final Map<NodeType, BooleanProperty> typeVisible = new EnumMap<>(NodeType.class);
    final ObservableSet<Integer> collapsed = FXCollections.observableSet();
    final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);
    final BooleanProperty positionLabels = new SimpleBooleanProperty(this, "positionLabels", false);
    final ObjectProperty<GraphPalette> palette = new SimpleObjectProperty<>(this, "palette", GraphPalette.LIGHT);

    // Selection and search
    final IntegerProperty selectedNode = new SimpleIntegerProperty(this, "selectedNode", -1);
    final ObjectProperty<int[]> linkedNodes = new SimpleObjectProperty<>(this, "linkedNodes", new int[0]);
    final StringProperty searchQuery = new SimpleStringProperty(this, "searchQuery", "");
    final ObjectProperty<int[]> searchHits = new SimpleObjectProperty<>(this, "searchHits", new int[0]);
    final ObjectProperty<NodeDetails> details = new SimpleObjectProperty<>(this, "details");

    /** A request to the view to show something; the sequence makes a repeated request for the same thing fire. */
    public record Request(int value, long sequence) {
    }

    final ObjectProperty<Request> revealLine = new SimpleObjectProperty<>(this, "revealLine");
    final ObjectProperty<Request> revealItem = new SimpleObjectProperty<>(this, "revealItem");
    final ObjectProperty<GraphStatistics> statistics = new SimpleObjectProperty<>(this, "statistics");

    // Computed
    final ObjectProperty<VisibleGraph> visibleGraph = new SimpleObjectProperty<>(this, "visibleGraph");
    final ObjectProperty<GraphLayout> graphLayout = new SimpleObjectProperty<>(this, "graphLayout");
    final ObjectProperty<ControlFlowGraph> controlFlow = new SimpleObjectProperty<>(this, "controlFlow");
    final ObjectProperty<GraphScene> scene = new SimpleObjectProperty<>(this, "scene", GraphScene.empty());
    /** True when the last scene change was a new structure (fit it), false for a restyle (keep the view). */
    final BooleanProperty sceneIsNew = new SimpleBooleanProperty(this, "sceneIsNew");
    final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    final StringProperty problem = new SimpleStringProperty(this, "problem");
    final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    final javafx.beans.property.LongProperty layoutNanos = new javafx.beans.property.SimpleLongProperty(this,
            "layoutNanos");

    public GraphExplorerModel() {
        for (Flow flow : Flow.values()) {
            flowVisible.put(flow, new SimpleBooleanProperty(this, flow.key(), true));
        }
        for (NodeType type : NodeType.values()) {
            typeVisible.put(type, new SimpleBooleanProperty(this, type.key(), true));
        }
    }

    public ObjectProperty<ProgramGraph> graphProperty() {
        return graph;
    }

    public StringProperty irTextProperty() {
        return irText;
    }

    public ObjectProperty<ViewMode> viewModeProperty() {
        return viewMode;
    }

    public ObjectProperty<LayoutAlgorithm> layoutProperty() {
        return layout;
    }

    public ObjectProperty<GraphScope> scopeProperty() {
        return scope;
    }

    /** The function of the FUNCTION scopes and of the control-flow view, with its sigil. */
    public StringProperty functionProperty() {
        return function;
    }

    public BooleanProperty flowVisibleProperty(Flow flow) {
        return flowVisible.get(flow);
    }

    public BooleanProperty typeVisibleProperty(NodeType type) {
        return typeVisible.get(type);
    }

    /** Indices of collapsed functions. */
    public ObservableSet<Integer> collapsedFunctions() {
        return collapsed;
    }

    public BooleanProperty labelsProperty() {
        return labels;
    }

    public BooleanProperty positionLabelsProperty() {
        return positionLabels;
    }

    public ObjectProperty<GraphPalette> paletteProperty() {
        return palette;
    }

    /** The selected node as its id in the full graph, or -1. */
    public IntegerProperty selectedNodeProperty() {
        return selectedNode;
    }

    /** Nodes of the IR lines selected in the text (full-graph ids). */
    public ObjectProperty<int[]> linkedNodesProperty() {
        return linkedNodes;
    }

    public StringProperty searchQueryProperty() {
        return searchQuery;
    }

    /** Shown nodes whose text matches the search (full-graph ids). */
    public ObjectProperty<int[]> searchHitsProperty() {
        return searchHits;
    }

    public ObjectProperty<NodeDetails> detailsProperty() {
        return details;
    }

    /** Asks the text view to select and show a line (1-based). */
    public ObjectProperty<Request> revealLineProperty() {
        return revealLine;
    }

    /** Asks the graph view to centre on an item (a full-graph node id). */
    public ObjectProperty<Request> revealItemProperty() {
        return revealItem;
    }

    /** Counts of the shown graph, for the legend. */
    public ObjectProperty<GraphStatistics> statisticsProperty() {
        return statistics;
    }

    public ObjectProperty<VisibleGraph> visibleGraphProperty() {
        return visibleGraph;
    }

    public ObjectProperty<GraphLayout> graphLayoutProperty() {
        return graphLayout;
    }

    public ObjectProperty<ControlFlowGraph> controlFlowProperty() {
        return controlFlow;
    }

    public ObjectProperty<GraphScene> sceneProperty() {
        return scene;
    }

    public BooleanProperty sceneIsNewProperty() {
        return sceneIsNew;
    }

    /** True while a layout runs. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Why the last layout failed, or null. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** How long the last projection and layout took, in nanoseconds. */
    public javafx.beans.property.LongProperty layoutNanosProperty() {
        return layoutNanos;
    }

    /** One line about what is shown, for the status bar. */
    public StringProperty summaryProperty() {
        return summary;
    }
}
