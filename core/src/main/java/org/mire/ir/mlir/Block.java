package org.mire.ir.mlir;

import java.util.List;

/**
 * A block: its arguments and operations.
 *
 * @param id         module-wide index, dense from 0 in text order
 * @param label      the label as written ({@code ^bb1}), or empty for an unlabelled entry block
 * @param arguments  block arguments (for an entry block of a custom form: the values the operation's syntax
 *                   declares, such as a loop's induction variable or a function's parameters)
 * @param operations operations in order
 * @param line       1-based line of the label, or of the region's opening brace
 */
public record Block(int id, String label, List<Value> arguments, List<Operation> operations, int line) {
    public Block {
        arguments = List.copyOf(arguments);
        operations = List.copyOf(operations);
    }
}
