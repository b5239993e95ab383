package org.mire.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The basic blocks of one function and the control flow between them, derived from the program graph (so it works
 * for any frontend): a block is the instruction nodes that share a block index, in id order; an edge is a control
 * edge that leaves a block. Branch edges know whether they are the true or the false successor, like Compiler
 * Explorer's CFG view colours them.
 *
 * @param function the function's name
 * @param blocks   blocks in order of their first instruction
 * @param edges    edges between blocks (indices into {@code blocks})
 */
public record ControlFlowGraph(String function, List<Block> blocks, List<BlockEdge> edges) {

    /**
     * @param label        the block's label ({@code entry}, {@code for.body}, ...)
     * @param instructions node ids of its instructions, in order
     * @param lines        the text of each instruction (from the IR text where there is one)
     */
    public record Block(String label, int[] instructions, String[] lines) {
    }

    public enum Kind { TRUE, FALSE, UNCONDITIONAL, OTHER }

    public record BlockEdge(int source, int target, Kind kind) {
    }

    /**
     * Builds the CFG of a function.
     *
     * @param irText the IR text the graph's {@code irLine}s point into, for labels and the exact instruction text
     * @throws IllegalArgumentException when the function does not exist
     */
    public static ControlFlowGraph of(ProgramGraph graph, String function, String irText) {
        int f = graph.functionIndex(function);
        if (f < 0) {
            throw new IllegalArgumentException("no function " + function);
        }
        String[] textLines = irText == null ? new String[0] : irText.split("\n", -1);
        Map<Integer, List<Integer>> byBlock = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (node.function() == f && node.type() == NodeType.INSTRUCTION && node.block() >= 0) {
                byBlock.computeIfAbsent(node.block(), b -> {
                    order.add(b);
                    return new ArrayList<>();
                }).add(node.id());
            }
        }
        Map<Integer, Integer> blockOfNode = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            List<Integer> members = byBlock.get(order.get(k));
            int[] ids = members.stream().mapToInt(Integer::intValue).toArray();
            String[] lines = new String[ids.length];
            for (int i = 0; i < ids.length; i++) {
                Node node = graph.node(ids[i]);
                int line = node.irLine();
                lines[i] = line > 0 && line <= textLines.length ? textLines[line - 1].strip() : node.fullText();
                blockOfNode.put(ids[i], k);
            }
            blocks.add(new Block(label(graph.node(ids[0]), textLines, k), ids, lines));
        }
        List<BlockEdge> edges = new ArrayList<>();
        for (Block block : blocks) {
            int last = block.instructions()[block.instructions().length - 1];
            int[] out = graph.outEdges(last);
            int successors = 0;
            for (int e : out) {
                if (graph.edges().get(e).flow() == Flow.CONTROL) {
                    successors++;
                }
            }
            for (int e : out) {
                Edge edge = graph.edges().get(e);
                Integer target = blockOfNode.get(edge.target());
                if (edge.flow() != Flow.CONTROL || target == null) {
                    continue;
                }
                String opcode = graph.node(last).text();
                Kind kind = successors == 1 ? Kind.UNCONDITIONAL
                        : successors == 2 && opcode.equals("br") ? (edge.position() == 0 ? Kind.TRUE : Kind.FALSE)
                        : Kind.OTHER;
                edges.add(new BlockEdge(blocks.indexOf(block), target, kind));
            }
        }
        return new ControlFlowGraph(graph.functions().get(f), List.copyOf(blocks), List.copyOf(edges));
    }

    /** The label line above the block's first instruction ({@code name:} or {@code 5:}), else entry/%index. */
    private static String label(Node first, String[] textLines, int index) {
        int line = first.irLine();
        if (line > 1 && line - 2 < textLines.length) {
            String above = textLines[line - 2].strip();
            int comment = above.indexOf(';');
            String code = comment >= 0 ? above.substring(0, comment).strip() : above;
            if (code.endsWith(":")) {
                return code.substring(0, code.length() - 1);
            }
        }
        return index == 0 ? "entry" : "%" + index;
    }
}
