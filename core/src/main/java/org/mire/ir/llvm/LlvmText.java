package org.mire.ir.llvm;

/** Spelling rules of LLVM IR text shared by the parser and the conformance counter. */
final class LlvmText {
    private LlvmText() {
    }

    /**
     * Whether a name must be quoted to be read back, by LLVM's own rule (AsmWriter's printLLVMNameWithoutPrefix):
     * empty, starting with a digit, or containing a character outside {@code [-a-zA-Z$._0-9]}.
     */
    static boolean needsQuotes(char[] buf, int start, int end) {
        if (end <= start || LlvmLexer.isDigit(buf[start])) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (!LlvmLexer.isNameChar(buf[i])) {
                return true;
            }
        }
        return false;
    }

    /** Decodes LLVM's string escapes: {@code \\} and {@code \XX} (two hex digits). Other text is kept. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        byte[] pending = new byte[s.length()];
        int pendingLength = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int decoded = -1;
            int skip = 0;
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                decoded = '\\';
                skip = 1;
            } else if (c == '\\' && i + 2 < s.length() && LlvmLexer.isHexDigit(s.charAt(i + 1))
                    && LlvmLexer.isHexDigit(s.charAt(i + 2))) {
                decoded = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                skip = 2;
            }
            if (decoded >= 0) {
                pending[pendingLength++] = (byte) decoded;
                i += skip;
            } else {
                if (pendingLength > 0) {
                    out.append(new String(pending, 0, pendingLength, java.nio.charset.StandardCharsets.UTF_8));
                    pendingLength = 0;
                }
                out.append(c);
            }
        }
        if (pendingLength > 0) {
            out.append(new String(pending, 0, pendingLength, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
