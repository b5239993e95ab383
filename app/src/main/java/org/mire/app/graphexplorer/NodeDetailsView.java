package org.mire.app.graphexplorer;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.Flow;
import org.mire.graph.GraphStatistics;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.graph.view.NodeDetails;
import org.mire.viz.graph.GraphPalette;

/**
 * The details panel: everything about the selected node (ProGraML type, text and full text, function, block, IR
 * line, source location, incoming and outgoing edges with links to the neighbours), or, with nothing selected, the
 * counts of what the graph view shows: the module, one function (with or without its callees), or one function's
 * control-flow graph.
 */
public final class NodeDetailsView extends ScrollPane {
    private final VBox content = new VBox(10);
    private GraphExplorerModel model;
    private GraphExplorerController controller;
    private GraphStatistics statistics;
    private ProgramGraph statisticsOf;
    private final ChangeListener<Object> refresh = (obs, old, now) -> render();

    public NodeDetailsView() {
        getStyleClass().add("details-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(12, 14, 14, 14));
        content.getStyleClass().add("details-content");
        setContent(content);
        render();
    }

    /** Shows the details of this explorer (null: nothing open). */
    public void setExplorer(GraphExplorerModel newModel, GraphExplorerController newController) {
        if (model != null) {
            for (javafx.beans.value.ObservableValue<?> input : inputs(model)) {
                input.removeListener(refresh);
            }
        }
        model = newModel;
        controller = newController;
        if (model != null) {
            for (javafx.beans.value.ObservableValue<?> input : inputs(model)) {
                input.addListener(refresh);
            }
        }
        render();
    }

    /** What the panel shows depends on: the selection, and without one the graph on screen. */
    private static List<javafx.beans.value.ObservableValue<?>> inputs(GraphExplorerModel model) {
        return List.of(model.details, model.graph, model.palette, model.statistics, model.controlFlow,
                model.viewMode);
    }

    private void render() {
        content.getChildren().clear();
        Label title = new Label("Details");
        title.getStyleClass().add(Styles.TITLE_4);
        content.getChildren().add(title);
        if (model == null || model.graph.get() == null) {
            content.getChildren().add(hint("Open an IR file to explore its program graph."));
            return;
        }
        NodeDetails details = model.details.get();
        if (details == null) {
            renderStatistics(model.graph.get());
        } else {
            renderNode(details);
        }
    }

    private void renderStatistics(ProgramGraph graph) {
        content.getChildren().add(hint("Click a node to see it here; click an IR line to find its nodes."));
        ControlFlowGraph cfg = model.controlFlow.get();
        if (model.viewMode.get() == GraphExplorerModel.ViewMode.CONTROL_FLOW && cfg != null) {
            renderControlFlow(cfg);
            return;
        }
        // The counts of the graph on screen: one function's when the scope is one function.
        GraphStatistics shown = model.statistics.get();
        if (shown == null) {
            if (statisticsOf != graph) {
                statistics = GraphStatistics.of(graph);
                statisticsOf = graph;
            }
            shown = statistics;
        }
        String function = model.function.get();
        content.getChildren().add(section(switch (model.scope.get()) {
            case MODULE -> "Program graph";
            case FUNCTION -> "Function " + function;
            case FUNCTION_AND_CALLEES -> function + " and its callees";
        }));
        GridPane grid = grid();
        grid.setId("details-statistics");
        int row = 0;
        row = property(grid, row, "Nodes", String.format(Locale.ROOT, "%,d", shown.nodes()));
        for (NodeType type : new NodeType[] {NodeType.INSTRUCTION, NodeType.VARIABLE, NodeType.CONSTANT}) {
            row = property(grid, row, "  " + type.key(), String.format(Locale.ROOT, "%,d",
                    shown.nodesByType().getOrDefault(type, 0)));
        }
        row = property(grid, row, "Edges", String.format(Locale.ROOT, "%,d", shown.edges()));
        for (Flow flow : new Flow[] {Flow.CONTROL, Flow.DATA, Flow.CALL}) {
            row = property(grid, row, "  " + flow.key(), String.format(Locale.ROOT, "%,d",
                    shown.edgesByFlow().getOrDefault(flow, 0)));
        }
        row = property(grid, row, "Functions", String.format(Locale.ROOT, "%,d", shown.functions()));
        row = property(grid, row, "Basic blocks", String.format(Locale.ROOT, "%,d", shown.blocks()));
        property(grid, row, "Max in / out degree", shown.maxInDegree() + " / " + shown.maxOutDegree());
        content.getChildren().add(grid);
    }

    private void renderControlFlow(ControlFlowGraph cfg) {
        content.getChildren().add(section("Control-flow graph of " + cfg.function()));
        GridPane grid = grid();
        grid.setId("details-statistics");
        int row = 0;
        row = property(grid, row, "Blocks", String.format(Locale.ROOT, "%,d", cfg.blocks().size()));
        row = property(grid, row, "Instructions", String.format(Locale.ROOT, "%,d", cfg.blocks().stream()
                .mapToInt(b -> b.instructions().length).sum()));
        row = property(grid, row, "Edges", String.format(Locale.ROOT, "%,d", cfg.edges().size()));
        for (ControlFlowGraph.Kind kind : ControlFlowGraph.Kind.values()) {
            long count = cfg.edges().stream().filter(e -> e.kind() == kind).count();
            row = property(grid, row, "  " + kind.name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT, "%,d",
                    count));
        }
        property(grid, row, "Back-edges", String.format(Locale.ROOT, "%,d", cfg.edges().stream()
                .filter(e -> e.target() <= e.source()).count()));
        content.getChildren().add(grid);
    }

