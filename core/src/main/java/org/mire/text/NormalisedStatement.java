package org.mire.text;

import java.util.List;

/**
 * One IR statement after normalisation (see {@code docs/tokens.md}).
 *
 * @param text   the normalised statement, readable and stable ({@code %ID = add nsw i32 %ID, 1}); it is what
 *               corpus hashes are computed from
 * @param tokens the statement's tokens for the text encoder ({@code add nsw i32 %ID 1}): the text without its
 *               result name, commas, {@code =}, {@code to} and non-type brackets
 */
public record NormalisedStatement(String text, List<String> tokens) {
    public NormalisedStatement {
        tokens = List.copyOf(tokens);
    }
}
