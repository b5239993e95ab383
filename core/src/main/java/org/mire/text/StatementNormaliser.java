package org.mire.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mire.ir.llvm.BasicBlock;
import org.mire.ir.llvm.Function;
import org.mire.ir.llvm.Instruction;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.Opcode;
import org.mire.ir.llvm.Parameter;
import org.mire.text.StatementLexer.Kind;
import org.mire.text.StatementLexer.Lexeme;

/**
 * Normalises LLVM instructions into inst2vec-like statements and their tokens. The rules, with examples, are in
 * {@code docs/tokens.md}; in short: local values and blocks become {@code %ID}, globals {@code @ID} (intrinsics
 * and well-known library functions keep their names), rare integers {@code <INT>}, floats {@code <FP>}, strings
 * {@code <STR>}; pointer types become {@code ptr} (typed and opaque IR share one vocabulary), named struct types
 * their kind ({@code %struct}); metadata, debug intrinsics, alignment, attributes and calling conventions go.
 * Every type is one token.
 *
 * <p>Instances are bound to a function because telling a local value ({@code %x}) from a named type
 * ({@code %struct.S}) needs the function's value and block names.
 */
public final class StatementNormaliser {
    /** Identifies these rules; bump it whenever the normalised form changes (corpora and vocabularies record it). */
    public static final String VERSION = "llvm-1";

    public static final String LOCAL = "%ID";
    public static final String GLOBAL = "@ID";
    public static final String INT = "<INT>";
    public static final String FP = "<FP>";
    public static final String STR = "<STR>";

    private static final Set<String> KNOWN_NAMES = loadKnownNames();

    private static final Pattern INTEGER_TYPE = Pattern.compile("i\\d+");
    private static final Set<String> COMMON_INTEGER_TYPES = Set.of("i1", "i8", "i16", "i32", "i64", "i128");
    private static final Pattern NESTED_ARRAY_COUNT = Pattern.compile("\\[(-?\\d+|<INT>) x ");
    private static final int MAX_STRUCT_ELEMENTS = 4;
    private static final Set<String> PRIMITIVE_TYPES = Set.of("void", "half", "bfloat", "float", "double",
            "x86_fp80", "fp128", "ppc_fp128", "label", "metadata", "token", "x86_mmx", "x86_amx", "ptr", "opaque");

    /** Keywords that carry no meaning for the encoder: attributes, ABI details, optimisation hints. */
    private static final Set<String> STRIPPED_WORDS = Set.of(
            // parameter and return attributes
            "noundef", "nonnull", "noalias", "nocapture", "nofree", "nest", "returned", "signext", "zeroext",
            "inreg", "readonly", "readnone", "writeonly", "writable", "immarg", "swiftself", "swifterror",
            "swiftasync", "allocalign", "allocptr", "dead_on_unwind", "noext",
            // function attributes that may appear inline on calls
            "nounwind", "noreturn", "nobuiltin", "builtin", "cold", "hot", "convergent", "willreturn", "nosync",
            "speculatable", "noinline", "alwaysinline", "optnone", "minsize", "optsize", "returns_twice", "strictfp",
            "argmemonly", "inaccessiblememonly", "inaccessiblemem_or_argmemonly", "nomerge", "mustprogress",
            "nocallback", "norecurse", "uwtable", "noduplicate", "nocf_check", "null_pointer_is_valid",
            // call-site hints
            "tail", "notail",
            // linkage-like words that can show up inside constants
            "dso_local", "unnamed_addr", "local_unnamed_addr", "inrange");
    /** Attributes followed by a parenthesised argument, stripped with it. */
    private static final Set<String> STRIPPED_WITH_ARGUMENT = Set.of("dereferenceable", "dereferenceable_or_null",
            "byval", "byref", "sret", "inalloca", "preallocated", "elementtype", "allocsize", "memory", "range",
            "nofpclass", "captures", "initializes", "vscale_range", "alignstack", "uwtable", "allockind",
            "inrange");
    private static final Pattern CALLING_CONVENTION = Pattern.compile(
            "[a-z0-9_]*cc|spir_func|spir_kernel|ptx_kernel|ptx_device|amdgpu_[a-z_]+|aarch64_[a-z_]+|avr_[a-z_]+"
                    + "|msp430_intrcc|riscv_[a-z_]+|x86_[a-z_]+cc");
    /** Keywords that start a constant expression whose parentheses are kept as tokens (they show nesting). */
    private static final Set<String> CONSTANT_PREFIXES = Set.of("blockaddress", "dso_local_equivalent", "no_cfi",
            "splat", "ptrauth");
    /** Parts of an intrinsic name that only spell out its overloaded types ({@code .p0i8}, {@code .i64}, ...). */
    private static final Pattern OVERLOAD_SUFFIX = Pattern.compile(
            "p\\d+.*|i\\d+|f\\d+|bf16|v\\d+.*|nxv\\d+.*|a\\d+.*|s_.*|sl_.*|isVoid|ppcf128|x86mmx|x86amx|Sl_.*|"
                    + "tx\\d+.*|f80|f128|s\\d+.*");

