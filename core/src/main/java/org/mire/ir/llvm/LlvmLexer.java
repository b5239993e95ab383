package org.mire.ir.llvm;

/**
 * Splits LLVM IR text into tokens on demand, one token at a time, over a char array (no regular expressions, no
 * token objects). Mirrors LLVM's {@code LLLexer}: {@code name:} is a label, {@code %x}/{@code @x}/{@code !x}/
 * {@code $x} carry their sigil, numbers may be hexadecimal floats ({@code 0xK...}), strings end at the next quote.
 * Tracks the line of each token incrementally so that the parser can give every instruction its line.
 */
final class LlvmLexer {
    static final int EOF = 0;
    static final int LOCAL_VAR = 1;     // %name, %"quoted"
    static final int LOCAL_ID = 2;      // %12
    static final int GLOBAL_VAR = 3;    // @name, @"quoted"
    static final int GLOBAL_ID = 4;     // @12
    static final int METADATA_VAR = 5;  // !name, !DILocation
    static final int METADATA_ID = 6;   // !12
    static final int EXCLAIM = 7;       // ! before { or "
    static final int ATTR_GROUP = 8;    // #12
    static final int COMDAT_VAR = 9;    // $name
    static final int SUMMARY_ID = 10;   // ^12
    static final int INTEGER = 11;
    static final int FLOAT = 12;
    static final int STRING = 13;       // "..."
    static final int CSTRING = 14;      // c"..."
    static final int LABEL = 15;        // name:  12:  "quoted":
    static final int KEYWORD = 16;      // any bare identifier: add, i32, nuw, x, DW_TAG_member
    static final int DBG_RECORD = 17;   // #dbg_value (LLVM 19+ debug records)
    static final int EQUALS = 20;
    static final int COMMA = 21;
    static final int STAR = 22;
    static final int LPAREN = 23;
    static final int RPAREN = 24;
    static final int LSQUARE = 25;
    static final int RSQUARE = 26;
    static final int LBRACE = 27;
    static final int RBRACE = 28;
    static final int LESS = 29;
    static final int GREATER = 30;
    static final int ELLIPSIS = 31;
    static final int BAR = 32;
    static final int COLON = 33;

    private final char[] buf;
    private final int length;
    private final NameTable names;

    /** The current token: kind, [start, end) in the text, and the line it starts on. */
    int kind;
    int start;
    int end;
    int line;
    /** End of the previous token, for slicing the text of a construct that just ended. */
    int prevEnd;

    private int pos;
    private int curLine = 1;
    private String keyword; // interned text of the current KEYWORD token, computed on demand

    LlvmLexer(char[] buf, int length, NameTable names) {
        this.buf = buf;
        this.length = length;
        this.names = names;
    }

    /** Positions the lexer at an offset and reads the token there (start of parse, type-definition pre-scan). */
    void reset(int offset, int lineNumber) {
        pos = offset;
        curLine = lineNumber;
        end = offset;
        next();
    }

    /** The kind of the token after the current one, without consuming anything. */
    int peek() {
        int k0 = kind;
        int s0 = start;
        int e0 = end;
        int l0 = line;
        int p0 = pos;
        int c0 = curLine;
        int pe0 = prevEnd;
        String kw0 = keyword;
        next();
        int result = kind;
        kind = k0;
        start = s0;
        end = e0;
        line = l0;
        pos = p0;
        curLine = c0;
        prevEnd = pe0;
        keyword = kw0;
        return result;
    }

    /** The interned text of the current KEYWORD token. */
    String keyword() {
        if (keyword == null) {
            keyword = names.intern(buf, start, end);
        }
        return keyword;
    }

    boolean isKeyword(String word) {
        return kind == KEYWORD && keyword().equals(word);
    }

    void next() {
        prevEnd = end;
        keyword = null;
        skipTrivia();
        start = pos;
        line = curLine;
        if (pos >= length) {
            kind = EOF;
            end = pos;
            return;
        }
        char c = buf[pos];
        switch (c) {
            case '%' -> lexSigil(LOCAL_VAR, LOCAL_ID);
            case '@' -> lexSigil(GLOBAL_VAR, GLOBAL_ID);
            case '$' -> lexDollar();
            case '!' -> lexExclaim();
            case '#' -> lexHash();
            case '^' -> lexCaret();
            case '"' -> lexQuote();
            case '=' -> punct(EQUALS);
            case ',' -> punct(COMMA);
            case '*' -> punct(STAR);
            case '(' -> punct(LPAREN);
            case ')' -> punct(RPAREN);
            case '[' -> punct(LSQUARE);
            case ']' -> punct(RSQUARE);
            case '{' -> punct(LBRACE);
            case '}' -> punct(RBRACE);
            case '<' -> punct(LESS);
            case '>' -> punct(GREATER);
            case '|' -> punct(BAR);
            case ':' -> punct(COLON);
            case '.' -> lexDot();
            case '+' -> lexPositive();
            default -> {
                if (isDigit(c) || c == '-') {
                    lexDigitOrNegative();
                } else if (isLetter(c) || c == '_') {
                    lexIdentifier();
                } else {
                    throw new ParseFailure(pos, "a token", describeChar(c));
                }
            }
        }
    }

