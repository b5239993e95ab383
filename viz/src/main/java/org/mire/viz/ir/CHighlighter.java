package org.mire.viz.ir;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Syntax colouring of C, C++ and OpenCL C source in the IR view's style classes: comments, strings and characters,
 * preprocessor lines, keywords, types and numbers. Pure computation, safe to run off the FX thread.
 */
public final class CHighlighter {
    private static final Set<String> KEYWORDS = Set.of("auto", "break", "case", "const", "continue", "default", "do",
            "else", "enum", "extern", "for", "goto", "if", "inline", "register", "restrict", "return", "sizeof",
            "static", "struct", "switch", "typedef", "union", "volatile", "while", "class", "namespace", "template",
            "typename", "new", "delete", "public", "private", "protected", "virtual", "override", "constexpr",
            "nullptr", "true", "false", "NULL", "__kernel", "kernel", "__global", "global", "__local", "local",
            "__constant", "constant", "__private", "__read_only", "__write_only", "_Bool", "_Atomic",
            "_Noreturn", "_Static_assert", "_Thread_local");
    private static final Pattern TYPE = Pattern.compile("void|char|short|int|long|float|double|signed|unsigned|bool"
            + "|size_t|ssize_t|ptrdiff_t|u?int(8|16|32|64)_t|uintptr_t|FILE|half|u?char\\d*|u?short\\d*|u?int\\d+"
            + "|u?long\\d*|float\\d+|double\\d+");

    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>//[^\\n]*|/\\*(?s:.*?)(?:\\*/|\\z))"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')"
                    + "|(?<PREPROCESSOR>^[ \\t]*#[^\\n]*)"
                    + "|(?<WORD>[A-Za-z_][A-Za-z0-9_]*)"
                    + "|(?<NUMBER>(?:0[xX][0-9A-Fa-f]+|\\d+\\.?\\d*(?:[eE][-+]?\\d+)?)[uUlLfF]*)",
            Pattern.MULTILINE);

    private CHighlighter() {
    }

    /** Style classes for the whole text ({@code ir-comment}, {@code ir-keyword}, ...). */
    public static StyleSpans<Collection<String>> styles(String text) {
        Matcher matcher = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            String style;
            if (matcher.group("COMMENT") != null) {
                style = "ir-comment";
            } else if (matcher.group("STRING") != null) {
                style = "ir-string";
            } else if (matcher.group("PREPROCESSOR") != null) {
                style = "ir-attribute";
            } else if (matcher.group("NUMBER") != null) {
                style = "ir-number";
            } else {
                String word = matcher.group("WORD");
                style = TYPE.matcher(word).matches() ? "ir-type" : KEYWORDS.contains(word) ? "ir-keyword" : null;
            }
            if (style == null) {
                continue;
            }
            spans.add(Collections.emptyList(), matcher.start() - last);
            spans.add(Collections.singleton(style), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