    private final Set<String> localNames;

    private StatementNormaliser(Set<String> localNames) {
        this.localNames = localNames;
    }

    /** A normaliser for the instructions of this function. */
    public static StatementNormaliser forFunction(Function function) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : function.parameters()) {
            names.add(parameter.name());
        }
        for (BasicBlock block : function.blocks()) {
            names.add(blockName(block.label()));
            for (Instruction instruction : block.instructions()) {
                if (instruction.result() != null) {
                    names.add(instruction.result());
                }
            }
        }
        return new StatementNormaliser(names);
    }

    /** Normalises every defined function of a module; declarations are left out. */
    public static NormalisedProgram normalise(LlvmModule module) {
        List<NormalisedFunction> functions = new ArrayList<>();
        for (Function function : module.functions()) {
            if (!function.declaration()) {
                functions.add(normalise(function));
            }
        }
        return new NormalisedProgram(module.sourceName(), VERSION, functions);
    }

    /** Normalises a function's statements in order, leaving out calls of debug intrinsics ({@code @llvm.dbg.*}). */
    public static NormalisedFunction normalise(Function function) {
        StatementNormaliser normaliser = forFunction(function);
        List<NormalisedStatement> statements = new ArrayList<>();
        for (BasicBlock block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                if (!isDebugIntrinsicCall(instruction)) {
                    statements.add(normaliser.normalise(instruction));
                }
            }
        }
        return new NormalisedFunction(function.name(), statements);
    }

    /** True for calls of {@code @llvm.dbg.*}: debug info, not program behaviour. */
    public static boolean isDebugIntrinsicCall(Instruction instruction) {
        return instruction.opcode() == Opcode.CALL && instruction.callee() != null
                && instruction.callee().startsWith("@llvm.dbg.");
    }

    /** Normalises one instruction of this normaliser's function. */
    public NormalisedStatement normalise(Instruction instruction) {
        return normaliseText(instruction.text());
    }

    NormalisedStatement normaliseText(String text) {
        return new Statement(StatementLexer.lex(text)).run();
    }

    /**
     * The single token for a type written as IR text ({@code <4 x float>}, {@code %struct.S*} → {@code ptr}), or
     * null when the text is not a type. Graph node texts of variables and constants are types.
     */
    public static String typeToken(String typeText) {
        List<Lexeme> lexemes = StatementLexer.lex(typeText);
        StatementNormaliser normaliser = new StatementNormaliser(Set.of());
        TypeRead read = normaliser.readType(lexemes, 0);
        return read != null && read.next == lexemes.size() ? read.token : null;
    }

    // ---- one statement ------------------------------------------------------------------------------------

    /** A piece of the normalised statement: its text and whether it is also a token. */
    private record Piece(String text, boolean token) {
    }

    private final class Statement {
        private final List<Lexeme> lx;
        private final List<Piece> pieces = new ArrayList<>();
        private final Deque<Boolean> parens = new ArrayDeque<>();
        private boolean opcodeSeen;
        private boolean constantExpressionPending;

        Statement(List<Lexeme> lexemes) {
            this.lx = lexemes;
        }

        NormalisedStatement run() {
            int i = 0;
            if (lx.size() >= 2 && lx.get(0).kind() == Kind.LOCAL && lx.get(1).isPunct("=")) {
                pieces.add(new Piece(LOCAL, false));
                pieces.add(new Piece("=", false));
                i = 2;
            }
            while (i < lx.size()) {
                i = step(i);
            }
            return render();
        }

        private int step(int i) {
            Lexeme l = lx.get(i);
            switch (l.kind()) {
                case METADATA -> {
                    dropTrailingComma();
                    return skipMetadata(i);
                }
                case ATTRIBUTE_GROUP -> {
                    return i + 1;
                }
                case WORD -> {
                    return word(i);
                }
                case LOCAL -> {
                    if (isLocalValue(i)) {
                        token(LOCAL);
                        return i + 1;
                    }
                    TypeRead type = readType(lx, i);
                    if (type != null) {
                        token(type.token);
                        return type.next;
                    }
                    token(LOCAL);
                    return i + 1;
                }
                case GLOBAL -> {
                    token(globalToken(l.text()));
                    return i + 1;
                }
                case INTEGER -> {
                    token(integerToken(l.text()));
                    return i + 1;
                }
                case FLOAT -> {
                    token(FP);
                    return i + 1;
                }
                case STRING -> {
                    token(STR);
                    return i + 1;
                }
                case PUNCT -> {
                    return punct(i);
                }
            }
            throw new IllegalStateException("unknown lexeme kind " + l.kind());
        }

        private int word(int i) {
            String w = lx.get(i).text();
            if (w.equals("align")) {
                dropTrailingComma();
                return skipArgument(i + 1, true);
            }
            if (STRIPPED_WITH_ARGUMENT.contains(w) && i + 1 < lx.size() && lx.get(i + 1).isPunct("(")) {
                return skipBalanced(i + 1);
            }
            if (STRIPPED_WORDS.contains(w)) {
                return i + 1;
            }
            if (w.equals("cc") && i + 1 < lx.size() && lx.get(i + 1).kind() == Kind.INTEGER) {
                return i + 2;
            }
            if (CALLING_CONVENTION.matcher(w).matches()) {
                return i + 1;
            }
            if ((w.equals("addrspace") || w.equals("syncscope")) && i + 1 < lx.size() && lx.get(i + 1).isPunct("(")) {
                int end = skipBalanced(i + 1);
                StringBuilder joined = new StringBuilder(w);
                for (int k = i + 1; k < end; k++) {
                    joined.append(lx.get(k).text());
                }
                token(joined.toString());
                return end;
            }
            TypeRead type = readType(lx, i);
            if (type != null) {
                token(type.token);
                return type.next;
            }
            if (w.equals("to")) {
                pieces.add(new Piece(w, false));
                return i + 1;
            }
            boolean isOpcode = Opcode.fromName(w) != null;
            if (isOpcode && opcodeSeen || CONSTANT_PREFIXES.contains(w)) {
                constantExpressionPending = true;
            }
            if (isOpcode) {
                opcodeSeen = true;
            }
            token(w);
            return i + 1;
        }

        private int punct(int i) {
            Lexeme l = lx.get(i);
            String p = l.text();
            switch (p) {
                case "<", "[", "{" -> {
                    TypeRead type = readType(lx, i);
                    if (type != null) {
                        token(type.token);
                        return type.next;
                    }
                    pieces.add(new Piece(p, false));
                    return i + 1;
                }
                case "(" -> {
                    parens.push(constantExpressionPending);
                    pieces.add(new Piece(p, constantExpressionPending));
                    constantExpressionPending = false;
                    return i + 1;
                }
                case ")" -> {
                    boolean kept = !parens.isEmpty() && parens.pop();
                    pieces.add(new Piece(p, kept));
                    return i + 1;
                }
                case "..." -> {
                    token(p);
                    return i + 1;
                }
                default -> {
                    pieces.add(new Piece(p, false));
                    return i + 1;
                }
            }
        }

        private boolean isLocalValue(int i) {
            String name = lx.get(i).text();
            if (i + 1 < lx.size()) {
                Lexeme next = lx.get(i + 1);
                if (next.isPunct("*") || next.is("addrspace")) {
                    return false;
                }
            }
            return localNames.contains(name);
        }

        /** Skips a metadata reference or literal at i: {@code !12}, {@code !"s"}, {@code !{...}}, {@code !DIExpression(...)}. */
        private int skipMetadata(int i) {
            String text = lx.get(i).text();
            i++;
            // "!dbg !12": an attachment name followed by its value.
            if (i < lx.size() && lx.get(i).isPunct("{") && text.equals("!")) {
                return skipBalanced(i);
            }
            if (i < lx.size() && lx.get(i).isPunct("(")) {
                return skipBalanced(i);
            }
            if (isAttachmentName(text) && i < lx.size() && lx.get(i).kind() == Kind.METADATA) {
                return skipMetadata(i);
            }
            return i;
        }

        private boolean isAttachmentName(String text) {
            return text.length() > 1 && !Character.isDigit(text.charAt(1)) && text.charAt(1) != '"';
        }

        /** Skips {@code align 4} / {@code align(4)} arguments. */
        private int skipArgument(int i, boolean optional) {
            if (i < lx.size() && lx.get(i).isPunct("(")) {
                return skipBalanced(i);
            }
            if (i < lx.size() && lx.get(i).kind() == Kind.INTEGER) {
                return i + 1;
            }
            return optional ? i : i + 1;
        }

        /** Given the index of an opening bracket, returns the index after its matching closing bracket. */
        private int skipBalanced(int i) {
            int depth = 0;
            for (int k = i; k < lx.size(); k++) {
                Lexeme l = lx.get(k);
                if (l.kind() != Kind.PUNCT) {
                    continue;
                }
                switch (l.text()) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> {
                        depth--;
                        if (depth == 0) {
                            return k + 1;
                        }
                    }
                    default -> {
                    }
                }
            }
            return lx.size();
        }

        private void token(String text) {
            pieces.add(new Piece(text, true));
        }

        private void dropTrailingComma() {
            if (!pieces.isEmpty() && pieces.getLast().text().equals(",") && !pieces.getLast().token()) {
                pieces.removeLast();
            }
        }

        private NormalisedStatement render() {
            StringBuilder text = new StringBuilder();
            List<String> tokens = new ArrayList<>();
            String previous = null;
            for (Piece piece : pieces) {
                String t = piece.text();
                if (piece.token()) {
                    tokens.add(t);
                }
                boolean noSpace = previous == null || t.equals(",") || t.equals(")") || t.equals("]")
                        || previous.equals("(") || previous.equals("[")
                        || (t.equals("(") && (previous.startsWith("@") || previous.startsWith("%")
                        || previous.equals(STR)));
                if (!noSpace) {
                    text.append(' ');
                }
                text.append(t);
                previous = t;
            }
            return new NormalisedStatement(text.toString(), tokens);
        }
    }

    // ---- types ------------------------------------------------------------------------------------------

    private record TypeRead(String token, int next) {
    }

    /** Reads a type starting at {@code i}, returning its single normalised token, or null if none starts there. */
    private TypeRead readType(List<Lexeme> lx, int i) {
        TypeRead base = readBaseType(lx, i);
        if (base == null) {
            return null;
        }
        String token = base.token;
        int k = base.next;
        String addressSpace = "";
        while (k < lx.size()) {
            Lexeme l = lx.get(k);
            if (l.is("addrspace") && k + 3 < lx.size() && lx.get(k + 1).isPunct("(")
                    && lx.get(k + 2).kind() == Kind.INTEGER && k + 3 < lx.size() && lx.get(k + 3).isPunct(")")) {
                String space = lx.get(k + 2).text();
                addressSpace = space.equals("0") ? "" : " addrspace(" + space + ")";
                if (token.equals("ptr")) {
                    token = "ptr" + addressSpace;
                    addressSpace = "";
                }
                k += 4;
            } else if (l.isPunct("*")) {
                token = "ptr" + addressSpace;
                addressSpace = "";
                k++;
            } else if (l.isPunct("(")) {
                TypeRead function = readFunctionParameters(lx, k, token);
                if (function == null) {
                    break;
                }
                token = function.token;
                k = function.next;
            } else {
                break;
            }
        }
        return new TypeRead(token, k);
    }

    private TypeRead readBaseType(List<Lexeme> lx, int i) {
        if (i >= lx.size()) {
            return null;
        }
        Lexeme l = lx.get(i);
        switch (l.kind()) {
            case WORD -> {
                String w = l.text();
                if (PRIMITIVE_TYPES.contains(w)) {
                    return new TypeRead(w, i + 1);
                }
                if (INTEGER_TYPE.matcher(w).matches()) {
                    // Odd widths (bit-field storage such as i24 or i104, _BitInt) are one token.
                    return new TypeRead(COMMON_INTEGER_TYPES.contains(w) ? w : "iN", i + 1);
                }
                if (w.equals("target") && i + 1 < lx.size() && lx.get(i + 1).isPunct("(")
                        && i + 2 < lx.size() && lx.get(i + 2).kind() == Kind.STRING) {
                    int end = skipBalancedIn(lx, i + 1);
                    return new TypeRead("target(" + lx.get(i + 2).text() + ")", end);
                }
                return null;
            }
            case LOCAL -> {
                if (localNames.contains(l.text()) && !(i + 1 < lx.size()
                        && (lx.get(i + 1).isPunct("*") || lx.get(i + 1).is("addrspace")))) {
                    return null;
                }
                return new TypeRead(namedTypeToken(l.text()), i + 1);
            }
            case PUNCT -> {
                return switch (l.text()) {
                    case "<" -> readVectorOrPacked(lx, i);
                    case "[" -> readArray(lx, i);
                    case "{" -> readStruct(lx, i, false);
                    default -> null;
                };
            }
            default -> {
                return null;
            }
        }
    }

    private TypeRead readVectorOrPacked(List<Lexeme> lx, int i) {
        if (i + 1 < lx.size() && lx.get(i + 1).isPunct("{")) {
            TypeRead struct = readStruct(lx, i + 1, true);
            if (struct == null || struct.next >= lx.size() || !lx.get(struct.next).isPunct(">")) {
                return null;
            }
            return new TypeRead(struct.token, struct.next + 1);
        }
        int k = i + 1;
        String prefix = "";
        if (k + 1 < lx.size() && lx.get(k).is("vscale") && lx.get(k + 1).is("x")) {
            prefix = "vscale x ";
            k += 2;
        }
        if (k + 1 >= lx.size() || lx.get(k).kind() != Kind.INTEGER || !lx.get(k + 1).is("x")) {
            return null;
        }
        String count = lx.get(k).text();
        TypeRead element = readType(lx, k + 2);
        if (element == null || element.next >= lx.size() || !lx.get(element.next).isPunct(">")) {
            return null;
        }
        // Vector widths are few (2..64) and matter, so they stay verbatim.
        return new TypeRead("<" + prefix + count + " x " + element.token + ">", element.next + 1);
    }

    private TypeRead readArray(List<Lexeme> lx, int i) {
        if (i + 2 >= lx.size() || lx.get(i + 1).kind() != Kind.INTEGER || !lx.get(i + 2).is("x")) {
            return null;
        }
        TypeRead element = readType(lx, i + 3);
        if (element == null || element.next >= lx.size() || !lx.get(element.next).isPunct("]")) {
            return null;
        }
        // Inner dimensions of multi-dimensional arrays are <INT>: their combinations are many and rare.
        String elementToken = NESTED_ARRAY_COUNT.matcher(element.token).replaceAll("[<INT> x ");
        return new TypeRead("[" + integerToken(lx.get(i + 1).text()) + " x " + elementToken + "]", element.next + 1);
    }

    /** A literal struct type; fails (null) when an element is not a type, i.e. it is a struct constant. */
    private TypeRead readStruct(List<Lexeme> lx, int i, boolean packed) {
        int k = i + 1;
        List<String> elements = new ArrayList<>();
        if (k < lx.size() && lx.get(k).isPunct("}")) {
            return new TypeRead(packed ? "<{}>" : "{}", k + 1);
        }
        while (true) {
            TypeRead element = readType(lx, k);
            if (element == null || element.next >= lx.size()) {
                return null;
            }
            elements.add(element.token);
            Lexeme after = lx.get(element.next);
            if (after.isPunct(",")) {
                k = element.next + 1;
            } else if (after.isPunct("}")) {
                // Small structs of scalars ({ i32, i1 } of overflow intrinsics, { ptr, i32 } of landing pads,
                // { double, double } of complex numbers) keep their shape; larger or nested ones are one token.
                boolean small = elements.size() <= MAX_STRUCT_ELEMENTS && elements.stream().noneMatch(
                        e -> e.startsWith("{") || e.startsWith("<{") || e.startsWith("["));
                String body = small ? "{ " + String.join(", ", elements) + " }" : "{...}";
                return new TypeRead(packed ? "<" + body + ">" : body, element.next + 1);
            } else {
                return null;
            }
        }
    }

    /** After a return type, {@code (T, ...)} makes a function type; null when the parentheses hold no types. */
    private TypeRead readFunctionParameters(List<Lexeme> lx, int open, String returnType) {
        int k = open + 1;
        List<String> parameters = new ArrayList<>();
        if (k < lx.size() && lx.get(k).isPunct(")")) {
            return new TypeRead(returnType + " ()", k + 1);
        }
        while (k < lx.size()) {
            if (lx.get(k).isPunct("...")) {
                parameters.add("...");
                k++;
            } else {
                TypeRead parameter = readType(lx, k);
                if (parameter == null) {
                    return null;
                }
                parameters.add(parameter.token);
                k = parameter.next;
            }
            if (k >= lx.size()) {
                return null;
            }
            if (lx.get(k).isPunct(")")) {
                // The explicit callee type of a varargs call: its parameters show in the arguments already.
                String shown = parameters.getLast().equals("...") ? "..." : String.join(", ", parameters);
                return new TypeRead(returnType + " (" + shown + ")", k + 1);
            }
            if (!lx.get(k).isPunct(",")) {
                return null;
            }
            k++;
        }
        return null;
    }

    private static int skipBalancedIn(List<Lexeme> lx, int i) {
        int depth = 0;
        for (int k = i; k < lx.size(); k++) {
            if (lx.get(k).isPunct("(")) {
                depth++;
            } else if (lx.get(k).isPunct(")")) {
                depth--;
                if (depth == 0) {
                    return k + 1;
                }
            }
        }
        return lx.size();
    }

    // ---- names and literals --------------------------------------------------------------------------------

    /** {@code %struct.S} → {@code %struct}; unions and classes likewise; OpenCL's opaque types keep their names. */
    static String namedTypeToken(String name) {
        String bare = name.substring(1);
        if (bare.startsWith("\"") && bare.endsWith("\"") && bare.length() >= 2) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (bare.startsWith("opencl.")) {
            return "%" + bare;
        }
        for (String kind : List.of("struct", "union", "class")) {
            if (bare.startsWith(kind + ".")) {
                return "%" + kind;
            }
        }
        return "%type";
    }

    /** The token of a global: intrinsics without their overload suffix, known library names, else {@code @ID}. */
    static String globalToken(String global) {
        String name = global.substring(1);
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.startsWith("llvm.")) {
            return "@" + intrinsicBaseName(name);
        }
        if (KNOWN_NAMES.contains(name)) {
            return "@" + name;
        }
        String demangled = simpleDemangle(name);
        if (demangled != null && KNOWN_NAMES.contains(demangled)) {
            return "@" + demangled;
        }
        return GLOBAL;
    }

    /** {@code llvm.memcpy.p0.p0.i64} → {@code llvm.memcpy}; {@code llvm.umul.with.overflow.i32} → {@code llvm.umul.with.overflow}. */
    static String intrinsicBaseName(String name) {
        String[] parts = name.split("\\.");
        int end = parts.length;
        while (end > 2 && OVERLOAD_SUFFIX.matcher(parts[end - 1]).matches()) {
            end--;
        }
        return String.join(".", java.util.Arrays.asList(parts).subList(0, end));
    }

    /** The unqualified name of an Itanium-mangled free function ({@code _Z13get_global_idj} → {@code get_global_id}). */
    static String simpleDemangle(String name) {
        if (!name.startsWith("_Z") || name.length() < 4 || !Character.isDigit(name.charAt(2))) {
            return null;
        }
        int k = 2;
        while (k < name.length() && Character.isDigit(name.charAt(k))) {
            k++;
        }
        int length;
        try {
            length = Integer.parseInt(name.substring(2, k));
        } catch (NumberFormatException e) {
            return null;
        }
        return k + length <= name.length() ? name.substring(k, k + length) : null;
    }

    /**
     * Integers that are common and meaningful stay verbatim: |v| ≤ 16, and 2^k, 2^k − 1 and −2^k for k ≤ 64
     * (sizes, strides, masks, shift amounts, INT_MIN/INT_MAX). Everything else is {@code <INT>}.
     */
    static String integerToken(String literal) {
        if (literal.startsWith("u0x") || literal.startsWith("s0x")) {
            return INT;
        }
        BigInteger value;
        try {
            value = new BigInteger(literal);
        } catch (NumberFormatException e) {
            return INT;
        }
        BigInteger magnitude = value.abs();
        if (magnitude.compareTo(BigInteger.valueOf(16)) <= 0) {
            return value.toString();
        }
        if (magnitude.bitLength() > 65) {
            return INT;
        }
        boolean powerOfTwo = magnitude.bitCount() == 1;
        boolean mask = value.signum() > 0 && value.add(BigInteger.ONE).bitCount() == 1;
        return powerOfTwo || mask ? value.toString() : INT;
    }

    private static String blockName(String label) {
        boolean plain = !label.isEmpty() && label.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '_' || c == '.' || c == '$' || c == '-');
        return plain ? "%" + label : "%\"" + label + "\"";
    }

    private static Set<String> loadKnownNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = StatementNormaliser.class.getResourceAsStream("known-callees.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-callees.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }

    /** The names kept verbatim when they are called or referenced (see {@code known-callees.txt}). */
    public static Set<String> knownNames() {
        return KNOWN_NAMES;
    }
}