    private void punct(int k) {
        kind = k;
        end = ++pos;
    }

    private void skipTrivia() {
        int p = pos;
        while (p < length) {
            char c = buf[p];
            if (c == '\n') {
                curLine++;
                p++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == 0 || c == '\f' || c == 0x0B) {
                p++;
            } else if (c == ';') {
                while (p < length && buf[p] != '\n') {
                    p++;
                }
            } else if (c == '/' && p + 1 < length && buf[p + 1] == '*') {
                int open = p;
                p += 2;
                while (true) {
                    if (p + 1 >= length) {
                        throw new ParseFailure(open, "'*/' closing the comment", "end of file");
                    }
                    if (buf[p] == '*' && buf[p + 1] == '/') {
                        p += 2;
                        break;
                    }
                    if (buf[p] == '\n') {
                        curLine++;
                    }
                    p++;
                }
            } else {
                break;
            }
        }
        pos = p;
    }

    /** %name, %"quoted", %12 (and the same for @). */
    private void lexSigil(int varKind, int idKind) {
        int p = pos + 1;
        if (p < length && buf[p] == '"') {
            pos = p;
            end = skipString();
            kind = varKind;
            return;
        }
        if (p < length && isDigit(buf[p])) {
            while (p < length && isDigit(buf[p])) {
                p++;
            }
            kind = idKind;
            end = pos = p;
            return;
        }
        if (p < length && isNameStart(buf[p])) {
            while (p < length && isNameChar(buf[p])) {
                p++;
            }
            kind = varKind;
            end = pos = p;
            return;
        }
        throw new ParseFailure(pos, "a name after '" + buf[pos] + "'", describeAt(p));
    }

    /** $comdat, $"quoted", or a label such as $foo: . */
    private void lexDollar() {
        if (labelEndFrom(pos) >= 0) {
            return;
        }
        int p = pos + 1;
        if (p < length && buf[p] == '"') {
            pos = p;
            end = skipString();
            kind = COMDAT_VAR;
            return;
        }
        if (p < length && isNameStart(buf[p])) {
            while (p < length && isNameChar(buf[p])) {
                p++;
            }
            kind = COMDAT_VAR;
            end = pos = p;
            return;
        }
        throw new ParseFailure(pos, "a comdat name after '$'", describeAt(p));
    }

    /** !name (metadata variable or specialised node), !12, or a bare ! before { or a string. */
    private void lexExclaim() {
        int p = pos + 1;
        if (p < length && (isNameStart(buf[p]) || buf[p] == '\\')) {
            while (p < length && (isNameChar(buf[p]) || buf[p] == '\\')) {
                p++;
            }
            kind = METADATA_VAR;
            end = pos = p;
            return;
        }
        if (p < length && isDigit(buf[p])) {
            while (p < length && isDigit(buf[p])) {
                p++;
            }
            kind = METADATA_ID;
            end = pos = p;
            return;
        }
        punct(EXCLAIM);
    }

    /** #12 (attribute group) or #dbg_value (debug record). */
    private void lexHash() {
        int p = pos + 1;
        if (p < length && isDigit(buf[p])) {
            while (p < length && isDigit(buf[p])) {
                p++;
            }
            kind = ATTR_GROUP;
            end = pos = p;
            return;
        }
        if (p < length && (isLetter(buf[p]) || buf[p] == '_')) {
            while (p < length && (isLetter(buf[p]) || isDigit(buf[p]) || buf[p] == '_')) {
                p++;
            }
            kind = DBG_RECORD;
            end = pos = p;
            return;
        }
        throw new ParseFailure(pos, "an attribute group number after '#'", describeAt(p));
    }

    private void lexCaret() {
        int p = pos + 1;
        if (p < length && isDigit(buf[p])) {
            while (p < length && isDigit(buf[p])) {
                p++;
            }
            kind = SUMMARY_ID;
            end = pos = p;
            return;
        }
        throw new ParseFailure(pos, "a summary entry number after '^'", describeAt(p));
    }

    /** "string" or "label": . */
    private void lexQuote() {
        int e = skipString();
        if (e < length && buf[e] == ':') {
            kind = LABEL;
            end = pos = e + 1;
            return;
        }
        kind = STRING;
        end = e;
    }

    /** Skips a string starting at pos (a quote); returns and sets pos to the offset after the closing quote. */
    private int skipString() {
        int open = pos;
        int p = pos + 1;
        int lines = 0;
        while (p < length && buf[p] != '"') {
            if (buf[p] == '\n') {
                lines++;
            }
            p++;
        }
        if (p >= length) {
            throw new ParseFailure(open, "'\"' closing the string", "end of file");
        }
        curLine += lines;
        pos = p + 1;
        return pos;
    }

    private void lexDot() {
        if (pos + 2 < length && buf[pos + 1] == '.' && buf[pos + 2] == '.') {
            kind = ELLIPSIS;
            end = pos = pos + 3;
            return;
        }
        if (labelEndFrom(pos) >= 0) {
            return;
        }
        throw new ParseFailure(pos, "a token", describeChar('.'));
    }

