package org.mire.ir.llvm;

/**
 * An {@code alias} or {@code ifunc}.
 *
 * @param name   with sigil
 * @param ifunc  true for {@code ifunc}, false for {@code alias}
 * @param target IR text of the aliasee or resolver
 * @param text   the whole definition as written
 * @param line   1-based line
 */
public record GlobalAlias(String name, boolean ifunc, String target, String text, int line) {
}
