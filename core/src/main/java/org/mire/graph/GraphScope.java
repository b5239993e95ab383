package org.mire.graph;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much of a program a graph shows, and the one rule that cuts it: a function's graph is its own nodes (its
 * instructions and variables) plus the constants and globals they use; with its callees, the same for every function
 * it calls directly. Edges are those between kept nodes, so calls to functions outside the scope are left out. The
 * graph view, {@code mire graph --scope} and {@link ProgramGraph#functionGraph} all cut here.
 */
public enum GraphScope {
    MODULE("module", "Whole module"),
    FUNCTION("function", "One function"),
    FUNCTION_AND_CALLEES("callees", "Function and its callees");

    private final String key;
    private final String displayName;

    GraphScope(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The command line's name: {@code module}, {@code function}, {@code callees}. */
    public String key() {
        return key;
    }

    /** The scope a command line names, or null. */
    public static GraphScope ofKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (GraphScope scope : values()) {
            if (scope.key.equals(wanted)) {
                return scope;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return displayName;
    }

    /**
     * Which nodes of {@code graph} the scope keeps ({@code function} is ignored for {@link #MODULE}).
     *
     * @throws IllegalArgumentException when a function scope names no function of the graph
     */
    public boolean[] nodes(ProgramGraph graph, String function) {
        boolean[] keep = new boolean[graph.nodeCount()];
        if (this == MODULE) {
            Arrays.fill(keep, true);
            return keep;
        }
        int f = function == null ? -1 : graph.functionIndex(function);
        if (f < 0) {
            throw new IllegalArgumentException("no function " + function + " in " + graph.name());
        }
        boolean[] functions = new boolean[graph.functions().size()];
        functions[f] = true;
        if (this == FUNCTION_AND_CALLEES) {
            for (Edge edge : graph.edges()) {
                if (edge.flow() == Flow.CALL && graph.node(edge.source()).function() == f) {
                    int callee = graph.node(edge.target()).function();
                    if (callee >= 0) {
                        functions[callee] = true;
                    }
                }
            }
        }
        for (Node node : graph.nodes()) {
            if (node.function() >= 0 && functions[node.function()]) {
                keep[node.id()] = true;
            }
        }
        // Constants and globals (nodes outside every function that are no instruction) come along where used.
        for (Edge edge : graph.edges()) {
            Node source = graph.node(edge.source());
            if (keep[edge.target()] && !keep[edge.source()] && source.function() < 0
                    && source.type() != NodeType.INSTRUCTION) {
                keep[edge.source()] = true;
            }
        }
        return keep;
    }

    /** The scope's subgraph, renumbered densely in node order; function indices are kept. */
    public ProgramGraph cut(ProgramGraph graph, String function) {
        if (this == MODULE) {
            return graph;
        }
        boolean[] keep = nodes(graph, function);
        String name = graph.name() + ":" + graph.functions().get(graph.functionIndex(function))
                + (this == FUNCTION_AND_CALLEES ? "+callees" : "");
        return graph.subgraph(name, id -> keep[id]);
    }
}