    /** +1.0e+00 style positive floats. */
    private void lexPositive() {
        int p = pos + 1;
        if (p >= length || !isDigit(buf[p])) {
            throw new ParseFailure(pos, "a number after '+'", describeAt(p));
        }
        while (p < length && isDigit(buf[p])) {
            p++;
        }
        if (p >= length || buf[p] != '.') {
            throw new ParseFailure(pos, "a floating-point number", "'" + new String(buf, pos, p - pos) + "'");
        }
        pos = p;
        finishFloatFraction();
    }

    /** If label characters from {@code from} are followed by ':', lexes a label and returns its end. */
    private int labelEndFrom(int from) {
        int p = from;
        while (p < length && isNameChar(buf[p])) {
            p++;
        }
        if (p > from && p < length && buf[p] == ':') {
            kind = LABEL;
            end = pos = p + 1;
            return end;
        }
        return -1;
    }

    private void lexDigitOrNegative() {
        if (labelEndFrom(pos) >= 0) {
            return;
        }
        int p = pos;
        if (buf[p] == '-') {
            p++;
            if (p >= length || !isDigit(buf[p])) {
                throw new ParseFailure(pos, "a number after '-'", describeAt(p));
            }
        }
        if (buf[p] == '0' && p + 1 < length && buf[p + 1] == 'x' && buf[pos] != '-') {
            // Hexadecimal floating point: 0x<16 hex> (double), 0xK (x86_fp80), 0xL (fp128), 0xM (ppc_fp128),
            // 0xH (half), 0xR (bfloat).
            p += 2;
            if (p < length && (buf[p] == 'K' || buf[p] == 'L' || buf[p] == 'M' || buf[p] == 'H' || buf[p] == 'R')) {
                p++;
            }
            int digits = p;
            while (p < length && isHexDigit(buf[p])) {
                p++;
            }
            if (p == digits) {
                throw new ParseFailure(pos, "hexadecimal digits", describeAt(p));
            }
            kind = FLOAT;
            end = pos = p;
            return;
        }
        while (p < length && isDigit(buf[p])) {
            p++;
        }
        if (p < length && buf[p] == '.') {
            pos = p;
            finishFloatFraction();
            return;
        }
        kind = INTEGER;
        end = pos = p;
    }

    /** At a '.', lexes [0-9]*([eE][-+]?[0-9]+)? and makes the token a FLOAT. */
    private void finishFloatFraction() {
        int p = pos + 1;
        while (p < length && isDigit(buf[p])) {
            p++;
        }
        if (p < length && (buf[p] == 'e' || buf[p] == 'E')) {
            int q = p + 1;
            if (q < length && (buf[q] == '-' || buf[q] == '+')) {
                q++;
            }
            if (q < length && isDigit(buf[q])) {
                while (q < length && isDigit(buf[q])) {
                    q++;
                }
                p = q;
            }
        }
        kind = FLOAT;
        end = pos = p;
    }

    private void lexIdentifier() {
        if (labelEndFrom(pos) >= 0) {
            return;
        }
        int p = pos;
        char c = buf[p];
        if (c == 'c' && p + 1 < length && buf[p + 1] == '"') {
            pos = p + 1;
            end = skipString();
            kind = CSTRING;
            return;
        }
        if ((c == 'u' || c == 's') && p + 2 < length && buf[p + 1] == '0' && buf[p + 2] == 'x') {
            int q = p + 3;
            while (q < length && isHexDigit(buf[q])) {
                q++;
            }
            if (q > p + 3) {
                kind = INTEGER;
                end = pos = q;
                return;
            }
        }
        while (p < length && (isLetter(buf[p]) || isDigit(buf[p]) || buf[p] == '_')) {
            p++;
        }
        kind = KEYWORD;
        end = pos = p;
    }

    // ---- character classes ----

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** First character of an unquoted name: [-a-zA-Z$._]. */
    static boolean isNameStart(char c) {
        return isLetter(c) || c == '-' || c == '$' || c == '.' || c == '_';
    }

    /** Characters of an unquoted name or label: [-a-zA-Z$._0-9]. */
    static boolean isNameChar(char c) {
        return isNameStart(c) || isDigit(c);
    }

    // ---- descriptions for error messages ----

    /** The current token as shown in an error message. */
    String describe() {
        if (kind == EOF) {
            return "end of file";
        }
        return quoteForMessage(start, end);
    }

    private String describeAt(int p) {
        if (p >= length) {
            return "end of file";
        }
        return describeChar(buf[p]);
    }

    static String describeChar(char c) {
        if (c == '\n' || c == '\r') {
            return "end of line";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("control character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    String quoteForMessage(int s, int e) {
        int len = e - s;
        if (len > 40) {
            return "'" + new String(buf, s, 37).replace('\n', ' ') + "...'";
        }
        return "'" + new String(buf, s, len).replace('\n', ' ') + "'";
    }
}
