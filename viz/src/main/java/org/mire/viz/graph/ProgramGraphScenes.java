package org.mire.viz.graph;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.viz.graph.layout.GraphLayout;
import org.mire.viz.graph.layout.ProgramGraphLayouts;

/**
 * Styles a laid-out program graph the way ProGraML draws it: instructions as blue boxes, variables as pink
 * ellipses, constants as diamonds, control/data/call edges in ProGraML's colours with position labels, functions
 * in titled frames. Summary nodes (a collapsed function) are drawn as cards. Call edges and data edges that leave
 * their function (mostly from shared constants) are drawn fainter, so that the structure of each function stays
 * readable in a whole-module picture.
 */
public final class ProgramGraphScenes {
    private static final double CROSS_FUNCTION_ALPHA = 0.35;
    private static final double CALL_ALPHA = 0.5;

    private ProgramGraphScenes() {
    }

    /** What to draw and how to label it. */
    public record Options(GraphPalette palette, int[] items, IntPredicate summary, IntPredicate showNode,
                          IntPredicate showEdge, IntFunction<String> frameTitle) {

        /** Everything shown, items are node ids, functions titled by name. */
        public static Options all(ProgramGraph graph, GraphPalette palette) {
            return new Options(palette, null, i -> false, i -> true, e -> true,
                    g -> g < graph.functions().size() ? graph.functions().get(g) : null);
        }
    }

    /**
     * @param graph  the graph to draw (node i is laid out at layout node i, edge e routed as layout edge e)
     * @param layout its layout
     */
    public static GraphScene build(ProgramGraph graph, GraphLayout layout, Options options) {
        GraphPalette palette = options.palette();
        GraphScene.Builder builder = new GraphScene.Builder();
        if (options.frameTitle() != null) {
            GraphScene.addFrames(builder, layout, options.frameTitle());
        }
        int[] sceneNode = new int[graph.nodeCount()];
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (!options.showNode().test(id)) {
                sceneNode[id] = -1;
                continue;
            }
            int item = options.items() == null ? id : options.items()[id];
            if (options.summary().test(id)) {
                sceneNode[id] = builder.addNode(layout.x(id), layout.y(id),
                        ProgramGraphLayouts.summaryWidth(node.text()), ProgramGraphLayouts.SUMMARY_HEIGHT,
                        NodeShape.ROUNDED_BOX, palette.collapsedFill(), palette.collapsedStroke(),
                        palette.collapsedText(), node.text(), item);
                continue;
            }
            int[] colors = palette.node(node.type());
            NodeShape shape = switch (node.type()) {
                case VARIABLE -> NodeShape.ELLIPSE;
                case CONSTANT -> NodeShape.DIAMOND;
                default -> NodeShape.BOX;
            };
            sceneNode[id] = builder.addNode(layout.x(id), layout.y(id),
                    ProgramGraphLayouts.width(node.type(), node.text()), ProgramGraphLayouts.height(node.type()),
                    shape, colors[0], colors[1], colors[2], node.text(), item);
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            Edge edge = graph.edges().get(e);
            int from = sceneNode[edge.source()];
            int to = sceneNode[edge.target()];
            if (from < 0 || to < 0 || !options.showEdge().test(e)) {
                continue;
            }
            int color = palette.flow(edge.flow());
            if (edge.flow() == Flow.DATA
                    && graph.node(edge.source()).function() != graph.node(edge.target()).function()) {
                color = GraphPalette.fade(color, CROSS_FUNCTION_ALPHA);
            } else if (edge.flow() == Flow.CALL) {
                // Calls link functions (and every function to [external]): many long lines across the picture.
                color = GraphPalette.fade(color, CALL_ALPHA);
            }
            String label = edge.position() != 0 ? Integer.toString(edge.position()) : null;
            builder.addEdge(from, to, color, edge.flow() == Flow.CONTROL ? 1.4 : 1.0, layout.edgeRoute(e), label,
                    edge.flow() == Flow.DATA);
        }
        return builder.build();
    }

    /** The node type's colours in a palette: {fill, stroke, text}. */
    public static int[] colors(GraphPalette palette, NodeType type) {
        return palette.node(type);
    }
}
