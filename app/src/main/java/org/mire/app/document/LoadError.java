package org.mire.app.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.MireException;
import org.mire.ir.IrParseException;
import org.mire.progress.CancelledException;

/**
 * Why a file could not be opened, in the words the UI shows: a title, the one-line message (file:line:col: what),
 * and where there is one, the position and the offending line.
 *
 * @param kind     what went wrong
 * @param title    a short heading ("Cannot parse foo.ll", "clang is not installed")
 * @param message  the one-line message
 * @param line     1-based line, or 0
 * @param column   1-based column, or 0
 * @param lineText the offending line, or empty
 * @param hint     what the user can do, or empty
 */
public record LoadError(Kind kind, String title, String message, int line, int column, String lineText,
                        String hint) {

    public enum Kind { PARSE, TOOL_MISSING, INPUT, CANCELLED, INTERNAL }

    private static final Pattern POSITION = Pattern.compile("^(.*?):(\\d+):(\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern LINE_ONLY = Pattern.compile("^(.*?):(\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern MISSING_TOOL = Pattern.compile(
            "([\\w.+-]+) \\(or [\\w.+-]+\\) is not on the PATH; install it with: (.*)$");

    /** Describes a failure to open {@code name}; {@code text} (may be null) supplies the offending line. */
    public static LoadError of(Throwable failure, String name, String text) {
        if (failure instanceof CancelledException) {
            return new LoadError(Kind.CANCELLED, "Opening " + name + " was cancelled", "Cancelled.", 0, 0, "",
                    "Open the file again to retry.");
        }
        if (failure instanceof IrParseException parse) {
            String lineText = parse.lineText().isEmpty() ? lineOf(text, parse.line()) : parse.lineText();
            return new LoadError(Kind.PARSE, "Cannot parse " + name, parse.getMessage(), parse.line(),
                    parse.column(), lineText, "");
        }
        if (failure instanceof MireException mire) {
            String message = mire.getMessage() == null ? "failed" : mire.getMessage();
            Matcher tool = MISSING_TOOL.matcher(message);
            if (tool.find()) {
                return new LoadError(Kind.TOOL_MISSING, tool.group(1) + " is not installed", message, 0, 0, "",
                        "Install it with: " + tool.group(2));
            }
            Matcher position = POSITION.matcher(message);
            if (position.matches()) {
                int line = Integer.parseInt(position.group(2));
                return new LoadError(Kind.INPUT, "Cannot open " + name, message, line,
                        Integer.parseInt(position.group(3)), lineOf(text, line), "");
            }
            Matcher lineOnly = LINE_ONLY.matcher(message);
            if (lineOnly.matches()) {
                int line = Integer.parseInt(lineOnly.group(2));
                return new LoadError(Kind.INPUT, "Cannot open " + name, message, line, 0, lineOf(text, line), "");
            }
            return new LoadError(Kind.INPUT, "Cannot open " + name, message, 0, 0, "", "");
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return new LoadError(Kind.INTERNAL, "Internal error while opening " + name, name + ": " + detail, 0, 0, "",
                "This is a bug in MIRE Workbench; the log has the details.");
    }

    /** Line {@code line} (1-based) of the text, or empty. */
    static String lineOf(String text, int line) {
        if (text == null || line < 1) {
            return "";
        }
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = text.indexOf('\n', start);
            if (start < 0) {
                return "";
            }
            start++;
        }
        int end = text.indexOf('\n', start);
        String found = text.substring(start, end < 0 ? text.length() : end);
        return found.endsWith("\r") ? found.substring(0, found.length() - 1) : found;
    }

    /**
     * The message on one line, for a status bar: its first line, and where that only introduces a tool's output
     * ({@code bad.c: clang failed (exit 1):}) the tool's first line too.
     */
    public String summary() {
        List<String> lines = message.lines().toList();
        if (lines.isEmpty()) {
            return "";
        }
        String first = lines.getFirst();
        return first.endsWith(":") && lines.size() > 1 ? first + " " + lines.get(1).strip() : first;
    }

    /** The message's first line: what failed. */
    public String headline() {
        return message.lines().findFirst().orElse("");
    }

    /** What a tool printed after the headline (a compiler's errors with their carets), or empty. */
    public String toolOutput() {
        int end = message.indexOf('\n');
        return end < 0 ? "" : message.substring(end + 1);
    }

    /** "file:line:col" or "file:line" or the file name alone. */
    public String location(String name) {
        if (line <= 0) {
            return name;
        }
        return column > 0 ? name + ":" + line + ":" + column : name + ":" + line;
    }
}
