package org.mire.viz.ir;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Syntax colouring of LLVM IR text by regular expressions: comments, strings, metadata, globals, locals, labels,
 * types, instructions, keywords, numbers. Pure computation, safe to run off the FX thread.
 */
public final class LlvmHighlighter {
    private static final String OPCODES = String.join("|", List.of(
            "ret", "br", "switch", "indirectbr", "invoke", "resume", "unreachable", "cleanupret", "catchret",
            "catchswitch", "callbr", "fneg", "add", "fadd", "sub", "fsub", "mul", "fmul", "udiv", "sdiv", "fdiv",
            "urem", "srem", "frem", "shl", "lshr", "ashr", "and", "or", "xor", "extractelement", "insertelement",
            "shufflevector", "extractvalue", "insertvalue", "alloca", "load", "store", "fence", "cmpxchg",
            "atomicrmw", "getelementptr", "trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp",
            "sitofp", "ptrtoint", "inttoptr", "bitcast", "addrspacecast", "icmp", "fcmp", "phi", "select", "call",
            "va_arg", "landingpad", "catchpad", "cleanuppad", "freeze", "tail", "musttail", "notail"));
    private static final String KEYWORDS = String.join("|", List.of(
            "define", "declare", "global", "constant", "private", "internal", "external", "linkonce", "linkonce_odr",
            "weak", "weak_odr", "common", "appending", "extern_weak", "available_externally", "dso_local",
            "dso_preemptable", "unnamed_addr", "local_unnamed_addr", "align", "nsw", "nuw", "exact", "inbounds",
            "to", "label", "target", "datalayout", "triple", "source_filename", "attributes", "section", "comdat",
            "nonnull", "noundef", "noalias", "nocapture", "readonly", "writeonly", "zeroinitializer", "undef",
            "poison", "null", "true", "false", "eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle",
            "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "une", "uno", "volatile", "atomic", "seq_cst",
            "acquire", "release", "monotonic", "fast", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc",
            "x", "type", "opaque", "personality", "cleanup", "catch", "filter", "within", "from", "unwind", "nuw",
            "signext", "zeroext", "inreg", "byval", "sret", "returned", "immarg", "hidden", "protected", "default",
            "thread_local", "alias", "ifunc", "asm", "sideeffect", "alignstack", "inteldialect", "distinct",
            "uselistorder", "cc", "ccc", "fastcc", "coldcc", "swiftcc", "tailcc", "spir_kernel", "spir_func",
            "gc", "prefix", "prologue", "partition", "nneg", "disjoint", "samesite", "inrange"));
    private static final String TYPES = "i\\d+|void|half|bfloat|float|double|x86_fp80|fp128|ppc_fp128|ptr|metadata"
            + "|token|x86_amx|x86_mmx";

    private static final java.util.Set<String> OPCODE_SET = new java.util.HashSet<>(
            java.util.Arrays.asList(OPCODES.split("\\|")));
    private static final java.util.Set<String> KEYWORD_SET = new java.util.HashSet<>(
            java.util.Arrays.asList(KEYWORDS.split("\\|")));
    private static final Pattern TYPE = Pattern.compile(TYPES);

    /**
     * One pass over the text: punctuation-led tokens by their first character, words looked up in sets (a regex
     * alternation of 200 keywords would try each of them at every position).
     */
    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>;[^\\n]*)"
                    + "|(?<STRING>c?\"(?:[^\"\\\\\\n]|\\\\.)*\")"
                    + "|(?<LABEL>^[-a-zA-Z$._0-9]+:)"
                    + "|(?<METADATA>![-a-zA-Z$._0-9]+)"
                    + "|(?<GLOBAL>@[-a-zA-Z$._0-9]+|@\"[^\"\\n]*\")"
                    + "|(?<LOCAL>%[-a-zA-Z$._0-9]+|%\"[^\"\\n]*\")"
                    + "|(?<ATTRIBUTE>#\\d+)"
                    + "|(?<WORD>[A-Za-z_][A-Za-z0-9_.]*\\**)"
                    + "|(?<NUMBER>-?(?:0x[0-9A-Fa-f]+|\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?))",
            Pattern.MULTILINE);

    private static final String[] GROUPS = {"COMMENT", "STRING", "LABEL", "METADATA", "GLOBAL", "LOCAL", "ATTRIBUTE",
        "WORD", "NUMBER"};

    private LlvmHighlighter() {
    }

    private static String wordStyle(String word) {
        String bare = word.endsWith("*") ? word.substring(0, word.indexOf('*')) : word;
        if (TYPE.matcher(bare).matches()) {
            return "ir-type";
        }
        if (OPCODE_SET.contains(bare)) {
            return "ir-opcode";
        }
        return KEYWORD_SET.contains(bare) ? "ir-keyword" : null;
    }

    /** Style classes for the whole text ({@code ir-comment}, {@code ir-opcode}, ...). */
    public static StyleSpans<Collection<String>> styles(String text) {
        Matcher matcher = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (matcher.find()) {
            String style = null;
            for (String group : GROUPS) {
                String token = matcher.group(group);
                if (token != null) {
                    style = group.equals("WORD") ? wordStyle(token) : "ir-" + group.toLowerCase(java.util.Locale.ROOT);
                    break;
                }
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
