package org.mire.ir;

/**
 * A position in the original source program, from debug info ({@code !dbg} in LLVM IR,
 * {@code loc(...)} in MLIR). {@code file} may be null when the debug info does not name one.
 */
public record SourceLocation(String file, int line, int column) {

    @Override
    public String toString() {
        String where = file == null ? "?" : file;
        return column > 0 ? where + ":" + line + ":" + column : where + ":" + line;
    }
}
