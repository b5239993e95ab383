package org.mire.text;

import java.util.List;

/**
 * The normalised statements of one function (LLVM) or one function-like op (MLIR), in program order.
 *
 * @param name       the function's name as in the IR ({@code @main}); for display and selection only, it takes no
 *                   part in tokens or hashes
 * @param statements its statements in order
 */
public record NormalisedFunction(String name, List<NormalisedStatement> statements) {
    public NormalisedFunction {
        statements = List.copyOf(statements);
    }

    /** SHA-256 (hex) of the statement texts, one per line: equal for functions that differ only in names. */
    public String sha256() {
        ContentHash hash = new ContentHash();
        hash.addFunction(this);
        return hash.hex();
    }

    /** Number of tokens of all statements (without {@code [CLS]}). */
    public int tokenCount() {
        int count = 0;
        for (NormalisedStatement statement : statements) {
            count += statement.tokens().size();
        }
        return count;
    }
}
