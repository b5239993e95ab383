package org.mire.ir.mlir;

/**
 * An SSA value: an operation result or a block argument.
 *
 * @param id   module-wide index, dense from 0
 * @param name the name as written, with its sigil ({@code %arg0}, {@code %0#1} for the second result of {@code %0:2})
 * @param type the type as written (aliases resolved, whitespace collapsed)
 * @param line 1-based line of the definition
 */
public record Value(int id, String name, String type, int line) {
}
