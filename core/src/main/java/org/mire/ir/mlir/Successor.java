package org.mire.ir.mlir;

import java.util.List;

/**
 * A successor of a terminator: the target block (by module-wide block id) and the operands passed to its arguments
 * (these are also among the operation's operands, as in MLIR).
 */
public record Successor(String label, int blockId, List<Operand> arguments) {
    public Successor {
        arguments = List.copyOf(arguments);
    }
}
