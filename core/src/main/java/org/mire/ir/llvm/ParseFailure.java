package org.mire.ir.llvm;

/**
 * A syntax error inside the parser, located by character offset. It carries no stack trace (it is control flow,
 * thrown once per bad file) and is turned into an {@link org.mire.ir.IrParseException} with line, column and the
 * offending line at the parser's boundary.
 */
final class ParseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int offset;
    final String expected;
    final String found;

    ParseFailure(int offset, String expected, String found) {
        super(expected, null, false, false);
        this.offset = offset;
        this.expected = expected;
        this.found = found;
    }
}
