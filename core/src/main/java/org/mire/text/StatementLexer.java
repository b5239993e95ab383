package org.mire.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one LLVM statement into lexemes for {@link StatementNormaliser}. It is deliberately
 * forgiving: the instruction has already been accepted by the parser, so the lexer only has to find the
 * boundaries of names, numbers, strings and punctuation, never to validate.
 */
final class StatementLexer {

    enum Kind {
        /** Keywords and bare identifiers: opcodes, types such as {@code i32}, flags, predicates. */
        WORD,
        /** {@code %name}, {@code %12}, {@code %"quoted"}. */
        LOCAL,
        /** {@code @name}, {@code @"quoted"}. */
        GLOBAL,
        /** {@code !name}, {@code !12}, {@code !"string"}, or a lone {@code !} before {@code {}. */
        METADATA,
        /** {@code #12} attribute group references. */
        ATTRIBUTE_GROUP,
        INTEGER,
        FLOAT,
        /** {@code "..."} or {@code c"..."}. */
        STRING,
        /** One of {@code , = ( ) [ ] { } < > * |}, or {@code ...}. */
        PUNCT
    }

    record Lexeme(Kind kind, String text) {
        boolean is(String s) {
            return text.equals(s);
        }

        boolean isPunct(String s) {
            return kind == Kind.PUNCT && text.equals(s);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private StatementLexer() {
    }

    static List<Lexeme> lex(String text) {
        List<Lexeme> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ';') {
                // A comment runs to the end of the line (switch tables may carry them).
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '%' || c == '@' || c == '!') {
                int start = i++;
                if (i < n && text.charAt(i) == '"') {
                    i = skipString(text, i);
                } else {
                    while (i < n && isNameChar(text.charAt(i))) {
                        i++;
                    }
                }
                Kind kind = c == '%' ? Kind.LOCAL : c == '@' ? Kind.GLOBAL : Kind.METADATA;
                out.add(new Lexeme(kind, text.substring(start, i)));
            } else if (c == '#') {
                int start = i++;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                out.add(new Lexeme(Kind.ATTRIBUTE_GROUP, text.substring(start, i)));
            } else if (c == '"') {
                int start = i;
                i = skipString(text, i);
                out.add(new Lexeme(Kind.STRING, text.substring(start, i)));
            } else if (c == 'c' && i + 1 < n && text.charAt(i + 1) == '"') {
                int start = i;
                i = skipString(text, i + 1);
                out.add(new Lexeme(Kind.STRING, text.substring(start, i)));
            } else if (c == '.' && text.startsWith("...", i)) {
                out.add(new Lexeme(Kind.PUNCT, "..."));
                i += 3;
            } else if (Character.isDigit(c) || ((c == '-' || c == '+') && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                i = lexNumber(text, i, out);
            } else if (isNameStart(c)) {
                int start = i;
                while (i < n && isNameChar(text.charAt(i))) {
                    i++;
                }
                // Words such as "u0x1F" (hex integers with a sign prefix) are rare; treat s0x/u0x as integers.
                String word = text.substring(start, i);
                if ((word.startsWith("u0x") || word.startsWith("s0x")) && word.length() > 3) {
                    out.add(new Lexeme(Kind.INTEGER, word));
                } else {
                    out.add(new Lexeme(Kind.WORD, word));
                }
            } else {
                out.add(new Lexeme(Kind.PUNCT, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static int lexNumber(String text, int i, List<Lexeme> out) {
        int n = text.length();
        int start = i;
        if (text.charAt(i) == '-' || text.charAt(i) == '+') {
            i++;
        }
        if (text.startsWith("0x", i)) {
            // Hexadecimal literals are floating point in LLVM IR (0x3FF0..., 0xK..., 0xH..., 0xR..., 0xL..., 0xM...).
            i += 2;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            out.add(new Lexeme(Kind.FLOAT, text.substring(start, i)));
            return i;
        }
        boolean isFloat = false;
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i < n && text.charAt(i) == '.' && !text.startsWith("...", i)) {
            isFloat = true;
            i++;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && i + 1 < n
                && (Character.isDigit(text.charAt(i + 1)) || ((text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+')
                && i + 2 < n && Character.isDigit(text.charAt(i + 2))))) {
            isFloat = true;
            i += 2;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (!isFloat && i < n && isNameChar(text.charAt(i))) {
            // Not a number after all (e.g. a label such as "5abc"); keep it as one word.
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            out.add(new Lexeme(Kind.WORD, text.substring(start, i)));
            return i;
        }
        out.add(new Lexeme(isFloat ? Kind.FLOAT : Kind.INTEGER, text.substring(start, i)));
        return i;
    }

    /** Returns the index just after the closing quote of the string whose opening quote is at {@code i}. */
    private static int skipString(String text, int i) {
        int n = text.length();
        i++;
        while (i < n && text.charAt(i) != '"') {
            i++;
        }
        return Math.min(n, i + 1);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c == '.';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-';
    }
}
