package org.mire.graph;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts that describe a program graph: nodes per type, edges per flow, functions and blocks that have nodes in it
 * (a function's subgraph counts its own), and the largest in- and out-degree.
 */
public record GraphStatistics(
        String name,
        int nodes,
        int edges,
        Map<NodeType, Integer> nodesByType,
        Map<Flow, Integer> edgesByFlow,
        int functions,
        int blocks,
        int maxInDegree,
        int maxOutDegree) {

    public static GraphStatistics of(ProgramGraph graph) {
        Map<NodeType, Integer> byType = new EnumMap<>(NodeType.class);
        for (NodeType type : NodeType.values()) {
            byType.put(type, 0);
        }
        java.util.Set<Integer> blocks = new java.util.HashSet<>();
        java.util.Set<Integer> functions = new java.util.HashSet<>();
        for (Node node : graph.nodes()) {
            byType.merge(node.type(), 1, Integer::sum);
            if (node.block() >= 0) {
                blocks.add(node.block());
            }
            if (node.function() >= 0) {
                functions.add(node.function());
            }
        }
        Map<Flow, Integer> byFlow = new EnumMap<>(Flow.class);
        for (Flow flow : Flow.values()) {
            byFlow.put(flow, 0);
        }
        int[] in = new int[graph.nodeCount()];
        int[] out = new int[graph.nodeCount()];
        for (Edge edge : graph.edges()) {
            byFlow.merge(edge.flow(), 1, Integer::sum);
            out[edge.source()]++;
            in[edge.target()]++;
        }
        int maxIn = 0;
        int maxOut = 0;
        for (int i = 0; i < in.length; i++) {
            maxIn = Math.max(maxIn, in[i]);
            maxOut = Math.max(maxOut, out[i]);
        }
        return new GraphStatistics(graph.name(), graph.nodeCount(), graph.edgeCount(), java.util.Collections.unmodifiableMap(byType),
                java.util.Collections.unmodifiableMap(byFlow), functions.size(), blocks.size(), maxIn, maxOut);
    }
}
