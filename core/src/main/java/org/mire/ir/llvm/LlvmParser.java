package org.mire.ir.llvm;

import org.mire.ir.IrParseException;

/** Parses textual LLVM IR (LLVM 5 to 22) into an {@link LlvmModule}. */
public final class LlvmParser {
    private LlvmParser() {
    }

    /**
     * Parses IR text. Never throws anything but {@link IrParseException} for bad input.
     *
     * @param sourceName the name used in error messages and as the module's source name
     */
    public static LlvmModule parse(String text, String sourceName) throws IrParseException {
        throw new UnsupportedOperationException("LLVM parser not written yet");
    }
}
