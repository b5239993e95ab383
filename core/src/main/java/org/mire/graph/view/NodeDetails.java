package org.mire.graph.view;

import java.util.ArrayList;
import java.util.List;
import org.mire.graph.Edge;
import org.mire.graph.Node;
import org.mire.graph.ProgramGraph;

/**
 * What the details panel shows about a node: its ProGraML attributes, where it is, and its edges.
 *
 * @param node     the node
 * @param function its function's name, or null
 * @param inEdges  edges into it
 * @param outEdges edges out of it
 */
public record NodeDetails(Node node, String function, List<Neighbour> inEdges, List<Neighbour> outEdges) {

    /** An edge seen from the node: its flow and position, and the node at the other end. */
    public record Neighbour(Edge edge, Node other) {
    }

    public static NodeDetails of(ProgramGraph graph, int id) {
        Node node = graph.node(id);
        List<Neighbour> in = new ArrayList<>();
        for (int e : graph.inEdges(id)) {
            Edge edge = graph.edges().get(e);
            in.add(new Neighbour(edge, graph.node(edge.source())));
        }
        List<Neighbour> out = new ArrayList<>();
        for (int e : graph.outEdges(id)) {
            Edge edge = graph.edges().get(e);
            out.add(new Neighbour(edge, graph.node(edge.target())));
        }
        String function = node.function() >= 0 && node.function() < graph.functions().size()
                ? graph.functions().get(node.function()) : null;
        return new NodeDetails(node, function, List.copyOf(in), List.copyOf(out));
    }
}
