package org.mire.ir.llvm;

import java.util.List;

/**
 * A basic block.
 *
 * @param label        the block's name without {@code %} ({@code entry}, {@code for.body}, or the implicit
 *                     number such as {@code 0} or {@code 5} when unnamed)
 * @param line         1-based line of the label, or of the first instruction when the label is implicit
 * @param instructions the block's instructions; the last one is the terminator
 */
public record BasicBlock(String label, int line, List<Instruction> instructions) {
    public BasicBlock {
        instructions = List.copyOf(instructions);
    }

    public Instruction terminator() {
        return instructions.get(instructions.size() - 1);
    }
}
