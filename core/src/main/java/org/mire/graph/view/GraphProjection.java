package org.mire.graph.view;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.GraphScope;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.progress.ProgressMonitor;

/**
 * Cuts the part of a program graph that the graph explorer shows: a {@link GraphScope} (the module, a function, or a
 * function and the functions it calls) with some functions collapsed into a single node. Edges into and out of a collapsed
 * function are kept once per flow and neighbour. Flow and node-type filters are applied later, when drawing, so
 * that toggling them does not move anything.
 */
public final class GraphProjection {
    private GraphProjection() {
    }

    public static VisibleGraph project(ProgramGraph full, GraphScope scope, String function, Set<Integer> collapsed,
                                       ProgressMonitor monitor) {
        int n = full.nodeCount();
        // An unknown or missing function shows the whole module rather than nothing.
        boolean[] keep = (function == null || full.functionIndex(function) < 0 ? GraphScope.MODULE : scope)
                .nodes(full, function);
        monitor.checkCancelled();

        ProgramGraph.Builder builder = new ProgramGraph.Builder(full.name());
        for (String name : full.functions()) {
            builder.addFunction(name);
        }
        int[] shown = new int[n];
        Arrays.fill(shown, -1);
        int[] origin = new int[n + full.functions().size()];
        int[] summaryNode = new int[full.functions().size()];
        Arrays.fill(summaryNode, -1);
        int[] summarySize = new int[full.functions().size()];
        int[] summaryLine = new int[full.functions().size()];
        for (Node node : full.nodes()) {
            if (keep[node.id()] && node.function() >= 0 && collapsed.contains(node.function())) {
                summarySize[node.function()]++;
                int line = node.irLine();
                if (line > 0 && (summaryLine[node.function()] == 0 || line < summaryLine[node.function()])) {
                    summaryLine[node.function()] = line;
                }
            }
        }
        int count = 0;
        for (Node node : full.nodes()) {
            if (!keep[node.id()]) {
                continue;
            }
            int f = node.function();
            if (f >= 0 && collapsed.contains(f)) {
                if (summaryNode[f] < 0) {
                    String name = full.functions().get(f);
                    summaryNode[f] = builder.addNode(NodeType.INSTRUCTION, name,
                            name + " (collapsed: " + summarySize[f] + " nodes)", f, -1, summaryLine[f], null);
                    origin[count++] = -1 - f;
                }
                shown[node.id()] = summaryNode[f];
                continue;
            }
            shown[node.id()] = builder.addNode(node.type(), node.text(), node.fullText(), node.function(),
                    node.block(), node.irLine(), node.sourceLocation());
            origin[count++] = node.id();
        }
        monitor.checkCancelled();
        Set<Long> summaryEdges = new HashSet<>();
        for (Edge edge : full.edges()) {
            int s = shown[edge.source()];
            int t = shown[edge.target()];
            if (s < 0 || t < 0) {
                continue;
            }
            boolean touchesSummary = origin[s] < 0 || origin[t] < 0;
            if (touchesSummary) {
                if (s == t) {
                    continue;
                }
                long key = ((long) s * (n + 1) + t) * Flow.values().length + edge.flow().ordinal();
                if (!summaryEdges.add(key)) {
                    continue;
                }
            }
            builder.addEdge(s, t, edge.flow(), touchesSummary ? 0 : edge.position());
        }
        return new VisibleGraph(builder.build(), Arrays.copyOf(origin, count), n);
    }
}
