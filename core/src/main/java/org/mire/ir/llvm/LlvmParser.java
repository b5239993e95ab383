package org.mire.ir.llvm;

import org.mire.ir.IrParseException;

/**
 * Parses textual LLVM IR (LLVM 5 to 22: typed and opaque pointers) into an {@link LlvmModule}.
 * A hand-written char-array lexer and recursive-descent parser ({@link AsmParser}); bad input of any kind is
 * reported as an {@link IrParseException} with file, line, column, what was expected and what was found.
 */
public final class LlvmParser {
    /** Longest line text kept in an error (huge single-line inputs are cut around the column). */
    private static final int MAX_LINE_TEXT = 240;

    private LlvmParser() {
    }

    /**
     * Parses IR text. Never throws anything but {@link IrParseException} for bad input.
     *
     * @param sourceName the name used in error messages and as the module's source name
     */
    public static LlvmModule parse(String text, String sourceName) throws IrParseException {
        AsmParser parser = new AsmParser(text);
        try {
            return parser.parse(sourceName);
        } catch (ParseFailure failure) {
            throw toException(text, sourceName, failure);
        } catch (StackOverflowError overflow) {
            // Depth is bounded, but a thread with a very small stack could still run out: report, do not crash.
            throw toException(text, sourceName, new ParseFailure(parser.currentOffset(),
                    "input nested less deeply (the parser ran out of stack on this thread)", "deeper nesting"));
        }
    }

    static IrParseException toException(String text, String sourceName, ParseFailure failure) {
        int offset = Math.clamp(failure.offset, 0, text.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int column = offset - lineStart + 1;
        String lineText = text.substring(lineStart, lineEnd);
        if (lineText.endsWith("\r")) {
            lineText = lineText.substring(0, lineText.length() - 1);
        }
        if (lineText.length() > MAX_LINE_TEXT) {
            int from = Math.clamp(column - 1 - MAX_LINE_TEXT / 2, 0, lineText.length() - MAX_LINE_TEXT);
            lineText = (from > 0 ? "..." : "") + lineText.substring(from, from + MAX_LINE_TEXT)
                    + (from + MAX_LINE_TEXT < lineText.length() ? "..." : "");
        }
        return new IrParseException(sourceName, line, column, failure.expected, failure.found, lineText);
    }
}
