package org.mire.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.ir.llvm.BasicBlock;
import org.mire.ir.llvm.Function;
import org.mire.ir.llvm.Instruction;
import org.mire.ir.llvm.Opcode;
import org.mire.ir.llvm.Parameter;

/**
 * Builds {@link Function} records from the text of a function as clang prints it, filling only what the
 * normaliser reads (parameter names, block labels, results, opcodes, callees, texts). Tests of the normaliser use
 * it so that they do not depend on the parser; golden tests on sample-ir use the real parser.
 */
final class FunctionText {
    private static final Pattern RESULT = Pattern.compile("^\\s*(%[-\\w.$]+|%\"[^\"]*\")\\s*=\\s*(.*)$");
    private static final Pattern CALLEE = Pattern.compile("(@[-\\w.$]+)\\s*\\(");
    private static final Pattern PARAM = Pattern.compile("(?<=\\s)(%[-\\w.$]+)\\s*[,)]");

    private FunctionText() {
    }

    static Function parse(String text) {
        String[] lines = text.strip().split("\n");
        String header = lines[0];
        List<Parameter> parameters = new ArrayList<>();
        Matcher p = PARAM.matcher(header.substring(header.indexOf('(')));
        while (p.find()) {
            parameters.add(new Parameter("?", p.group(1)));
        }
        String name = header.replaceAll("^.*?(@[-\\w.$]+)\\(.*$", "$1");
        List<BasicBlock> blocks = new ArrayList<>();
        String label = String.valueOf(parameters.size());
        List<Instruction> current = new ArrayList<>();
        StringBuilder pending = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.equals("}") || stripped.isEmpty()) {
                continue;
            }
            if (pending != null) {
                pending.append('\n').append(line);
                if (stripped.equals("]")) {
                    current.add(instruction(pending.toString(), i));
                    pending = null;
                }
                continue;
            }
            if (!line.startsWith(" ") && stripped.contains(":")) {
                if (!current.isEmpty()) {
                    blocks.add(new BasicBlock(label, i, current));
                    current = new ArrayList<>();
                }
                label = stripped.substring(0, stripped.indexOf(':'));
                continue;
            }
            if (stripped.startsWith("switch") && stripped.endsWith("[")) {
                pending = new StringBuilder(line.strip());
                continue;
            }
            current.add(instruction(stripped, i));
        }
        if (!current.isEmpty()) {
            blocks.add(new BasicBlock(label, lines.length, current));
        }
        return new Function(name, "?", parameters, false, false, blocks, header, 1, null);
    }

    private static Instruction instruction(String text, int line) {
        String result = null;
        String rest = text;
        Matcher r = RESULT.matcher(text);
        if (r.matches()) {
            result = r.group(1);
            rest = r.group(2);
        }
        Opcode opcode = null;
        for (String word : rest.split("[\\s,(]+")) {
            opcode = Opcode.fromName(word);
            if (opcode != null) {
                break;
            }
        }
        String callee = null;
        if (opcode != null && opcode.isCall()) {
            Matcher c = CALLEE.matcher(rest);
            if (c.find()) {
                callee = c.group(1);
            }
        }
        return new Instruction(opcode, result, "?", List.of(), List.of(), List.of(), callee, null, text, line);
    }
}
