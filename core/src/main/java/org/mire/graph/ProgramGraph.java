package org.mire.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.mire.ir.SourceLocation;

/**
 * A program graph in ProGraML's schema: typed nodes, and edges with a flow and a position.
 * Immutable once built; adjacency is indexed on first use so that per-node queries are cheap even at
 * millions of nodes.
 */
public final class ProgramGraph {
    /** Text of the root node that stands for everything outside the module. */
    public static final String EXTERNAL = "[external]";
    /** Text of the node that stands for the body of a declared-but-not-defined function. */
    public static final String UNDEFINED_FUNCTION = "; undefined function";
    /** Text of the node that every indirect call goes to. */
    public static final String INDIRECT = "[indirect]";

    private final String name;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final List<String> functions;
    private final int blockCount;

    // Compressed adjacency (CSR) over edge indices, built lazily.
    private volatile int[][] outIndex;
    private volatile int[][] inIndex;

    private ProgramGraph(String name, List<Node> nodes, List<Edge> edges, List<String> functions, int blockCount) {
        this.name = name;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.functions = List.copyOf(functions);
        this.blockCount = blockCount;
    }

    public String name() {
        return name;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Names of the functions (with sigil for LLVM), indexed by {@link Node#function()}. */
    public List<String> functions() {
        return functions;
    }

    /** Number of distinct basic blocks ({@link Node#block()} values). */
    public int blockCount() {
        return blockCount;
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return edges.size();
    }

    /** Indices into {@link #edges()} of the edges leaving {@code node}. */
    public int[] outEdges(int node) {
        return adjacency(true)[node];
    }

    /** Indices into {@link #edges()} of the edges entering {@code node}. */
    public int[] inEdges(int node) {
        return adjacency(false)[node];
    }

    private int[][] adjacency(boolean out) {
        int[][] index = out ? outIndex : inIndex;
        if (index == null) {
            synchronized (this) {
                index = out ? outIndex : inIndex;
                if (index == null) {
                    index = buildIndex(out);
                    if (out) {
                        outIndex = index;
                    } else {
                        inIndex = index;
                    }
                }
            }
        }
        return index;
    }

    private int[][] buildIndex(boolean out) {
        int[] degree = new int[nodes.size()];
        for (Edge edge : edges) {
            degree[out ? edge.source() : edge.target()]++;
        }
        int[][] index = new int[nodes.size()][];
        for (int i = 0; i < index.length; i++) {
            index[i] = new int[degree[i]];
        }
        Arrays.fill(degree, 0);
        for (int e = 0; e < edges.size(); e++) {
            int node = out ? edges.get(e).source() : edges.get(e).target();
            index[node][degree[node]++] = e;
        }
        return index;
    }

    /** The index of the function with this name (sigil optional), or -1. */
    public int functionIndex(String functionName) {
        int exact = functions.indexOf(functionName);
        if (exact >= 0) {
            return exact;
        }
        return functions.indexOf("@" + functionName);
    }

    /**
     * The subgraph induced by the nodes that {@code keep} accepts, renumbered densely in their original order.
     * Function indices are kept, so {@link #functions()} is shared.
     */
    public ProgramGraph subgraph(String subgraphName, IntPredicate keep) {
        int[] newId = new int[nodes.size()];
        Arrays.fill(newId, -1);
        Builder builder = new Builder(subgraphName);
        builder.functions.addAll(functions);
        for (Node node : nodes) {
            if (keep.test(node.id())) {
                newId[node.id()] = builder.addNode(node.type(), node.text(), node.fullText(), node.function(),
                        node.block(), node.irLine(), node.sourceLocation());
            }
        }
        for (Edge edge : edges) {
            int source = newId[edge.source()];
            int target = newId[edge.target()];
            if (source >= 0 && target >= 0) {
                builder.addEdge(source, target, edge.flow(), edge.position());
            }
        }
        builder.blockCount = blockCount;
        return builder.build();
    }

    /**
     * The graph of one function: its instructions and variables plus the constants and globals its instructions
     * use ({@link GraphScope#FUNCTION}). Call edges to other functions and the root are left out.
     *
     * @throws IllegalArgumentException when there is no such function
     */
    public ProgramGraph functionGraph(String functionName) {
        return GraphScope.FUNCTION.cut(this, functionName);
    }

    /** The functions that have a body in the graph (some node in a basic block), in function order. */
    public List<String> definedFunctions() {
        boolean[] defined = new boolean[functions.size()];
        for (Node node : nodes) {
            if (node.function() >= 0 && node.block() >= 0) {
                defined[node.function()] = true;
            }
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < defined.length; f++) {
            if (defined[f]) {
                names.add(functions.get(f));
            }
        }
        return names;
    }

    /** Incremental construction; frontends use it to emit nodes and edges in order. */
    public static final class Builder {
        private final String name;
        private final List<Node> nodes = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final List<String> functions = new ArrayList<>();
        private int blockCount;

        public Builder(String name) {
            this.name = name;
        }

        /** Registers a function and returns its index. */
        public int addFunction(String functionName) {
            functions.add(functionName);
            return functions.size() - 1;
        }

        /** Allocates the next module-wide block index. */
        public int newBlock() {
            return blockCount++;
        }

        public int addNode(NodeType type, String text, String fullText, int function, int block, int irLine,
                           SourceLocation sourceLocation) {
            int id = nodes.size();
            nodes.add(new Node(id, type, text, fullText, function, block, irLine, sourceLocation));
            return id;
        }

        public void addEdge(int source, int target, Flow flow, int position) {
            if (source < 0 || source >= nodes.size() || target < 0 || target >= nodes.size()) {
                throw new IllegalArgumentException("edge " + source + "->" + target + " outside 0.." + nodes.size());
            }
            edges.add(new Edge(source, target, flow, position));
        }

        public int nodeCount() {
            return nodes.size();
        }

        /** The number of blocks allocated so far (the index the next {@link #newBlock()} returns). */
        public int blockCount() {
            return blockCount;
        }

        public ProgramGraph build() {
            return new ProgramGraph(name, nodes, edges, functions, blockCount);
        }
    }
}
