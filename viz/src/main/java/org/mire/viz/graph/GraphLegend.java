package org.mire.viz.graph;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;

/**
 * The legend of the program-graph canvas: a swatch per node type and flow in the palette's colours, a count, and a
 * check box that shows or hides that type or flow. The check boxes are the filter: bind to their properties. One
 * row that wraps when narrow, meant to sit above the canvas rather than over it.
 */
public class GraphLegend extends FlowPane {
    private final Map<NodeType, CheckBox> types = new EnumMap<>(NodeType.class);
    private final Map<Flow, CheckBox> flows = new EnumMap<>(Flow.class);
    private final Map<NodeType, Label> typeCounts = new EnumMap<>(NodeType.class);
    private final Map<Flow, Label> flowCounts = new EnumMap<>(Flow.class);
    private final Map<NodeType, Canvas> typeSwatches = new EnumMap<>(NodeType.class);
    private final Map<Flow, Canvas> flowSwatches = new EnumMap<>(Flow.class);
    private GraphPalette palette = GraphPalette.LIGHT;

    public GraphLegend() {
        getStyleClass().add("graph-legend");
        setHgap(10);
        setVgap(2);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 4, 2, 4));
        java.util.List<javafx.scene.Node> nodes = new java.util.ArrayList<>();
        for (NodeType type : new NodeType[] {NodeType.INSTRUCTION, NodeType.VARIABLE, NodeType.CONSTANT}) {
            Canvas swatch = new Canvas(22, 14);
            typeSwatches.put(type, swatch);
            CheckBox box = new CheckBox(title(type.key()));
            box.setSelected(true);
            box.setGraphic(swatch);
            box.setTooltip(new Tooltip("Show or hide " + type.key() + " nodes"));
            types.put(type, box);
            Label count = count();
            typeCounts.put(type, count);
            nodes.add(entry(box, count));
        }
        java.util.List<javafx.scene.Node> edges = new java.util.ArrayList<>();
        for (Flow flow : new Flow[] {Flow.CONTROL, Flow.DATA, Flow.CALL}) {
            Canvas swatch = new Canvas(22, 14);
            flowSwatches.put(flow, swatch);
            CheckBox box = new CheckBox(title(flow.key()));
            box.setSelected(true);
            box.setGraphic(swatch);
            box.setTooltip(new Tooltip("Show or hide " + flow.key() + " edges"));
            flows.put(flow, box);
            Label count = count();
            flowCounts.put(flow, count);
            edges.add(entry(box, count));
        }
        addGroup("Nodes", nodes);
        addGroup("Edges", edges);
        paintSwatches();
    }

    /** A heading and its entries; the heading stays on the row of the first entry when the legend wraps. */
    private void addGroup(String heading, java.util.List<javafx.scene.Node> entries) {
        HBox first = new HBox(8, heading(heading), entries.getFirst());
        first.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(first);
        getChildren().addAll(entries.subList(1, entries.size()));
    }

    private static HBox entry(CheckBox box, Label count) {
        HBox entry = new HBox(4, box, count);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add("graph-legend-entry");
        return entry;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("graph-legend-heading");
        return label;
    }

    private static Label count() {
        Label label = new Label("");
        label.getStyleClass().add("graph-legend-count");
        return label;
    }

    private static String title(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    public BooleanProperty typeVisibleProperty(NodeType type) {
        return types.get(type).selectedProperty();
    }

    public BooleanProperty flowVisibleProperty(Flow flow) {
        return flows.get(flow).selectedProperty();
    }

    /** Shows how many nodes of each type and edges of each flow the graph has (null clears). */
    public void setCounts(Map<NodeType, Integer> nodes, Map<Flow, Integer> edges) {
        typeCounts.forEach((type, label) -> label.setText(nodes == null ? "" : String.format("%,d",
                nodes.getOrDefault(type, 0))));
        flowCounts.forEach((flow, label) -> label.setText(edges == null ? "" : String.format("%,d",
                edges.getOrDefault(flow, 0))));
    }

    public void setPalette(GraphPalette newPalette) {
        palette = newPalette;
        paintSwatches();
    }

    private void paintSwatches() {
        typeSwatches.forEach((type, canvas) -> {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            int[] colors = palette.node(type);
            gc.setFill(color(colors[0]));
            gc.setStroke(color(colors[1]));
            gc.setLineWidth(1.2);
            switch (type) {
                case VARIABLE -> {
                    gc.fillOval(2, 2, 18, 10);
                    gc.strokeOval(2, 2, 18, 10);
                }
                case CONSTANT -> {
                    double[] xs = {11, 20, 11, 2};
                    double[] ys = {1, 7, 13, 7};
                    gc.fillPolygon(xs, ys, 4);
                    gc.strokePolygon(xs, ys, 4);
                }
                default -> {
                    gc.fillRoundRect(2, 2, 18, 10, 3, 3);
                    gc.strokeRoundRect(2, 2, 18, 10, 3, 3);
                }
            }
        });
        flowSwatches.forEach((flow, canvas) -> {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            Color color = color(palette.flow(flow));
            gc.setStroke(color);
            gc.setFill(color);
            gc.setLineWidth(2);
            gc.strokeLine(2, 7, 15, 7);
            gc.fillPolygon(new double[] {20, 13, 13}, new double[] {7, 3, 11}, 3);
        });
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }
}
