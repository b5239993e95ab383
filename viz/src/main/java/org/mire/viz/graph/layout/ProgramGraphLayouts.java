package org.mire.viz.graph.layout;

import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;

/**
 * Turns a program graph into what the layouts see: ProGraML-style node sizes (boxes for instructions, ellipses for
 * variables, diamonds for constants, wide enough for their text), one group per function, and ProGraML's edge
 * weights (control 10, call 1, data 0) as priorities. Plain Java, so the CLI can benchmark layouts.
 */
public final class ProgramGraphLayouts {
    public static final double NODE_HEIGHT = 20;
    public static final double CONSTANT_HEIGHT = 24;
    private static final double CHAR = 6.2;

    private ProgramGraphLayouts() {
    }

    public static double width(NodeType type, String text) {
        int length = text == null ? 0 : text.length();
        return switch (type) {
            case VARIABLE -> Math.clamp(length * CHAR + 16, 34, 100);
            case CONSTANT -> Math.clamp(length * CHAR + 24, 36, 110);
            default -> Math.clamp(length * CHAR + 12, 34, 110);
        };
    }

    public static double height(NodeType type) {
        return type == NodeType.CONSTANT ? CONSTANT_HEIGHT : NODE_HEIGHT;
    }

    /** Height of a node that stands for a collapsed function. */
    public static final double SUMMARY_HEIGHT = 34;

    /** Width of a collapsed-function node for its title. */
    public static double summaryWidth(String title) {
        return Math.clamp((title == null ? 0 : title.length()) * 6.4 + 24, 90, 260);
    }

    /** The layout input with summary nodes (collapsed functions) sized as cards. */
    public static LayoutGraph input(ProgramGraph graph, java.util.function.IntPredicate summary) {
        LayoutGraph plain = input(graph);
        LayoutGraph input = new LayoutGraph();
        for (int i = 0; i < plain.nodeCount(); i++) {
            boolean card = summary.test(i);
            input.addNode(card ? summaryWidth(graph.node(i).text()) : plain.width(i),
                    card ? SUMMARY_HEIGHT : plain.height(i), plain.group(i));
        }
        for (int e = 0; e < plain.edgeCount(); e++) {
            input.addEdge(plain.source(e), plain.target(e), plain.priority(e));
        }
        for (int i = 0; i < plain.nodeCount(); i++) {
            if (plain.companionOf(i) >= 0 && !summary.test(plain.companionOf(i))) {
                input.setCompanion(i, plain.companionOf(i));
            }
        }
        return input;
    }

    /**
     * The layout input for a graph: node i and edge e of the result are node i and edge e of the graph. Constants
     * and globals shared by several functions join the group of their first user, so that layered layouts place
     * them next to a use instead of in a row of their own; a value is the companion of the instruction that
     * defines it.
     */
    public static LayoutGraph input(ProgramGraph graph) {
        LayoutGraph input = new LayoutGraph();
        int[] group = new int[graph.nodeCount()];
        for (Node node : graph.nodes()) {
            group[node.id()] = node.function() >= 0 ? node.function() : LayoutGraph.NO_GROUP;
        }
        for (Edge edge : graph.edges()) {
            Node source = graph.node(edge.source());
            if (group[edge.source()] < 0 && source.type() != NodeType.INSTRUCTION && group[edge.target()] >= 0) {
                group[edge.source()] = group[edge.target()];
            }
        }
        for (Node node : graph.nodes()) {
            input.addNode(width(node.type(), node.text()), height(node.type()), group[node.id()]);
        }
        for (Edge edge : graph.edges()) {
            input.addEdge(edge.source(), edge.target(), priority(edge.flow()));
            // A value sits beside the instruction that defines it, which halves the depth of layered pictures.
            if (edge.flow() == Flow.DATA && graph.node(edge.source()).type() == NodeType.INSTRUCTION
                    && graph.node(edge.target()).type() == NodeType.VARIABLE
                    && input.companionOf(edge.target()) < 0) {
                input.setCompanion(edge.target(), edge.source());
            }
        }
        return input;
    }

    /** ProGraML's DOT edge weights. */
    public static int priority(Flow flow) {
        return switch (flow) {
            case CONTROL -> 10;
            case CALL -> 1;
            default -> 0;
        };
    }
}
