package org.mire.ir.llvm;

/**
 * A formal parameter of a function.
 *
 * @param type IR text of its type
 * @param name its name with sigil ({@code %x}, {@code %0}); for declarations without names, the implicit
 *             numbering ({@code %0}, {@code %1}, ...)
 */
public record Parameter(String type, String name) {
}
