package org.mire.graph;

import java.util.List;

/**
 * The basic blocks of one function and the control flow between them, derived from the program graph (so it works
 * for any frontend, and for graphs read back from ProGraML JSON). Branch edges know whether they are the true or
 * the false successor, as Compiler Explorer's CFG view colours them.
 *
 * <p>For LLVM IR a block is the instructions that share a block index. MLIR adds structured control flow: an op
 * with regions ({@code affine.for}, {@code scf.if}, {@code scf.while}, ...) ends its block, its regions' blocks
 * follow it, and the ops after it start a block of their own. Loops get a header block of their own (the loop op),
 * a true edge into the body, a false edge to the ops after the loop and a back-edge from the body's end to the
 * header; {@code scf.if} branches true/false into its then/else regions, which join after it ({@link RegionOps}).
 *
 * @param function the function's name
 * @param blocks   blocks in text order (of their first instruction); the first is the entry block
 * @param edges    edges between blocks (indices into {@code blocks})
 */
public record ControlFlowGraph(String function, List<Block> blocks, List<BlockEdge> edges) {

    /**
     * @param label        the block's label ({@code entry}, {@code for.body}, {@code affine.for %i body}, ...)
     * @param instructions node ids of its instructions, in order
     * @param lines        the text of each instruction (its IR line where that line holds it once, else the node's
     *                     full text: an implicit {@code affine.yield} has no line of its own)
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
     *               (null or empty: the nodes' full text is used)
     * @throws IllegalArgumentException when the function does not exist
     */
    public static ControlFlowGraph of(ProgramGraph graph, String function, String irText) {
        return new ControlFlowBuilder(graph, function, irText).build();
    }
}
