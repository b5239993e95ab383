package org.mire.ir.llvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.ir.IrParseException;
import org.mire.tools.ExternalTool;

/**
 * Checks our parser against LLVM: parses a {@code .ll} file and compares the number of instructions in every
 * defined function with LLVM's own count.
 * <p>
 * LLVM's count comes from a round trip through LLVM's own parser and printer ({@code opt -S} with no passes, the same
 * as {@code llvm-as | llvm-dis} in one process): the output is printed by LLVM's AsmWriter, which writes one instruction per line (a switch's cases and a landingpad's clauses go on
 * continuation lines that do not start with an opcode), so counting the lines that start with an opcode counts
 * LLVM's instructions. When the installed {@code opt} cannot read the file (IR from a newer LLVM, such as
 * rustc's, or LLVM 5 syntax that LLVM 16 dropped), the same line count is taken on the input text itself, which
 * was printed by the producing LLVM's AsmWriter; the result says which reference was used.
 */
public final class LlvmConformance {
    private static final long TOOL_TIMEOUT_SECS = 600;

    /** Where the reference counts came from. */
    public enum Reference {
        /** Instruction lines of {@code opt -S} output (LLVM's own reading and printing of the file). */
        LLVM_ROUND_TRIP,
        /** Instruction lines of the input text, because {@code opt} rejected it or is not installed. */
        INPUT_TEXT
    }

    /**
     * The outcome for one file.
     *
     * @param file          the file
     * @param parseError    our parser's error, or null when it parsed the file
     * @param reference     where the expected counts came from
     * @param referenceNote why the input text was used (opt's first error line), or null
     * @param functions     number of defined functions compared
     * @param instructions  number of instructions in the reference
     * @param mismatches    one line per function whose counts differ (or that only one side has), then one per
     *                      local operand whose written type differs from the type we computed for its definition
     */
    public record Result(Path file, String parseError, Reference reference, String referenceNote, int functions,
                         long instructions, List<String> mismatches) {
        public Result {
            mismatches = List.copyOf(mismatches);
        }

        public boolean parsed() {
            return parseError == null;
        }

        public boolean agrees() {
            return parsed() && mismatches.isEmpty();
        }
    }

    private LlvmConformance() {
    }

