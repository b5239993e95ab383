package org.mire.ir.mlir;

import java.util.ArrayList;
import java.util.List;
import org.mire.ir.IrParseException;

/**
 * Splits MLIR text into tokens, following MLIR's own lexer: identifiers with sigils ({@code %}, {@code ^},
 * {@code @}, {@code #}, {@code !}), bare identifiers (which may contain dots), numbers, strings and punctuation.
 * Shapes such as {@code 4x8xf32} come out as an integer followed by a bare identifier, as in MLIR.
 */
final class MlirLexer {

    enum Kind {
        BARE_ID, VALUE_ID, CARET_ID, SYMBOL, HASH_ID, BANG_ID, INTEGER, FLOAT, STRING,
        LPAREN, RPAREN, LSQUARE, RSQUARE, LBRACE, RBRACE, LESS, GREATER, COLON, COMMA, EQUAL, ARROW, QUESTION,
        STAR, PLUS, MINUS, ELLIPSIS, VERTICAL_BAR, METADATA_BEGIN, METADATA_END, EOF
    }

    /** A token: its kind and its [start, end) offsets in the text. */
    record Token(Kind kind, int start, int end) {
    }

    private final String text;
    private final String file;
    private final int[] lineStarts;

    MlirLexer(String text, String file) {
        this.text = text;
        this.file = file;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    /** Lexes the whole text. */
    List<Token> tokens() throws IrParseException {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (true) {
            pos = skipTrivia(pos);
            if (pos >= n) {
                tokens.add(new Token(Kind.EOF, n, n));
                return tokens;
            }
            Token token = next(pos);
            tokens.add(token);
            pos = token.end();
        }
    }

    private int skipTrivia(int pos) {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '/' && pos + 1 < n && text.charAt(pos + 1) == '/') {
                while (pos < n && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
        return pos;
    }

    private Token next(int pos) throws IrParseException {
        char c = text.charAt(pos);
        int n = text.length();
        switch (c) {
            case '(': return new Token(Kind.LPAREN, pos, pos + 1);
            case ')': return new Token(Kind.RPAREN, pos, pos + 1);
            case '[': return new Token(Kind.LSQUARE, pos, pos + 1);
            case ']': return new Token(Kind.RSQUARE, pos, pos + 1);
            case '}': return new Token(Kind.RBRACE, pos, pos + 1);
            case '<': return new Token(Kind.LESS, pos, pos + 1);
            case '>': return new Token(Kind.GREATER, pos, pos + 1);
            case ':': return new Token(Kind.COLON, pos, pos + 1);
            case ',': return new Token(Kind.COMMA, pos, pos + 1);
            case '=': return new Token(Kind.EQUAL, pos, pos + 1);
            case '?': return new Token(Kind.QUESTION, pos, pos + 1);
            case '*': return new Token(Kind.STAR, pos, pos + 1);
            case '+': return new Token(Kind.PLUS, pos, pos + 1);
            case '|': return new Token(Kind.VERTICAL_BAR, pos, pos + 1);
            case '{':
                if (text.startsWith("{-#", pos)) {
                    return new Token(Kind.METADATA_BEGIN, pos, pos + 3);
                }
                return new Token(Kind.LBRACE, pos, pos + 1);
            case '-':
                if (pos + 1 < n && text.charAt(pos + 1) == '>') {
                    return new Token(Kind.ARROW, pos, pos + 2);
                }
                return new Token(Kind.MINUS, pos, pos + 1);
            case '.':
                if (text.startsWith("...", pos)) {
                    return new Token(Kind.ELLIPSIS, pos, pos + 3);
                }
                throw error(pos, "a token", "'.'");
            case '"':
                return new Token(Kind.STRING, pos, endOfString(pos));
            case '%':
                return prefixed(pos, Kind.VALUE_ID, true);
            case '^':
                return prefixed(pos, Kind.CARET_ID, false);
            case '!':
                return prefixed(pos, Kind.BANG_ID, false);
            case '#':
                if (text.startsWith("#-}", pos)) {
                    return new Token(Kind.METADATA_END, pos, pos + 3);
                }
                return prefixed(pos, Kind.HASH_ID, false);
            case '@':
                if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                    return new Token(Kind.SYMBOL, pos, endOfString(pos + 1));
                }
                if (pos + 1 < n && isBareStart(text.charAt(pos + 1))) {
                    int end = pos + 2;
                    while (end < n && isBareChar(text.charAt(end))) {
                        end++;
                    }
                    return new Token(Kind.SYMBOL, pos, end);
                }
                throw error(pos, "a symbol name after '@'", describe(pos + 1));
            default:
                break;
        }
        if (Character.isDigit(c)) {
            return number(pos);
        }
        if (isBareStart(c)) {
            int end = pos + 1;
            while (end < n && isBareChar(text.charAt(end))) {
                end++;
            }
            return new Token(Kind.BARE_ID, pos, end);
        }
        throw error(pos, "a token", describe(pos));
    }

    private Token prefixed(int pos, Kind kind, boolean resultNumber) throws IrParseException {
        int n = text.length();
        int end = pos + 1;
        if (end < n && Character.isDigit(text.charAt(end))) {
            while (end < n && Character.isDigit(text.charAt(end))) {
                end++;
            }
        } else if (end < n && isSuffixStart(text.charAt(end))) {
            end++;
            while (end < n && isSuffixChar(text.charAt(end))) {
                end++;
            }
        } else if (kind == Kind.BANG_ID && end < n && text.charAt(end) == '"') {
            end = endOfString(end);   // !"dialect.type"
        } else {
            throw error(pos, "an identifier after '" + text.charAt(pos) + "'", describe(end));
        }
        // A dialect type or attribute with a pretty body (!llvm.ptr<i8>, #vector.kind<add>) is one token, as the
        // body may hold characters that are not MLIR tokens.
        if ((kind == Kind.BANG_ID || kind == Kind.HASH_ID) && end < n && text.charAt(end) == '<') {
            end = endOfPrettyBody(end);
        }
        // %name#3 refers to one result of a multi-result operation.
        if (resultNumber && end + 1 < n && text.charAt(end) == '#' && Character.isDigit(text.charAt(end + 1))) {
            end += 2;
            while (end < n && Character.isDigit(text.charAt(end))) {
                end++;
            }
        }
        return new Token(kind, pos, end);
    }

    private Token number(int pos) {
        int n = text.length();
        int end = pos;
        if (text.charAt(pos) == '0' && pos + 2 < n && text.charAt(pos + 1) == 'x' && isHex(text.charAt(pos + 2))) {
            end = pos + 2;
            while (end < n && isHex(text.charAt(end))) {
                end++;
            }
            return new Token(Kind.INTEGER, pos, end);
        }
        while (end < n && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end < n && text.charAt(end) == '.') {
            end++;
            while (end < n && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end < n && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
                int exp = end + 1;
                if (exp < n && (text.charAt(exp) == '+' || text.charAt(exp) == '-')) {
                    exp++;
                }
                if (exp < n && Character.isDigit(text.charAt(exp))) {
                    end = exp;
                    while (end < n && Character.isDigit(text.charAt(end))) {
                        end++;
                    }
                }
            }
            return new Token(Kind.FLOAT, pos, end);
        }
        return new Token(Kind.INTEGER, pos, end);
    }

    private int endOfString(int quote) throws IrParseException {
        int n = text.length();
        int i = quote + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                i++;
            }
            i++;
        }
        throw error(quote, "a closing '\"'", "the end of the line");
    }

    /** Offset just past a pretty dialect body that starts with '<' at {@code open}, balancing brackets as MLIR does. */
    int endOfPrettyBody(int open) throws IrParseException {
        int n = text.length();
        StringBuilder stack = new StringBuilder();
        int i = open;
        while (i < n) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> stack.append('>');
                case '(' -> stack.append(')');
                case '[' -> stack.append(']');
                case '{' -> stack.append('}');
                case '"' -> {
                    i = endOfString(i);
                    continue;
                }
                case '-' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '>') {
                        i += 2;
                        continue;
                    }
                }
                case '>', ')', ']', '}' -> {
                    if (!stack.isEmpty() && stack.charAt(stack.length() - 1) == c) {
                        stack.setLength(stack.length() - 1);
                        if (stack.isEmpty()) {
                            return i + 1;
                        }
                    } else if (c != '>') {
                        throw error(i, "'" + (stack.isEmpty() ? '>' : stack.charAt(stack.length() - 1)) + "'",
                                "'" + c + "' in a dialect attribute or type body");
                    }
                }
                default -> {
                }
            }
            i++;
        }
        throw error(open, "a closing '>' for this dialect attribute or type", "the end of the file");
    }

    static boolean isBareStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isBareChar(char c) {
        return isBareStart(c) || (c >= '0' && c <= '9') || c == '$' || c == '.';
    }

    private static boolean isSuffixStart(char c) {
        return isBareStart(c) || c == '$' || c == '.' || c == '-';
    }

    private static boolean isSuffixChar(char c) {
        return isSuffixStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private String describe(int pos) {
        if (pos >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(pos);
        if (c == '\n' || c == '\r') {
            return "the end of the line";
        }
        return Character.isISOControl(c) ? String.format("character U+%04X", (int) c) : "'" + c + "'";
    }

    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        String s = text.substring(start, end).stripTrailing();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    IrParseException error(int offset, String expected, String found) {
        int off = Math.min(Math.max(offset, 0), text.length());
        int line = line(off);
        return new IrParseException(file, line, column(off), expected, found, lineText(line));
    }
}
