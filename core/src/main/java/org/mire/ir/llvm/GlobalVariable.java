package org.mire.ir.llvm;

/**
 * A global variable.
 *
 * @param name        with sigil ({@code @g}, {@code @.str})
 * @param valueType   IR text of the type of its contents
 * @param initializer IR text of its initializer, or null for an external declaration
 * @param constant    declared {@code constant} rather than {@code global}
 * @param text        the whole definition as written
 * @param line        1-based line
 */
public record GlobalVariable(String name, String valueType, String initializer, boolean constant, String text,
                             int line) {
}
