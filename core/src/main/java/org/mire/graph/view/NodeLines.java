package org.mire.graph.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;

/** Which nodes belong to which IR line, both ways, for linking the text and the graph. Built once per graph. */
public final class NodeLines {
    private final ProgramGraph graph;
    private final int[] start;
    private final int[] nodes;

    public NodeLines(ProgramGraph graph) {
        this.graph = graph;
        int maxLine = 0;
        for (Node node : graph.nodes()) {
            maxLine = Math.max(maxLine, node.irLine());
        }
        int[] count = new int[maxLine + 2];
        for (Node node : graph.nodes()) {
            if (node.irLine() > 0) {
                count[node.irLine() + 1]++;
            }
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        start = count;
        nodes = new int[count[count.length - 1]];
        int[] fill = Arrays.copyOf(count, count.length - 1);
        for (Node node : graph.nodes()) {
            if (node.irLine() > 0) {
                nodes[fill[node.irLine()]++] = node.id();
            }
        }
    }

    /** Nodes defined on lines first..last (1-based, inclusive), instructions first. */
    public int[] nodesOnLines(int first, int last) {
        List<Integer> found = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int line = Math.max(1, first); line <= last && line + 1 < start.length; line++) {
            for (int k = start[line]; k < start[line + 1]; k++) {
                (graph.node(nodes[k]).type() == NodeType.INSTRUCTION ? found : others).add(nodes[k]);
            }
        }
        found.addAll(others);
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The IR line of a node, or 0. */
    public int lineOf(int node) {
        return node >= 0 && node < graph.nodeCount() ? graph.node(node).irLine() : 0;
    }
}
