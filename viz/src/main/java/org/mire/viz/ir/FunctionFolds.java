package org.mire.viz.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the function bodies of an IR text are: the foldable regions from a header line ({@code define ...} in
 * LLVM IR, {@code func.func ...} in MLIR) to the line that closes its brace.
 */
final class FunctionFolds {
    /** A foldable region as 0-based paragraph indices: the header stays visible, the rest folds into it. */
    record Region(int header, int end) {
    }

    private FunctionFolds() {
    }

    static List<Region> find(String text) {
        List<Region> regions = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int header = -1;
        int depth = 0;
        for (int paragraph = 0; paragraph < lines.length; paragraph++) {
            String line = lines[paragraph];
            if (header < 0) {
                String trimmed = line.stripLeading();
                boolean opens = trimmed.startsWith("define ") || trimmed.startsWith("func.func ")
                        || trimmed.startsWith("llvm.func ");
                if (opens && line.stripTrailing().endsWith("{")) {
                    header = paragraph;
                    depth = braces(line);
                }
                continue;
            }
            depth += braces(line);
            if (depth <= 0) {
                if (paragraph > header) {
                    regions.add(new Region(header, paragraph));
                }
                header = -1;
            }
        }
        return regions;
    }

    /** Opening minus closing braces outside strings and comments. */
    private static int braces(String line) {
        int balance = 0;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString) {
                if (c == ';' || (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/')) {
                    break;
                }
                if (c == '{') {
                    balance++;
                } else if (c == '}') {
                    balance--;
                }
            }
        }
        return balance;
    }
}