    /** Parses {@code file} with our parser and compares per-function instruction counts with LLVM's. */
    public static Result check(Path file) throws MireException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, Integer> ours;
        List<String> typeProblems;
        try {
            LlvmModule module = LlvmParser.parse(text, file.getFileName().toString());
            ours = countInstructions(module);
            typeProblems = typeInconsistencies(module);
        } catch (IrParseException e) {
            return new Result(file, e.getMessage(), Reference.INPUT_TEXT, null, 0, 0, List.of());
        }
        Reference reference = Reference.LLVM_ROUND_TRIP;
        String note = null;
        String referenceText = null;
        if (ExternalTool.OPT.isAvailable()) {
            // opt -S with no passes = LLVM's parser, verifier and AsmWriter in one process (as llvm-as | llvm-dis)
            ExternalTool.Result printed = ExternalTool.OPT.runForResult(List.of("-S", "-o", "-", file.toString()),
                    TOOL_TIMEOUT_SECS);
            if (printed.exitCode() == 0) {
                referenceText = printed.stdout();
            } else {
                note = firstLine(printed.stderr());
            }
        } else {
            note = "opt (llvm-16) is not installed";
        }
        if (referenceText == null) {
            reference = Reference.INPUT_TEXT;
            referenceText = text;
        }
        Map<String, Integer> expected = countInstructionLines(referenceText);
        List<String> mismatches = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            total += e.getValue();
            Integer mine = ours.get(e.getKey());
            if (!e.getValue().equals(mine)) {
                mismatches.add(e.getKey() + ": LLVM " + e.getValue() + ", ours " + (mine == null ? "missing" : mine));
            }
        }
        for (String name : ours.keySet()) {
            if (!expected.containsKey(name)) {
                mismatches.add(name + ": LLVM missing, ours " + ours.get(name));
            }
        }
        mismatches.addAll(typeProblems.subList(0, Math.min(20, typeProblems.size())));
        return new Result(file, null, reference, note, expected.size(), total, mismatches);
    }

    /**
     * Local operands whose type, as written at the use, differs from the result type we computed for the value's
     * definition (or its parameter type): an independent check of computed result types (getelementptr through
     * typed pointers and structs, extractvalue, vector compares, calls), since LLVM writes the type at each use.
     * Operands whose type is not written at the use (phi and switch values, the second operand of a binary
     * operator) carry the instruction's type, which the check then also covers.
     */
    public static List<String> typeInconsistencies(LlvmModule module) {
        List<String> problems = new ArrayList<>();
        for (Function f : module.functions()) {
            Map<String, String> defined = new java.util.HashMap<>();
            for (Parameter p : f.parameters()) {
                defined.put(p.name(), p.type());
            }
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions()) {
                    if (i.result() != null) {
                        defined.put(i.result(), i.type());
                    }
                }
            }
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions()) {
                    for (Operand o : i.operands()) {
                        if (o.kind() == Operand.Kind.LOCAL && !o.type().equals(defined.get(o.value()))) {
                            problems.add(f.name() + " line " + i.line() + ": " + o.value() + " is "
                                    + defined.get(o.value()) + " but used as " + o.type());
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Instructions per defined function of a parsed module, by name with sigil. */
    public static Map<String, Integer> countInstructions(LlvmModule module) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Function f : module.functions()) {
            if (!f.declaration()) {
                counts.put(f.name(), f.instructionCount());
            }
        }
        return counts;
    }

    /**
     * Instructions per defined function of IR text printed by LLVM's AsmWriter, counted line by line without our
     * parser: inside a function body, an indented line whose first word (after {@code %name =}) is an opcode,
     * or {@code tail}/{@code musttail}/{@code notail}.
     */
    public static Map<String, Integer> countInstructionLines(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String function = null;
        String header = null;
        int count = 0;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (function == null) {
                if (text.startsWith("define ", lineStart)) {
                    header = functionName(text.substring(lineStart, lineEnd));
                }
                if (header != null && text.substring(lineStart, lineEnd).stripTrailing().endsWith("{")) {
                    function = header; // the header may continue over several lines up to the '{'
                    header = null;
                    count = 0;
                }
            } else if (lineEnd - lineStart >= 1 && text.charAt(lineStart) == '}') {
                counts.put(function, count);
                function = null;
            } else if (lineStart < lineEnd && (text.charAt(lineStart) == ' ' || text.charAt(lineStart) == '\t')
                    && startsWithOpcode(text, lineStart, lineEnd)) {
                count++;
            }
            lineStart = lineEnd + 1;
        }
        return counts;
    }

    private static boolean startsWithOpcode(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < to && text.charAt(i) == '%') {
            // skip "%name = " (the name may be quoted and contain anything but a quote)
            i++;
            if (i < to && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0 || close >= to) {
                    return false;
                }
                i = close + 1;
            } else {
                while (i < to && text.charAt(i) != ' ') {
                    i++;
                }
            }
            if (!text.startsWith(" = ", i)) {
                return false;
            }
            i += 3;
        }
        int wordEnd = i;
        while (wordEnd < to && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '_')) {
            wordEnd++;
        }
        String word = text.substring(i, wordEnd);
        return Opcode.fromName(word) != null || word.equals("tail") || word.equals("musttail")
                || word.equals("notail");
    }

    /** {@code @name} from a define line, normalised like the parser (quotes only when needed). */
    static String functionName(String defineLine) {
        int at = defineLine.indexOf('@');
        if (at < 0) {
            return "?";
        }
        int i = at + 1;
        if (i < defineLine.length() && defineLine.charAt(i) == '"') {
            int close = defineLine.indexOf('"', i + 1);
            if (close < 0) {
                return "?";
            }
            char[] content = defineLine.substring(i + 1, close).toCharArray();
            boolean plain = !LlvmText.needsQuotes(content, 0, content.length)
                    && defineLine.substring(i + 1, close).indexOf('\\') < 0;
            return plain ? "@" + new String(content) : defineLine.substring(at, close + 1);
        }
        int end = i;
        while (end < defineLine.length() && LlvmLexer.isNameChar(defineLine.charAt(end))) {
            end++;
        }
        return defineLine.substring(at, end);
    }

    private static String firstLine(String s) {
        String stripped = s.strip();
        int nl = stripped.indexOf('\n');
        return nl < 0 ? stripped : stripped.substring(0, nl);
    }
}