    private void renderNode(NodeDetails details) {
        Node node = details.node();
        GraphPalette palette = model.palette.get();
        HBox heading = new HBox(8);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label chip = new Label(node.type().key());
        chip.getStyleClass().addAll("node-chip", "node-chip-" + node.type().key());
        Label text = new Label(node.text());
        text.getStyleClass().addAll(Styles.TITLE_3, "node-text");
        heading.getChildren().addAll(chip, text);
        content.getChildren().add(heading);

        Label fullText = new Label(node.fullText());
        fullText.getStyleClass().add("node-full-text");
        fullText.setWrapText(true);
        fullText.setMaxWidth(Double.MAX_VALUE);
        Button copy = new Button(null, new FontIcon("mdi2c-content-copy"));
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the full text"));
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(node.fullText());
            Clipboard.getSystemClipboard().setContent(clip);
        });
        HBox full = new HBox(4, fullText, copy);
        HBox.setHgrow(fullText, Priority.ALWAYS);
        full.getStyleClass().add("node-full-text-box");
        content.getChildren().add(full);

        GridPane grid = grid();
        int row = 0;
        row = property(grid, row, "Node", "#" + node.id());
        row = property(grid, row, "Function", details.function() == null ? "—" : details.function());
        row = property(grid, row, "Block", node.block() < 0 ? "—" : "#" + node.block());
        if (node.irLine() > 0) {
            Hyperlink line = new Hyperlink("line " + node.irLine());
            line.setOnAction(e -> controller.selectNode(node.id(), false));
            line.setTooltip(new Tooltip("Show in the IR text"));
            grid.addRow(row++, key("IR"), line);
        } else {
            row = property(grid, row, "IR", "—");
        }
        property(grid, row, "Source", node.sourceLocation() == null ? "—" : node.sourceLocation().toString());
        content.getChildren().add(grid);

        content.getChildren().add(section("Incoming edges (" + details.inEdges().size() + ")"));
        content.getChildren().add(edges(details.inEdges(), palette));
        content.getChildren().add(section("Outgoing edges (" + details.outEdges().size() + ")"));
        content.getChildren().add(edges(details.outEdges(), palette));
    }

    private VBox edges(List<NodeDetails.Neighbour> neighbours, GraphPalette palette) {
        VBox list = new VBox(2);
        if (neighbours.isEmpty()) {
            list.getChildren().add(hint("none"));
            return list;
        }
        int shown = 0;
        for (NodeDetails.Neighbour neighbour : neighbours) {
            if (++shown > 200) {
                list.getChildren().add(hint((neighbours.size() - 200) + " more"));
                break;
            }
            Flow flow = neighbour.edge().flow();
            int argb = palette.flow(flow);
            Circle dot = new Circle(4, Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            Label kind = new Label(flow.key() + (neighbour.edge().position() != 0 ? " · " + neighbour.edge()
                    .position() : ""));
            kind.getStyleClass().add("edge-kind");
            kind.setMinWidth(74);
            Node other = neighbour.other();
            String label = other.text();
            if (label.length() > 36) {
                label = label.substring(0, 35) + "…";
            }
            Hyperlink link = new Hyperlink(label + "  #" + other.id());
            link.setTooltip(new Tooltip(other.type().key() + ": " + other.fullText()));
            link.setOnAction(e -> controller.selectNode(other.id(), true));
            HBox entry = new HBox(6, dot, kind, link);
            entry.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(entry);
        }
        return list;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("details-grid");
        return grid;
    }

    private static int property(GridPane grid, int row, String name, String value) {
        Label label = new Label(value);
        label.getStyleClass().add("details-value");
        label.setWrapText(true);
        grid.addRow(row, key(name), label);
        return row + 1;
    }

    private static Label key(String name) {
        Label label = new Label(name);
        label.getStyleClass().addAll("details-key", Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("details-section", Styles.TEXT_BOLD);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "details-hint");
        label.setWrapText(true);
        return label;
    }
}
