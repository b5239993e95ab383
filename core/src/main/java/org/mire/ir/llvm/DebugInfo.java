package org.mire.ir.llvm;

import java.util.HashMap;
import java.util.Map;
import org.mire.ir.SourceLocation;

/**
 * Resolves {@code !dbg} attachments to source locations: a {@code DILocation}'s line and column, with the file
 * found by walking its scope chain ({@code DILexicalBlock}, {@code DILexicalBlockFile}, {@code DISubprogram}, ...)
 * to the first node with a {@code file:} field, whose {@code DIFile} gives the filename.
 * Reads the metadata definitions as text; caches per node because thousands of instructions share scopes.
 */
final class DebugInfo {
    private static final int MAX_SCOPE_DEPTH = 256;
    private static final String NO_FILE = new String("<none>");

    private final Map<String, String> metadata;
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final Map<String, String> files = new HashMap<>();

    DebugInfo(Map<String, String> metadata) {
        this.metadata = metadata;
    }

    /** Whether a reference ({@code !12}) names a defined node; inline nodes always do. */
    boolean isDefined(String ref) {
        return !isReference(ref) || metadata.containsKey(ref);
    }

    /** The location of a {@code DILocation} reference or inline node; null if it is not a DILocation. */
    SourceLocation location(String ref) {
        SourceLocation cached = locations.get(ref);
        if (cached != null || locations.containsKey(ref)) {
            return cached;
        }
        String node = nodeText(ref);
        SourceLocation result = null;
        if (node != null && nodeKind(node).equals("DILocation")) {
            int line = intField(node, "line");
            int column = intField(node, "column");
            String scope = field(node, "scope");
            result = new SourceLocation(scope == null ? null : fileOfScope(scope), line, column);
        }
        locations.put(ref, result);
        return result;
    }

    /** The location of a function's {@code DISubprogram}: its file and line, column 0. */
    SourceLocation subprogram(String ref) {
        String node = nodeText(ref);
        if (node == null || !nodeKind(node).equals("DISubprogram")) {
            return null;
        }
        return new SourceLocation(fileOfScope(ref), intField(node, "line"), 0);
    }

    private String fileOfScope(String scopeRef) {
        String cached = files.get(scopeRef);
        if (cached != null) {
            return cached == NO_FILE ? null : cached;
        }
        String result = null;
        String ref = scopeRef;
        for (int depth = 0; depth < MAX_SCOPE_DEPTH && ref != null; depth++) {
            String node = nodeText(ref);
            if (node == null) {
                break;
            }
            String kind = nodeKind(node);
            if (kind.equals("DIFile")) {
                result = stringField(node, "filename");
                break;
            }
            String file = field(node, "file");
            if (file != null && !file.equals("null")) {
                String fileNode = nodeText(file);
                result = fileNode == null ? null : stringField(fileNode, "filename");
                break;
            }
            ref = field(node, "scope");
        }
        files.put(scopeRef, result == null ? NO_FILE : result);
        return result;
    }

    /** The node text for a reference ({@code !12}) or an inline node ({@code !DILocation(...)}). */
    private String nodeText(String ref) {
        String text = isReference(ref) ? metadata.get(ref) : ref;
        if (text == null) {
            return null;
        }
        if (text.startsWith("distinct ")) {
            text = text.substring("distinct ".length()).stripLeading();
        }
        return text;
    }

    /** {@code !12} or {@code !name}, as opposed to an inline node such as {@code !DILocation(line: 3)}. */
    private static boolean isReference(String ref) {
        return ref.indexOf('(') < 0 && ref.indexOf('{') < 0 && ref.indexOf('"') < 0;
    }

    /** {@code DILocation} for {@code !DILocation(line: 1)}. */
    private static String nodeKind(String node) {
        int open = node.indexOf('(');
        if (!node.startsWith("!") || open < 0) {
            return "";
        }
        return node.substring(1, open);
    }

    private static int intField(String node, String key) {
        String value = field(node, key);
        if (value == null) {
            return 0;
        }
        try {
            long parsed = Long.parseLong(value);
            return parsed > Integer.MAX_VALUE || parsed < 0 ? 0 : (int) parsed;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String stringField(String node, String key) {
        String value = field(node, key);
        if (value == null || value.length() < 2 || value.charAt(0) != '"') {
            return null;
        }
        return LlvmText.unescape(value.substring(1, value.length() - 1));
    }

    /**
     * The raw value of a top-level {@code key: value} field of a specialised node, or null. Values may be strings
     * (with commas and colons inside), nested nodes or flag lists.
     */
    static String field(String node, String key) {
        int open = node.indexOf('(');
        if (open < 0) {
            return null;
        }
        int n = node.length();
        int i = open + 1;
        while (i < n) {
            while (i < n && (node.charAt(i) == ' ' || node.charAt(i) == ',' || node.charAt(i) == '\n'
                    || node.charAt(i) == '\t' || node.charAt(i) == '\r')) {
                i++;
            }
            int nameStart = i;
            while (i < n && (LlvmLexer.isNameChar(node.charAt(i)))) {
                i++;
            }
            int nameEnd = i;
            if (i >= n || node.charAt(i) != ':') {
                return null; // not a field list (or the closing parenthesis)
            }
            i++;
            while (i < n && node.charAt(i) == ' ') {
                i++;
            }
            int valueStart = i;
            int depth = 0;
            while (i < n) {
                char c = node.charAt(i);
                if (c == '"') {
                    i++;
                    while (i < n && node.charAt(i) != '"') {
                        i++;
                    }
                } else if (c == '(' || c == '{' || c == '[' || c == '<') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']' || c == '>') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
                i++;
            }
            int valueEnd = Math.min(i, n);
            if (nameEnd - nameStart == key.length() && node.startsWith(key, nameStart)) {
                return node.substring(valueStart, valueEnd).strip();
            }
            if (i < n && node.charAt(i) != ',') {
                return null;
            }
        }
        return null;
    }
}
