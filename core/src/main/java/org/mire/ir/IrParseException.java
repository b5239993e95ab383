package org.mire.ir;

import org.mire.MireException;

/**
 * Input that is not valid IR. Carries the file, the 1-based line and column, what the parser
 * expected and what it found, and the offending line so that a view can show it.
 */
public final class IrParseException extends MireException {
    private final String file;
    private final int line;
    private final int column;
    private final String expected;
    private final String found;
    private final String lineText;

    public IrParseException(String file, int line, int column, String expected, String found, String lineText) {
        super(format(file, line, column, expected, found));
        this.file = file;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
        this.lineText = lineText == null ? "" : lineText;
    }

    private static String format(String file, int line, int column, String expected, String found) {
        String what = found == null || found.isEmpty() ? expected : "expected " + expected + " but found " + found;
        return file + ":" + line + ":" + column + ": " + what;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }

    /** The text of the offending line (without its line terminator), possibly shortened. */
    public String lineText() {
        return lineText;
    }
}
