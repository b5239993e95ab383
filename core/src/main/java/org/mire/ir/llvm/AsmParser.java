package org.mire.ir.llvm;

import static org.mire.ir.llvm.LlvmLexer.ATTR_GROUP;
import static org.mire.ir.llvm.LlvmLexer.COMDAT_VAR;
import static org.mire.ir.llvm.LlvmLexer.COMMA;
import static org.mire.ir.llvm.LlvmLexer.CSTRING;
import static org.mire.ir.llvm.LlvmLexer.DBG_RECORD;
import static org.mire.ir.llvm.LlvmLexer.ELLIPSIS;
import static org.mire.ir.llvm.LlvmLexer.EOF;
import static org.mire.ir.llvm.LlvmLexer.EQUALS;
import static org.mire.ir.llvm.LlvmLexer.EXCLAIM;
import static org.mire.ir.llvm.LlvmLexer.FLOAT;
import static org.mire.ir.llvm.LlvmLexer.GLOBAL_ID;
import static org.mire.ir.llvm.LlvmLexer.GLOBAL_VAR;
import static org.mire.ir.llvm.LlvmLexer.GREATER;
import static org.mire.ir.llvm.LlvmLexer.INTEGER;
import static org.mire.ir.llvm.LlvmLexer.KEYWORD;
import static org.mire.ir.llvm.LlvmLexer.LABEL;
import static org.mire.ir.llvm.LlvmLexer.LBRACE;
import static org.mire.ir.llvm.LlvmLexer.LESS;
import static org.mire.ir.llvm.LlvmLexer.LOCAL_ID;
import static org.mire.ir.llvm.LlvmLexer.LOCAL_VAR;
import static org.mire.ir.llvm.LlvmLexer.LPAREN;
import static org.mire.ir.llvm.LlvmLexer.LSQUARE;
import static org.mire.ir.llvm.LlvmLexer.METADATA_ID;
import static org.mire.ir.llvm.LlvmLexer.METADATA_VAR;
import static org.mire.ir.llvm.LlvmLexer.RBRACE;
import static org.mire.ir.llvm.LlvmLexer.RPAREN;
import static org.mire.ir.llvm.LlvmLexer.RSQUARE;
import static org.mire.ir.llvm.LlvmLexer.STAR;
import static org.mire.ir.llvm.LlvmLexer.STRING;
import static org.mire.ir.llvm.LlvmLexer.SUMMARY_ID;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.ir.SourceLocation;
import org.mire.ir.llvm.LlvmType.Kind;

/**
 * Recursive-descent parser for textual LLVM IR, following LLVM's own {@code LLParser} grammar closely enough to
 * find every instruction's operands, successors and result type, and leniently skipping what carries no meaning
 * for the model (attributes, most metadata, the inside of constant expressions, summaries, use-list orders).
 * One instance parses one module; not thread-safe.
 */
final class AsmParser {
    /**
     * Nesting bound for types (parsed recursively; 500 levels need about 250 KB of stack when JIT-compiled) and
     * bracket groups (skipped iteratively), so hostile input cannot overflow the stack. Compilers nest types a few
     * levels deep; llvm-as accepts deeper nesting, which is the one case where we refuse what it reads.
     */
    static final int MAX_TYPE_DEPTH = 500;
    static final int MAX_GROUP_DEPTH = 10_000;

    private static final Set<String> TYPE_KEYWORDS = Set.of("void", "half", "bfloat", "float", "double",
            "x86_fp80", "fp128", "ppc_fp128", "label", "metadata", "x86_mmx", "x86_amx", "token", "ptr", "target");

    /** Keywords that begin a constant value rather than being an attribute before it. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("true", "false", "null", "none", "undef", "poison",
            "zeroinitializer", "getelementptr", "bitcast", "ptrtoint", "ptrtoaddr", "inttoptr", "addrspacecast",
            "trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp", "add", "sub",
            "mul", "shl", "lshr", "ashr", "and", "or", "xor", "udiv", "sdiv", "urem", "srem", "fadd", "fsub", "fmul",
            "fdiv", "frem", "fneg", "icmp", "fcmp", "select", "extractelement", "insertelement", "shufflevector",
            "extractvalue", "insertvalue", "blockaddress", "dso_local_equivalent", "no_cfi", "ptrauth", "splat",
            "asm");

    /** Keywords that start a new top-level entity, ending an attribute list of a declaration. */
    private static final Set<String> TOP_LEVEL_KEYWORDS = Set.of("define", "declare", "attributes", "target",
            "source_filename", "module", "deplibs", "uselistorder", "uselistorder_bb", "private", "internal",
            "available_externally", "linkonce", "weak", "common", "appending", "extern_weak", "linkonce_odr",
            "weak_odr", "external", "dso_local", "dso_preemptable", "default", "hidden", "protected", "dllimport",
            "dllexport", "thread_local", "global", "constant", "externally_initialized");

    private static final Set<String> GLOBAL_PREFIX_KEYWORDS = Set.of("private", "internal", "available_externally",
            "linkonce", "weak", "common", "appending", "extern_weak", "linkonce_odr", "weak_odr", "external",
            "dso_local", "dso_preemptable", "default", "hidden", "protected", "dllimport", "dllexport",
            "thread_local", "unnamed_addr", "local_unnamed_addr", "addrspace", "externally_initialized");

    /** Words that end the attribute list after a call's arguments (the next instruction, or invoke's "to"). */
    private static final Set<String> CALL_ATTRIBUTE_STOP = Set.of("to", "unwind", "tail", "musttail", "notail",
            "uselistorder", "uselistorder_bb");

    private final String text;
    private final char[] buf;
    private final int length;
    private final NameTable names = new NameTable();
    private final TypeTable types = new TypeTable();
    private final LlvmType opaqueBody;
    private final boolean typedPointers;
    private LlvmLexer lx;

    // module
    private String sourceFilename;
    private String dataLayout;
    private String targetTriple;
    private final List<GlobalVariable> globals = new ArrayList<>();
    private final List<FunctionDraft> functions = new ArrayList<>();
    private final List<GlobalAlias> aliases = new ArrayList<>();
    private final Map<String, String> attributeGroups = new LinkedHashMap<>();
    private final Map<String, String> metadata = new HashMap<>();
    private final Set<String> globalNames = new HashSet<>();
    private final NameUses globalUses = new NameUses();
    private final List<PendingLocation> pendingLocations = new ArrayList<>();
    private int nextGlobalNumber;
    private boolean typesPrescanned;

    // function
    private Set<String> localValues = new HashSet<>();
    private Set<String> blockNames = new HashSet<>();
    private final NameUses localUses = new NameUses();
    private final NameUses labelUses = new NameUses();
    private int nextNumber;

    // instruction being parsed
    private final ArrayList<Operand> ops = new ArrayList<>();
    private final ArrayList<String> successors = new ArrayList<>();
    private final ArrayList<String> phiBlocks = new ArrayList<>();
    private String callee;
    /** The type of the value parsed last by {@link #parseTypedValue()}. */
    private LlvmType lastType;
    private String dbgRef;
    private int dbgOffset;

    private int[] groupStack = new int[64];
    private char[] scratch = new char[256];

    private record PendingLocation(List<Instruction> block, int index, String ref, int offset) {
    }

    private static final class FunctionDraft {
        String name;
        String returnType;
        List<Parameter> parameters;
        boolean varArgs;
        boolean declaration;
        String header;
        int line;
        String dbgRef;
        int dbgOffset;
        final List<BlockDraft> blocks = new ArrayList<>();
    }

    private record BlockDraft(String label, int line, List<Instruction> instructions) {
    }

    /** Names used before (or without) their definition: checked when the scope ends. */
    private static final class NameUses {
        String[] names = new String[64];
        int[] offsets = new int[64];
        int size;

        void add(String name, int offset) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            names[size] = name;
            offsets[size++] = offset;
        }
    }

    AsmParser(String text) {
        this.text = text;
        this.length = text.length();
        this.buf = new char[length + 1];
        text.getChars(0, length, buf, 0);
        this.lx = new LlvmLexer(buf, length, names);
        this.opaqueBody = new LlvmType(Kind.STRUCT, "opaque", null, null, 0, false, 0);
        this.typedPointers = usesTypedPointers(buf, length);
    }

    // =====================================================================================================
    // Module
    // =====================================================================================================

    LlvmModule parse(String sourceName) {
        lx.reset(0, 1);
        while (lx.kind != EOF) {
            parseTopLevel();
        }
        checkGlobalUses();
        for (LlvmType t : types.undefinedNamedTypes()) {
            throw new ParseFailure(Math.max(0, t.firstUse), "a definition of type " + t.text,
                    "a use of undefined type " + t.text);
        }
        DebugInfo debugInfo = new DebugInfo(metadata);
        for (PendingLocation pending : pendingLocations) {
            if (!debugInfo.isDefined(pending.ref())) {
                throw new ParseFailure(pending.offset(), "a definition of metadata " + pending.ref(),
                        "a use of undefined metadata " + pending.ref());
            }
            Instruction old = pending.block().get(pending.index());
            SourceLocation location = debugInfo.location(pending.ref());
            if (location != null) {
                pending.block().set(pending.index(), new Instruction(old.opcode(), old.result(), old.type(),
                        old.operands(), old.successors(), old.phiBlocks(), old.callee(), location, old.text(),
                        old.line()));
            }
        }
        List<Function> built = new ArrayList<>(functions.size());
        for (FunctionDraft f : functions) {
            SourceLocation location = null;
            if (f.dbgRef != null) {
                if (!debugInfo.isDefined(f.dbgRef)) {
                    throw new ParseFailure(f.dbgOffset, "a definition of metadata " + f.dbgRef,
                            "a use of undefined metadata " + f.dbgRef);
                }
                location = debugInfo.subprogram(f.dbgRef);
            }
            List<BasicBlock> blocks = new ArrayList<>(f.blocks.size());
            for (BlockDraft b : f.blocks) {
                blocks.add(new BasicBlock(b.label(), b.line(), b.instructions()));
            }
            built.add(new Function(f.name, f.returnType, f.parameters, f.varArgs, f.declaration, blocks, f.header,
                    f.line, location));
        }
        return new LlvmModule(sourceName, text, sourceFilename, dataLayout, targetTriple, globals, built, aliases,
                attributeGroups, metadata);
    }

    private void parseTopLevel() {
        switch (lx.kind) {
            case KEYWORD -> parseTopLevelKeyword();
            case LOCAL_VAR, LOCAL_ID -> parseTypeDefinition();
            case GLOBAL_VAR, GLOBAL_ID -> {
                int start = lx.start;
                int line = lx.line;
                String name = globalName();
                if (lx.kind == GLOBAL_ID) {
                    nextGlobalNumber = Math.max(nextGlobalNumber, parseIntToken(lx.start + 1, lx.end) + 1);
                }
                lx.next();
                expect(EQUALS, "'=' after the global name");
                parseGlobal(name, start, line);
            }
            case COMDAT_VAR -> {
                lx.next();
                expect(EQUALS, "'=' after the comdat name");
                expectKeyword("comdat");
                expect(KEYWORD, "a comdat selection kind (any, exactmatch, largest, nodeduplicate, samesize)");
            }
            case METADATA_VAR -> {
                String key = names.intern(buf, lx.start, lx.end);
                lx.next();
                expect(EQUALS, "'=' after the metadata name");
                int start = lx.start;
                if (lx.kind != EXCLAIM) {
                    throw fail("'!{' starting a named metadata list");
                }
                parseMetadata();
                putMetadata(key, start);
            }
            case METADATA_ID -> {
                String key = names.intern(buf, lx.start, lx.end);
                int keyOffset = lx.start;
                lx.next();
                expect(EQUALS, "'=' after the metadata number");
                int start = lx.start;
                acceptKeyword("distinct");
                parseMetadata();
                if (metadata.containsKey(key)) {
                    throw new ParseFailure(keyOffset, "a new metadata number", "a redefinition of " + key);
                }
                putMetadata(key, start);
            }
            case ATTR_GROUP -> throw fail("a top-level entity ('attributes #N = {...}' needs the keyword)");
            case SUMMARY_ID -> {
                lx.next();
                expect(EQUALS, "'=' after the summary entry number");
                if (lx.kind != LABEL) {
                    throw fail("a summary entry kind such as 'module:' or 'gv:'");
                }
                lx.next();
                if (lx.kind == LPAREN) {
                    skipGroup();
                } else if (lx.kind == INTEGER) {
                    lx.next();
                } else {
                    throw fail("'(' or a number in a summary entry");
                }
            }
            default -> throw fail("a top-level entity (define, declare, a global, a type, metadata, attributes)");
        }
    }

    /** Offset of the token being parsed, for reporting a stack overflow. */
    int currentOffset() {
        return lx.start;
    }

    private void putMetadata(String key, int start) {
        metadata.put(key, text.substring(start, lx.prevEnd));
    }

    private void parseTopLevelKeyword() {
        String kw = lx.keyword();
        switch (kw) {
            case "define" -> parseFunction(true);
            case "declare" -> parseFunction(false);
            case "source_filename" -> {
                lx.next();
                expect(EQUALS, "'=' after source_filename");
                sourceFilename = stringToken("the source file name");
            }
            case "target" -> {
                lx.next();
                if (acceptKeyword("datalayout")) {
                    expect(EQUALS, "'=' after target datalayout");
                    dataLayout = stringToken("the data layout string");
                } else if (acceptKeyword("triple")) {
                    expect(EQUALS, "'=' after target triple");
                    targetTriple = stringToken("the target triple string");
                } else {
                    throw fail("'datalayout' or 'triple' after 'target'");
                }
            }
            case "module" -> {
                lx.next();
                expectKeyword("asm");
                stringToken("the module asm string");
            }
            case "deplibs" -> {
                lx.next();
                expect(EQUALS, "'=' after deplibs");
                if (lx.kind != LSQUARE) {
                    throw fail("'[' starting the deplibs list");
                }
                skipGroup();
            }
            case "attributes" -> {
                lx.next();
                if (lx.kind != ATTR_GROUP) {
                    throw fail("an attribute group such as #0");
                }
                String key = names.intern(buf, lx.start, lx.end);
                lx.next();
                expect(EQUALS, "'=' after the attribute group");
                if (lx.kind != LBRACE) {
                    throw fail("'{' starting the attribute group");
                }
                int start = lx.start;
                skipGroup();
                attributeGroups.put(key, text.substring(start + 1, lx.prevEnd - 1).strip());
            }
            case "uselistorder", "uselistorder_bb" -> skipUseListOrder();
            default -> {
                if (GLOBAL_PREFIX_KEYWORDS.contains(kw) || kw.equals("global") || kw.equals("constant")) {
                    // An unnamed global: "private constant [3 x i8] c"ab\00"" takes the next number.
                    String name = names.intern("@" + nextGlobalNumber++);
                    parseGlobal(name, lx.start, lx.line);
                } else {
                    throw fail("a top-level entity (define, declare, a global, a type, metadata, attributes)");
                }
            }
        }
    }

    private void skipUseListOrder() {
        lx.next();
        while (lx.kind != LBRACE) {
            if (lx.kind == EOF || lx.kind == RBRACE) {
                throw fail("'{' with the use-list order");
            }
            lx.next();
        }
        skipGroup();
    }

    private void parseTypeDefinition() {
        int nameOffset = lx.start;
        String name = localName();
        lx.next();
        expect(EQUALS, "'=' after the type name");
        expectKeyword("type");
        LlvmType named = types.named(name, nameOffset);
        LlvmType body;
        if (acceptKeyword("opaque")) {
            body = opaqueBody;
        } else {
            body = parseType();
        }
        if (named.body != null && !named.prescanned) {
            throw new ParseFailure(nameOffset, "a new type name", "a redefinition of type " + name);
        }
        named.prescanned = false;
        named.body = body;
    }

    private void parseGlobal(String name, int start, int line) {
        boolean declarationLinkage = false;
        while (true) {
            if (lx.kind != KEYWORD) {
                throw fail("'global', 'constant', 'alias' or 'ifunc'");
            }
            String kw = lx.keyword();
            if (kw.equals("global") || kw.equals("constant")) {
                break;
            }
            if (kw.equals("alias") || kw.equals("ifunc")) {
                parseAlias(name, kw.equals("ifunc"), start, line);
                return;
            }
            if (!GLOBAL_PREFIX_KEYWORDS.contains(kw)) {
                throw fail("'global', 'constant', 'alias' or 'ifunc'");
            }
            if (kw.equals("external") || kw.equals("extern_weak")) {
                declarationLinkage = true;
            }
            lx.next();
            if ((kw.equals("addrspace") || kw.equals("thread_local")) && lx.kind == LPAREN) {
                skipGroup();
            } else if (kw.equals("addrspace")) {
                throw fail("'(' after addrspace");
            }
        }
        boolean constant = lx.keyword().equals("constant");
        lx.next();
        LlvmType type = parseType();
        String initializer = null;
        if (!declarationLinkage) {
            int initStart = lx.start;
            parseValue(type);
            initializer = text.substring(initStart, lx.prevEnd);
        }
        while (lx.kind == COMMA) {
            lx.next();
            if (lx.kind == METADATA_VAR) {
                parseAttachmentAfterComma(false);
                continue;
            }
            if (lx.kind != KEYWORD) {
                throw fail("section, partition, comdat, align or a metadata attachment");
            }
            switch (lx.keyword()) {
                case "section", "partition", "code_model" -> {
                    lx.next();
                    stringToken("a string");
                }
                case "comdat" -> {
                    lx.next();
                    if (lx.kind == LPAREN) {
                        skipGroup();
                    }
                }
                case "align" -> {
                    lx.next();
                    expect(INTEGER, "the alignment");
                }
                case "no_sanitize_address", "no_sanitize_hwaddress", "sanitize_address_dyninit",
                     "sanitize_memtag" -> lx.next();
                default -> throw fail("section, partition, comdat, align or a metadata attachment");
            }
        }
        skipAttributeRefs();
        defineGlobal(name, start);
        globals.add(new GlobalVariable(name, type.text, initializer, constant, text.substring(start, lx.prevEnd),
                line));
    }

    /** Attribute group references and string attributes after a global. */
    private void skipAttributeRefs() {
        while (true) {
            if (lx.kind == ATTR_GROUP) {
                lx.next();
            } else if (lx.kind == STRING) {
                lx.next();
                if (lx.kind == EQUALS) {
                    lx.next();
                    stringToken("an attribute value");
                }
            } else {
                return;
            }
        }
    }

    private void parseAlias(String name, boolean ifunc, int start, int line) {
        lx.next();
        parseType();
        expect(COMMA, "',' after the alias type");
        LlvmType targetType = parseType();
        int targetStart = lx.start;
        parseValue(targetType);
        String target = text.substring(targetStart, lx.prevEnd);
        while (lx.kind == COMMA) {
            lx.next();
            if (lx.kind == METADATA_VAR) {
                parseAttachmentAfterComma(false);
            } else if (lx.isKeyword("partition")) {
                lx.next();
                stringToken("the partition name");
            } else {
                throw fail("partition or a metadata attachment");
            }
        }
        defineGlobal(name, start);
        aliases.add(new GlobalAlias(name, ifunc, target, text.substring(start, lx.prevEnd), line));
    }

    private void defineGlobal(String name, int offset) {
        if (!globalNames.add(name)) {
            throw new ParseFailure(offset, "a new global name", "a redefinition of " + name);
        }
    }

    private void checkGlobalUses() {
        for (int i = 0; i < globalUses.size; i++) {
            if (!globalNames.contains(globalUses.names[i])) {
                throw new ParseFailure(globalUses.offsets[i], "a defined global value",
                        "a use of undefined value " + globalUses.names[i]);
            }
        }
    }

    // =====================================================================================================
    // Functions
    // =====================================================================================================

    private void parseFunction(boolean define) {
        FunctionDraft f = new FunctionDraft();
        int start = lx.start;
        f.line = lx.line;
        f.declaration = !define;
        lx.next();
        if (!define) {
            while (lx.kind == METADATA_VAR) {
                parseAttachment(f);
            }
        }
        skipModifiers();
        LlvmType returnType = parseType();
        f.returnType = returnType.text;
        if (lx.kind != GLOBAL_VAR && lx.kind != GLOBAL_ID) {
            throw fail("the function name (@name)");
        }
        int nameOffset = lx.start;
        f.name = globalName();
        lx.next();
        // new sets rather than clear(): clearing a table grown by one huge function costs every later one
        localValues = new HashSet<>();
        blockNames = new HashSet<>();
        localUses.size = 0;
        labelUses.size = 0;
        nextNumber = 0;
        parseParameters(f);
        parseFunctionTrailer(f);
        f.header = text.substring(start, lx.prevEnd);
        defineGlobal(f.name, nameOffset);
        functions.add(f);
        if (!define) {
            return;
        }
        if (lx.kind != LBRACE) {
            throw fail("'{' starting the function body");
        }
        lx.next();
        parseBody(f);
    }

    private void parseParameters(FunctionDraft f) {
        expect(LPAREN, "'(' starting the parameter list");
        List<Parameter> params = new ArrayList<>();
        if (lx.kind == RPAREN) {
            lx.next();
            f.parameters = params;
            return;
        }
        while (true) {
            if (lx.kind == ELLIPSIS) {
                lx.next();
                f.varArgs = true;
                expect(RPAREN, "')' after '...'");
                break;
            }
            LlvmType type = parseType();
            skipArgumentAttributes();
            String name;
            if (lx.kind == LOCAL_VAR || lx.kind == LOCAL_ID) {
                name = defineLocal(true);
                lx.next();
            } else {
                name = names.intern("%" + nextNumber++);
                localValues.add(name);
            }
            params.add(new Parameter(type.text, name));
            if (lx.kind == COMMA) {
                lx.next();
            } else {
                expect(RPAREN, "',' or ')' in the parameter list");
                break;
            }
        }
        f.parameters = params;
    }

    /** Everything between the parameter list and the body (or the end of a declaration). */
    private void parseFunctionTrailer(FunctionDraft f) {
        while (true) {
            switch (lx.kind) {
                case ATTR_GROUP -> lx.next();
                case STRING -> {
                    lx.next();
                    if (lx.kind == EQUALS) {
                        lx.next();
                        stringToken("an attribute value");
                    }
                }
                case METADATA_VAR -> {
                    if (lx.peek() == EQUALS) {
                        return; // a named metadata definition after a declaration
                    }
                    parseAttachment(f);
                }
                case KEYWORD -> {
                    String kw = lx.keyword();
                    if (TOP_LEVEL_KEYWORDS.contains(kw)) {
                        return;
                    }
                    lx.next();
                    switch (kw) {
                        case "section", "partition", "gc" -> stringToken("a string after " + kw);
                        case "align" -> expect(INTEGER, "the alignment");
                        case "prefix", "prologue", "personality" -> parseValue(parseType());
                        default -> {
                            if (lx.kind == LPAREN) {
                                skipGroup();
                            }
                        }
                    }
                }
                default -> {
                    return;
                }
            }
        }
    }

    private void parseAttachment(FunctionDraft f) {
        boolean dbg = lx.end - lx.start == 4 && text.startsWith("!dbg", lx.start);
        lx.next();
        int start = lx.start;
        parseMetadata();
        if (dbg) {
            f.dbgRef = names.intern(buf, start, lx.prevEnd);
            f.dbgOffset = start;
        }
    }

    private void parseBody(FunctionDraft f) {
        while (true) {
            if (lx.kind == RBRACE) {
                if (f.blocks.isEmpty()) {
                    throw fail("an instruction (a function body needs at least one basic block)");
                }
                lx.next();
                break;
            }
            if (lx.isKeyword("uselistorder") || lx.isKeyword("uselistorder_bb")) {
                skipUseListOrder();
                continue;
            }
            if (lx.kind == EOF) {
                throw fail("'}' closing the body of " + f.name);
            }
            parseBlock(f);
        }
        for (int i = 0; i < localUses.size; i++) {
            if (!localValues.contains(localUses.names[i])) {
                throw new ParseFailure(localUses.offsets[i], "a defined value",
                        "a use of undefined value " + localUses.names[i] + " in " + f.name);
            }
        }
        for (BlockDraft block : f.blocks) {
            if (localValues.contains("%" + block.label())) {
                throw new ParseFailure(lineOffset(block.line()), "distinct names for blocks and values",
                        "%" + block.label() + " naming both a block and a value in " + f.name);
            }
        }
        for (int i = 0; i < labelUses.size; i++) {
            if (!blockNames.contains(labelUses.names[i])) {
                throw new ParseFailure(labelUses.offsets[i], "a basic block of " + f.name,
                        "a use of undefined label %" + labelUses.names[i]);
            }
        }
    }

    private void parseBlock(FunctionDraft f) {
        String label;
        int line = lx.line;
        int labelOffset = lx.start;
        if (lx.kind == LABEL) {
            label = labelDefinition();
            lx.next();
        } else {
            label = names.intern(Integer.toString(nextNumber++));
        }
        if (!blockNames.add(label)) {
            throw new ParseFailure(labelOffset, "a new block label", "a redefinition of %" + label);
        }
        List<Instruction> instructions = new ArrayList<>();
        while (true) {
            while (lx.kind == DBG_RECORD) {
                lx.next();
                if (lx.kind != LPAREN) {
                    throw fail("'(' after a debug record");
                }
                skipGroup();
            }
            Instruction instruction = parseInstruction(instructions);
            instructions.add(instruction);
            if (instruction.opcode().isTerminator()) {
                break;
            }
        }
        f.blocks.add(new BlockDraft(label, line, instructions));
    }

    /** The name of a label definition token ({@code bb:}, {@code 12:}, {@code "a b":}), numbering checked. */
    private String labelDefinition() {
        int s = lx.start;
        int e = lx.end - 1; // drop ':'
        if (buf[s] == '"') {
            return quotedName((char) 0, s + 1, e - 1);
        }
        boolean numeric = true;
        for (int i = s; i < e; i++) {
            if (!LlvmLexer.isDigit(buf[i])) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            int n = parseIntToken(s, e);
            if (n < nextNumber) {
                throw fail("label numbered " + nextNumber + " or greater");
            }
            nextNumber = n + 1;
        }
        return names.intern(buf, s, e);
    }

    // =====================================================================================================
    // Instructions
    // =====================================================================================================

    private Instruction parseInstruction(List<Instruction> block) {
        int start = lx.start;
        int line = lx.line;
        String result = null;
        int resultNumber = -1;
        int resultOffset = start;
        if (lx.kind == LOCAL_VAR || lx.kind == LOCAL_ID) {
            if (lx.kind == LOCAL_ID) {
                resultNumber = parseIntToken(lx.start + 1, lx.end);
            }
            result = localName();
            lx.next();
            expect(EQUALS, "'=' after the instruction's name");
        }
        if (lx.kind != KEYWORD) {
            throw fail(result == null ? "an instruction" : "an instruction after '" + result + " ='");
        }
        ops.clear();
        successors.clear();
        phiBlocks.clear();
        callee = null;
        dbgRef = null;
        String kw = lx.keyword();
        if (kw.equals("tail") || kw.equals("musttail") || kw.equals("notail")) {
            lx.next();
            if (!lx.isKeyword("call")) {
                throw fail("'call' after '" + kw + "'");
            }
            kw = lx.keyword();
        }
        Opcode opcode = Opcode.fromName(kw);
        if (opcode == null) {
            throw fail("an instruction opcode");
        }
        int opcodeOffset = lx.start;
        lx.next();
        LlvmType type = parseInstructionBody(opcode, opcodeOffset);
        parseAttachments();

        if (type.isVoid()) {
            if (result != null) {
                throw new ParseFailure(resultOffset, "no name on an instruction that returns void",
                        "'" + result + " ='");
            }
        } else if (result == null) {
            result = names.intern("%" + nextNumber++);
            localValues.add(result);
        } else {
            if (resultNumber >= 0) {
                if (resultNumber < nextNumber) {
                    throw new ParseFailure(resultOffset, "an instruction numbered %" + nextNumber + " or greater",
                            "'" + result + "'");
                }
                nextNumber = resultNumber + 1;
            }
            if (!localValues.add(result)) {
                throw new ParseFailure(resultOffset, "a new value name", "a redefinition of " + result);
            }
        }
        Instruction instruction = new Instruction(opcode, result, type.text, copy(ops), copy(successors),
                copy(phiBlocks), callee, null, text.substring(start, lx.prevEnd), line);
        if (dbgRef != null) {
            pendingLocations.add(new PendingLocation(block, block.size(), dbgRef, dbgOffset));
        }
        return instruction;
    }

    /** An immutable copy; the fixed-arity List.of avoids List.copyOf's second array copy for short lists. */
    private static <T> List<T> copy(ArrayList<T> list) {
        return switch (list.size()) {
            case 0 -> List.of();
            case 1 -> List.of(list.get(0));
            case 2 -> List.of(list.get(0), list.get(1));
            case 3 -> List.of(list.get(0), list.get(1), list.get(2));
            case 4 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3));
            default -> List.copyOf(list);
        };
    }

    /** Parses what follows the opcode; fills operands/successors/phi blocks/callee; returns the result type. */
    private LlvmType parseInstructionBody(Opcode opcode, int opcodeOffset) {
        switch (opcode) {
            case RET -> {
                LlvmType t = parseType();
                if (!t.isVoid()) {
                    ops.add(parseValue(t));
                }
                return types.voidType;
            }
            case BR -> {
                if (lx.isKeyword("label")) {
                    String dest = parseLabelOperand();
                    successors.add(dest);
                    return types.voidType;
                }
                Operand cond = parseTypedValue();
                expect(COMMA, "',' after the branch condition");
                String ifTrue = parseLabelOperand();
                Operand trueOp = ops.removeLast();
                expect(COMMA, "',' after the true destination");
                String ifFalse = parseLabelOperand();
                Operand falseOp = ops.removeLast();
                ops.add(cond);
                ops.add(falseOp);
                ops.add(trueOp);
                successors.add(ifTrue);
                successors.add(ifFalse);
                return types.voidType;
            }
            case SWITCH -> {
                LlvmType t = parseType();
                ops.add(parseValue(t));
                expect(COMMA, "',' after the switch condition");
                successors.add(parseLabelOperand());
                expect(LSQUARE, "'[' starting the switch cases");
                while (lx.kind != RSQUARE) {
                    LlvmType caseType = parseType();
                    ops.add(parseValue(caseType));
                    expect(COMMA, "',' after the case value");
                    successors.add(parseLabelOperand());
                }
                lx.next();
                return types.voidType;
            }
            case INDIRECTBR -> {
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the indirectbr address");
                expect(LSQUARE, "'[' starting the destination list");
                if (lx.kind != RSQUARE) {
                    while (true) {
                        successors.add(parseLabelOperand());
                        if (lx.kind != COMMA) {
                            break;
                        }
                        lx.next();
                    }
                }
                expect(RSQUARE, "']' closing the destination list");
                return types.voidType;
            }
            case INVOKE, CALLBR, CALL -> {
                return parseCall(opcode);
            }
            case RESUME -> {
                ops.add(parseTypedValue());
                return types.voidType;
            }
            case UNREACHABLE -> {
                return types.voidType;
            }
            case CLEANUPRET -> {
                expectKeyword("from");
                ops.add(parseValue(types.token));
                expectKeyword("unwind");
                if (acceptKeyword("to")) {
                    expectKeyword("caller");
                } else {
                    successors.add(parseLabelOperand());
                }
                return types.voidType;
            }
            case CATCHRET -> {
                expectKeyword("from");
                ops.add(parseValue(types.token));
                expectKeyword("to");
                successors.add(parseLabelOperand());
                return types.voidType;
            }
            case CATCHSWITCH -> {
                expectKeyword("within");
                ops.add(parseValue(types.token));
                expect(LSQUARE, "'[' starting the catchswitch handlers");
                List<Operand> handlers = new ArrayList<>();
                List<String> handlerLabels = new ArrayList<>();
                while (true) {
                    handlerLabels.add(parseLabelOperand());
                    handlers.add(ops.removeLast());
                    if (lx.kind != COMMA) {
                        break;
                    }
                    lx.next();
                }
                expect(RSQUARE, "']' closing the catchswitch handlers");
                expectKeyword("unwind");
                if (acceptKeyword("to")) {
                    expectKeyword("caller");
                } else {
                    successors.add(parseLabelOperand());
                }
                ops.addAll(handlers);
                successors.addAll(handlerLabels);
                return types.token;
            }
            case CATCHPAD, CLEANUPPAD -> {
                expectKeyword("within");
                Operand parent = parseValue(types.token);
                expect(LSQUARE, "'[' starting the pad arguments");
                if (lx.kind != RSQUARE) {
                    while (true) {
                        ops.add(parseTypedValue());
                        if (lx.kind != COMMA) {
                            break;
                        }
                        lx.next();
                    }
                }
                expect(RSQUARE, "']' closing the pad arguments");
                ops.add(parent);
                return types.token;
            }
            case FNEG, FREEZE -> {
                skipModifiers();
                Operand v = parseTypedValue();
                ops.add(v);
                return lastType;
            }
            case ADD, FADD, SUB, FSUB, MUL, FMUL, UDIV, SDIV, FDIV, UREM, SREM, FREM, SHL, LSHR, ASHR, AND, OR,
                 XOR -> {
                skipModifiers();
                LlvmType t = parseType();
                ops.add(parseValue(t));
                expect(COMMA, "',' between the operands");
                ops.add(parseValue(t));
                return t;
            }
            case ICMP, FCMP -> {
                skipModifiers(); // samesign, fast-math flags, the predicate
                LlvmType t = parseType();
                ops.add(parseValue(t));
                expect(COMMA, "',' between the operands");
                ops.add(parseValue(t));
                LlvmType r = t.resolved();
                return r.isVector() ? types.vectorLike(r, types.i1) : types.i1;
            }
            case TRUNC, ZEXT, SEXT, FPTRUNC, FPEXT, FPTOUI, FPTOSI, UITOFP, SITOFP, PTRTOINT, PTRTOADDR, INTTOPTR,
                 BITCAST, ADDRSPACECAST -> {
                skipModifiers();
                ops.add(parseTypedValue());
                expectKeyword("to");
                return parseType();
            }
            case SELECT -> {
                skipModifiers();
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the condition");
                ops.add(parseTypedValue());
                LlvmType t = lastType;
                expect(COMMA, "',' between the values");
                ops.add(parseTypedValue());
                return t;
            }
            case VA_ARG -> {
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the va_list");
                return parseType();
            }
            case EXTRACTELEMENT -> {
                ops.add(parseTypedValue());
                LlvmType v = lastType.resolved();
                expect(COMMA, "',' after the vector");
                ops.add(parseTypedValue());
                if (!v.isVector()) {
                    throw new ParseFailure(opcodeOffset, "a vector operand of extractelement", v.text);
                }
                return v.element;
            }
            case INSERTELEMENT -> {
                ops.add(parseTypedValue());
                LlvmType v = lastType;
                expect(COMMA, "',' after the vector");
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the element");
                ops.add(parseTypedValue());
                return v;
            }
            case SHUFFLEVECTOR -> {
                ops.add(parseTypedValue());
                LlvmType v = lastType.resolved();
                expect(COMMA, "',' after the first vector");
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the second vector");
                LlvmType maskType = parseType().resolved();
                parseValue(maskType); // the mask is not an operand since LLVM 11
                if (!v.isVector() || !maskType.isVector()) {
                    throw new ParseFailure(opcodeOffset, "vector operands of shufflevector", v.text);
                }
                return types.vectorLike(maskType, v.element);
            }
            case EXTRACTVALUE -> {
                ops.add(parseTypedValue());
                LlvmType t = lastType;
                if (lx.kind != COMMA || lx.peek() != INTEGER) {
                    throw fail("',' and an index");
                }
                while (lx.kind == COMMA && lx.peek() == INTEGER) {
                    lx.next();
                    t = member(t, parseLongToken(), opcodeOffset);
                    lx.next();
                }
                return t;
            }
            case INSERTVALUE -> {
                ops.add(parseTypedValue());
                LlvmType t = lastType;
                expect(COMMA, "',' after the aggregate");
                ops.add(parseTypedValue());
                if (lx.kind != COMMA || lx.peek() != INTEGER) {
                    throw fail("',' and an index");
                }
                LlvmType walk = t;
                while (lx.kind == COMMA && lx.peek() == INTEGER) {
                    lx.next();
                    walk = member(walk, parseLongToken(), opcodeOffset);
                    lx.next();
                }
                return t;
            }
            case ALLOCA -> {
                skipModifiers(); // inalloca, swifterror
                LlvmType allocated = parseType();
                int addressSpace = 0;
                boolean sized = false;
                while (lx.kind == COMMA && lx.peek() != METADATA_VAR) {
                    lx.next();
                    if (lx.isKeyword("align")) {
                        lx.next();
                        expect(INTEGER, "the alignment");
                    } else if (lx.isKeyword("addrspace")) {
                        lx.next();
                        addressSpace = parseAddressSpaceNumber();
                    } else if (!sized) {
                        ops.add(parseTypedValue());
                        sized = true;
                    } else {
                        throw fail("align, addrspace or a metadata attachment");
                    }
                }
                if (!sized) {
                    ops.add(new Operand(Operand.Kind.CONSTANT, types.i32.text, "1")); // LLVM's implicit size
                }
                return typedPointers ? types.pointerTo(allocated, addressSpace) : types.opaquePointer(addressSpace);
            }
            case LOAD -> {
                skipModifiers(); // atomic, volatile
                LlvmType t = parseType();
                expect(COMMA, "',' after the loaded type");
                ops.add(parseTypedValue());
                skipAtomicOrdering();
                parseMemoryTrailer();
                return t;
            }
            case STORE -> {
                skipModifiers();
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the stored value");
                ops.add(parseTypedValue());
                skipAtomicOrdering();
                parseMemoryTrailer();
                return types.voidType;
            }
            case CMPXCHG -> {
                skipModifiers(); // weak, volatile
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the pointer");
                ops.add(parseTypedValue());
                LlvmType t = lastType;
                expect(COMMA, "',' after the compared value");
                ops.add(parseTypedValue());
                skipAtomicOrdering();
                parseMemoryTrailer();
                return types.struct(List.of(t, types.i1), false);
            }
            case ATOMICRMW -> {
                skipModifiers(); // volatile and the operation
                ops.add(parseTypedValue());
                expect(COMMA, "',' after the pointer");
                ops.add(parseTypedValue());
                LlvmType t = lastType;
                skipAtomicOrdering();
                parseMemoryTrailer();
                return t;
            }
            case FENCE -> {
                skipAtomicOrdering();
                return types.voidType;
            }
            case GETELEMENTPTR -> {
                return parseGetElementPtr(opcodeOffset);
            }
            case PHI -> {
                skipModifiers();
                LlvmType t = parseType();
                while (true) {
                    expect(LSQUARE, "'[' starting a phi incoming pair");
                    ops.add(parseValue(t));
                    expect(COMMA, "',' between the incoming value and block");
                    phiBlocks.add(labelReference());
                    lx.next();
                    expect(RSQUARE, "']' closing a phi incoming pair");
                    if (lx.kind == COMMA && lx.peek() == LSQUARE) {
                        lx.next();
                    } else {
                        break;
                    }
                }
                return t;
            }
            case LANDINGPAD -> {
                LlvmType t = parseType();
                while (true) {
                    if (acceptKeyword("cleanup")) {
                        continue;
                    }
                    if (acceptKeyword("catch") || acceptKeyword("filter")) {
                        ops.add(parseTypedValue());
                        continue;
                    }
                    break;
                }
                return t;
            }
            default -> throw new ParseFailure(opcodeOffset, "an instruction", opcode.llvmName());
        }
    }

    private Operand parseTypedValue() {
        LlvmType t = parseType();
        lastType = t;
        return parseValue(t);
    }

    /** {@code label %dest}: adds the block operand and returns the label. */
    private String parseLabelOperand() {
        expectKeyword("label");
        String label = labelReference();
        ops.add(new Operand(Operand.Kind.BLOCK, types.label.text, names.intern("%" + label)));
        lx.next();
        return label;
    }

    /** The label named by the current %token (not consumed), recorded as a use. */
    private String labelReference() {
        if (lx.kind != LOCAL_VAR && lx.kind != LOCAL_ID) {
            throw fail("a block label (%name)");
        }
        int s = lx.start;
        int e = lx.end;
        String label = buf[s + 1] == '"' ? quotedName((char) 0, s + 2, e - 1) : names.intern(buf, s + 1, e);
        labelUses.add(label, s);
        return label;
    }

    private void skipAtomicOrdering() {
        while (lx.kind == KEYWORD) {
            String kw = lx.keyword();
            if (kw.equals("syncscope")) {
                lx.next();
                if (lx.kind != LPAREN) {
                    throw fail("'(' after syncscope");
                }
                skipGroup();
            } else if (kw.equals("unordered") || kw.equals("monotonic") || kw.equals("acquire")
                    || kw.equals("release") || kw.equals("acq_rel") || kw.equals("seq_cst")) {
                lx.next();
            } else {
                return;
            }
        }
    }

    /** {@code , align N} and metadata attachments after load, store, cmpxchg, atomicrmw. */
    private void parseMemoryTrailer() {
        while (lx.kind == COMMA && lx.peek() == KEYWORD) {
            lx.next();
            if (!lx.isKeyword("align")) {
                throw fail("align or a metadata attachment");
            }
            lx.next();
            expect(INTEGER, "the alignment");
        }
    }

    private int parseAddressSpaceNumber() {
        expect(LPAREN, "'(' after addrspace");
        if (lx.kind != INTEGER) {
            throw fail("the address space number");
        }
        int n = parseIntToken(lx.start, lx.end);
        lx.next();
        expect(RPAREN, "')' after the address space");
        return n;
    }

    private LlvmType parseGetElementPtr(int opcodeOffset) {
        while (lx.kind == KEYWORD && !isTypeKeyword(lx.keyword())) {
            lx.next(); // inbounds, nusw, nuw, inrange(...)
            if (lx.kind == LPAREN) {
                skipGroup();
            }
        }
        LlvmType sourceType = parseType();
        expect(COMMA, "',' after the source element type");
        ops.add(parseTypedValue());
        LlvmType base = lastType.resolved();
        LlvmType vectorShape = base.isVector() ? base : null;
        LlvmType pointer = base.isVector() ? base.element.resolved() : base;
        LlvmType element = sourceType;
        boolean first = true;
        while (lx.kind == COMMA && lx.peek() != METADATA_VAR) {
            lx.next();
            Operand index = parseTypedValue();
            ops.add(index);
            LlvmType indexType = lastType.resolved();
            if (indexType.isVector() && vectorShape == null) {
                vectorShape = indexType;
            }
            if (first) {
                first = false;
            } else if (pointer.kind == Kind.TYPED_POINTER) {
                element = gepStep(element, index, opcodeOffset);
            }
        }
        LlvmType result;
        if (pointer.kind == Kind.TYPED_POINTER) {
            result = types.pointerTo(element, pointer.addressSpace);
        } else if (pointer.kind == Kind.OPAQUE_POINTER) {
            result = pointer;
        } else {
            throw new ParseFailure(opcodeOffset, "a pointer operand of getelementptr", pointer.text);
        }
        return vectorShape == null ? result : types.vectorLike(vectorShape, result);
    }

    /** The type reached by indexing {@code aggregate} with a getelementptr index (typed-pointer IR). */
    private LlvmType gepStep(LlvmType aggregate, Operand index, int offset) {
        LlvmType t = resolveBody(aggregate, offset);
        return switch (t.kind) {
            case ARRAY, VECTOR -> t.element;
            case STRUCT -> {
                long i;
                try {
                    i = Long.parseLong(index.value());
                } catch (NumberFormatException e) {
                    throw new ParseFailure(offset, "a constant integer index into " + aggregate.text, index.value());
                }
                if (i < 0 || i >= t.members.length) {
                    throw new ParseFailure(offset, "a field index below " + t.members.length + " for "
                            + aggregate.text, index.value());
                }
                yield t.members[(int) i];
            }
            default -> throw new ParseFailure(offset, "an aggregate type to index into", aggregate.text);
        };
    }

    /** The member type at {@code index} of a struct, array or vector (extractvalue/insertvalue). */
    private LlvmType member(LlvmType aggregate, long index, int offset) {
        LlvmType t = resolveBody(aggregate, offset);
        return switch (t.kind) {
            case ARRAY -> t.element;
            case STRUCT -> {
                if (index < 0 || index >= t.members.length) {
                    throw new ParseFailure(offset, "a field index below " + t.members.length + " for "
                            + aggregate.text, Long.toString(index));
                }
                yield t.members[(int) index];
            }
            default -> throw new ParseFailure(offset, "an aggregate type", aggregate.text);
        };
    }

    /** Resolves a named type's definition, pre-scanning the file for it when it is defined further down. */
    private LlvmType resolveBody(LlvmType t, int offset) {
        if (t.kind == Kind.NAMED && t.body == null && !typesPrescanned) {
            prescanTypeDefinitions();
        }
        LlvmType r = t.resolved();
        if (r.kind == Kind.NAMED) {
            throw new ParseFailure(offset, "a defined type", "undefined type " + t.text);
        }
        return r;
    }

    // ---- calls ----

    private LlvmType parseCall(Opcode opcode) {
        int addressSpace = 0;
        // fast-math flags, calling convention, return attributes, addrspace(N)
        while (lx.kind == KEYWORD || lx.kind == STRING) {
            if (lx.kind == STRING) {
                lx.next();
                if (lx.kind == EQUALS) {
                    lx.next();
                    stringToken("an attribute value");
                }
                continue;
            }
            String kw = lx.keyword();
            if (isTypeKeyword(kw)) {
                break;
            }
            lx.next();
            if (kw.equals("addrspace")) {
                addressSpace = parseAddressSpaceNumber();
            } else if (lx.kind == LPAREN) {
                skipGroup();
            } else if ((kw.equals("cc") || kw.equals("align")) && lx.kind == INTEGER) {
                lx.next();
            }
        }
        LlvmType written = parseType();
        LlvmType fnType = written.kind == Kind.FUNCTION ? written : null;
        LlvmType returnType = fnType != null ? written.element : written;

        int calleeStart = lx.start;
        Operand.Kind calleeKind;
        String calleeText;
        String calleeName = null;
        switch (lx.kind) {
            case LOCAL_VAR, LOCAL_ID -> {
                calleeKind = Operand.Kind.LOCAL;
                calleeText = localName();
                localUses.add(calleeText, calleeStart);
                lx.next();
            }
            case GLOBAL_VAR, GLOBAL_ID -> {
                calleeKind = Operand.Kind.GLOBAL;
                calleeText = globalName();
                calleeName = calleeText;
                globalUses.add(calleeText, calleeStart);
                lx.next();
            }
            default -> {
                if (lx.isKeyword("asm")) {
                    skipInlineAsm();
                    calleeKind = Operand.Kind.INLINE_ASM;
                } else {
                    skipConstant();
                    calleeKind = Operand.Kind.CONSTANT;
                }
                calleeText = names.intern(buf, calleeStart, lx.prevEnd);
            }
        }

        expect(LPAREN, "'(' starting the call arguments");
        List<LlvmType> argTypes = fnType == null ? new ArrayList<>() : null;
        if (lx.kind != RPAREN) {
            while (true) {
                if (lx.kind == ELLIPSIS) {
                    lx.next(); // musttail forwarding of varargs
                } else {
                    LlvmType t = parseType();
                    if (argTypes != null) {
                        argTypes.add(t);
                    }
                    skipArgumentAttributes();
                    ops.add(parseValue(t));
                }
                if (lx.kind != COMMA) {
                    break;
                }
                lx.next();
            }
        }
        expect(RPAREN, "')' closing the call arguments");

        // function attributes
        while (true) {
            if (lx.kind == ATTR_GROUP) {
                lx.next();
            } else if (lx.kind == STRING) {
                lx.next();
                if (lx.kind == EQUALS) {
                    lx.next();
                    stringToken("an attribute value");
                }
            } else if (lx.kind == KEYWORD && !CALL_ATTRIBUTE_STOP.contains(lx.keyword())
                    && Opcode.fromName(lx.keyword()) == null) {
                lx.next();
                if (lx.kind == LPAREN) {
                    skipGroup();
                }
            } else {
                break;
            }
        }
        if (lx.kind == LSQUARE) {
            parseOperandBundles();
        }
        if (opcode == Opcode.INVOKE) {
            expectKeyword("to");
            successors.add(parseLabelOperand());
            expectKeyword("unwind");
            successors.add(parseLabelOperand());
        } else if (opcode == Opcode.CALLBR) {
            expectKeyword("to");
            successors.add(parseLabelOperand());
            expect(LSQUARE, "'[' starting the indirect destinations");
            if (lx.kind != RSQUARE) {
                while (true) {
                    successors.add(parseLabelOperand());
                    if (lx.kind != COMMA) {
                        break;
                    }
                    lx.next();
                }
            }
            expect(RSQUARE, "']' closing the indirect destinations");
        }
        if (fnType == null) {
            fnType = types.function(returnType, argTypes, false);
        }
        LlvmType calleeType = typedPointers ? types.pointerTo(fnType, addressSpace)
                : types.opaquePointer(addressSpace);
        ops.add(new Operand(calleeKind, calleeType.text, calleeText));
        callee = calleeName;
        return returnType;
    }

    private void parseOperandBundles() {
        lx.next();
        while (true) {
            if (lx.kind != STRING) {
                throw fail("an operand bundle tag string");
            }
            lx.next();
            expect(LPAREN, "'(' after the operand bundle tag");
            if (lx.kind != RPAREN) {
                while (true) {
                    ops.add(parseTypedValue());
                    if (lx.kind != COMMA) {
                        break;
                    }
                    lx.next();
                }
            }
            expect(RPAREN, "')' closing the operand bundle");
            if (lx.kind != COMMA) {
                break;
            }
            lx.next();
        }
        expect(RSQUARE, "']' closing the operand bundles");
    }

    // ---- attachments ----

    /** Trailing {@code , !name !N} attachments of an instruction; remembers {@code !dbg}. */
    private void parseAttachments() {
        while (lx.kind == COMMA && lx.peek() == METADATA_VAR) {
            lx.next();
            parseAttachmentAfterComma(true);
        }
    }

    private void parseAttachmentAfterComma(boolean instruction) {
        boolean dbg = lx.end - lx.start == 4 && text.startsWith("!dbg", lx.start);
        lx.next();
        int start = lx.start;
        parseMetadata();
        if (dbg && instruction) {
            dbgRef = names.intern(buf, start, lx.prevEnd);
            dbgOffset = start;
        }
    }

    /** A metadata value: !N, !name, !{...}, !"string", !DINode(...), distinct ..., or a typed value. */
    private void parseMetadata() {
        switch (lx.kind) {
            case METADATA_ID -> lx.next();
            case METADATA_VAR -> {
                lx.next();
                if (lx.kind == LPAREN) {
                    skipGroup();
                }
            }
            case EXCLAIM -> {
                lx.next();
                if (lx.kind == LBRACE) {
                    skipGroup();
                } else if (lx.kind == STRING) {
                    lx.next();
                } else {
                    throw fail("'{' or a string after '!'");
                }
            }
            default -> {
                if (lx.isKeyword("distinct")) {
                    lx.next();
                    parseMetadata();
                } else {
                    parseValue(parseType());
                }
            }
        }
    }

    // =====================================================================================================
    // Types
    // =====================================================================================================

    private static boolean isTypeKeyword(String kw) {
        return TYPE_KEYWORDS.contains(kw) || isIntegerTypeKeyword(kw);
    }

    private static boolean isIntegerTypeKeyword(String kw) {
        if (kw.length() < 2 || kw.charAt(0) != 'i') {
            return false;
        }
        for (int i = 1; i < kw.length(); i++) {
            if (!LlvmLexer.isDigit(kw.charAt(i))) {
                return false;
            }
        }
        return true;
    }


    /** Skips keywords (with a parenthesised argument, or the number after cc/align) up to the next type. */
    private void skipModifiers() {
        while (true) {
            if (lx.kind == STRING) {
                lx.next();
                if (lx.kind == EQUALS) {
                    lx.next();
                    stringToken("an attribute value");
                }
                continue;
            }
            if (lx.kind != KEYWORD || isTypeKeyword(lx.keyword())) {
                return;
            }
            String kw = lx.keyword();
            lx.next();
            if (lx.kind == LPAREN) {
                skipGroup();
            } else if ((kw.equals("cc") || kw.equals("align") || kw.equals("alignstack")) && lx.kind == INTEGER) {
                lx.next();
            }
        }
    }

    /** Parameter or argument attributes, stopping at the name or the value. */
    private void skipArgumentAttributes() {
        while (true) {
            if (lx.kind == STRING) {
                lx.next();
                if (lx.kind == EQUALS) {
                    lx.next();
                    stringToken("an attribute value");
                }
                continue;
            }
            if (lx.kind != KEYWORD || VALUE_KEYWORDS.contains(lx.keyword()) || isTypeKeyword(lx.keyword())) {
                return;
            }
            String kw = lx.keyword();
            lx.next();
            if (lx.kind == LPAREN) {
                skipGroup();
            } else if ((kw.equals("align") || kw.equals("alignstack")) && lx.kind == INTEGER) {
                lx.next();
            }
        }
    }

    private LlvmType parseType() {
        return parseType(0);
    }

    private LlvmType parseType(int depth) {
        if (depth > MAX_TYPE_DEPTH) {
            throw fail("a type nested at most " + MAX_TYPE_DEPTH + " deep");
        }
        LlvmType t;
        switch (lx.kind) {
            case KEYWORD -> {
                String kw = lx.keyword();
                LlvmType primitive = types.primitive(kw);
                if (primitive != null) {
                    lx.next();
                    t = primitive;
                    if (kw.equals("ptr") && lx.isKeyword("addrspace")) {
                        lx.next();
                        t = types.opaquePointer(parseAddressSpaceNumber());
                    }
                } else if (isIntegerTypeKeyword(kw)) {
                    long bits = parseLong(lx.start + 1, lx.end);
                    if (bits < 1 || bits > TypeTable.MAX_INT_BITS) {
                        throw fail("an integer width between 1 and " + TypeTable.MAX_INT_BITS);
                    }
                    lx.next();
                    t = types.integer((int) bits);
                } else if (kw.equals("target")) {
                    t = parseTargetType(depth);
                } else {
                    throw fail("a type");
                }
            }
            case LOCAL_VAR, LOCAL_ID -> {
                t = types.named(localName(), lx.start);
                lx.next();
            }
            case LBRACE -> {
                lx.next();
                t = types.struct(parseTypeList(RBRACE, depth), false);
            }
            case LSQUARE -> {
                lx.next();
                long n = parseCount();
                expectKeyword("x");
                LlvmType element = parseType(depth + 1);
                expect(RSQUARE, "']' closing the array type");
                t = types.array(n, element);
            }
            case LESS -> {
                lx.next();
                if (lx.kind == LBRACE) {
                    lx.next();
                    t = types.struct(parseTypeList(RBRACE, depth), true);
                    expect(GREATER, "'>' closing the packed struct type");
                } else {
                    boolean scalable = false;
                    if (acceptKeyword("vscale")) {
                        expectKeyword("x");
                        scalable = true;
                    }
                    long n = parseCount();
                    expectKeyword("x");
                    LlvmType element = parseType(depth + 1);
                    expect(GREATER, "'>' closing the vector type");
                    t = types.vector(n, scalable, element);
                }
            }
            default -> throw fail("a type");
        }
        // suffixes: pointers and function types
        while (true) {
            if (lx.kind == STAR) {
                if (t.kind == Kind.LABEL || t.kind == Kind.VOID || t.kind == Kind.METADATA
                        || t.kind == Kind.TOKEN) {
                    throw fail("a type that can be pointed to (not " + t.text + ")");
                }
                lx.next();
                t = types.pointerTo(t, 0);
            } else if (lx.isKeyword("addrspace")) {
                lx.next();
                int as = parseAddressSpaceNumber();
                expect(STAR, "'*' after addrspace(" + as + ")");
                t = types.pointerTo(t, as);
            } else if (lx.kind == LPAREN) {
                lx.next();
                List<LlvmType> params = new ArrayList<>();
                boolean varArg = false;
                if (lx.kind != RPAREN) {
                    while (true) {
                        if (lx.kind == ELLIPSIS) {
                            lx.next();
                            varArg = true;
                            break;
                        }
                        params.add(parseType(depth + 1));
                        skipArgumentAttributes();
                        if (lx.kind == LOCAL_VAR || lx.kind == LOCAL_ID) {
                            lx.next();
                        }
                        if (lx.kind != COMMA) {
                            break;
                        }
                        lx.next();
                    }
                }
                expect(RPAREN, "')' closing the function type's parameters");
                t = types.function(t, params, varArg);
            } else {
                return t;
            }
        }
    }

    private List<LlvmType> parseTypeList(int close, int depth) {
        List<LlvmType> members = new ArrayList<>();
        if (lx.kind == close) {
            lx.next();
            return members;
        }
        while (true) {
            members.add(parseType(depth + 1));
            if (lx.kind == COMMA) {
                lx.next();
            } else {
                expect(close, "',' or '}' in the struct type");
                return members;
            }
        }
    }

    private LlvmType parseTargetType(int depth) {
        lx.next();
        expect(LPAREN, "'(' after target");
        if (lx.kind != STRING) {
            throw fail("the target type name");
        }
        StringBuilder canonical = new StringBuilder("target(").append(text, lx.start, lx.end);
        lx.next();
        while (lx.kind == COMMA) {
            lx.next();
            canonical.append(", ");
            if (lx.kind == INTEGER) {
                canonical.append(text, lx.start, lx.end);
                lx.next();
            } else {
                canonical.append(parseType(depth + 1).text);
            }
        }
        expect(RPAREN, "')' closing the target type");
        return types.target(canonical.append(')').toString());
    }

    private long parseCount() {
        if (lx.kind != INTEGER) {
            throw fail("an element count");
        }
        long n = parseLong(lx.start, lx.end);
        if (n < 0) {
            throw fail("a non-negative element count");
        }
        lx.next();
        return n;
    }

    /** Finds type definitions anywhere in the file, for a typed-pointer GEP through a type defined later. */
    private void prescanTypeDefinitions() {
        typesPrescanned = true;
        LlvmLexer main = lx;
        try {
            for (int i = 0; i < length; i++) {
                if (buf[i] == '%' && (i == 0 || buf[i - 1] == '\n')) {
                    LlvmLexer scan = new LlvmLexer(buf, length, names);
                    lx = scan;
                    try {
                        scan.reset(i, 1);
                        if (scan.kind != LOCAL_VAR && scan.kind != LOCAL_ID) {
                            continue;
                        }
                        String name = localName();
                        if (scan.peek() != EQUALS) {
                            continue;
                        }
                        scan.next();
                        scan.next();
                        if (!scan.isKeyword("type")) {
                            continue;
                        }
                        scan.next();
                        LlvmType named = types.named(name, i);
                        LlvmType body = scan.isKeyword("opaque") ? opaqueBody : parseType();
                        if (named.body == null) {
                            named.body = body;
                            named.prescanned = true;
                        }
                    } catch (ParseFailure ignored) {
                        // reported when the main parse reaches it
                    }
                }
            }
        } finally {
            lx = main;
        }
    }

    // =====================================================================================================
    // Values
    // =====================================================================================================

    /** A value of type {@code t}: a local, a global, a literal, an aggregate or constant expression, metadata. */
    private Operand parseValue(LlvmType t) {
        int start = lx.start;
        if (t.kind == Kind.METADATA) {
            parseMetadata();
            return new Operand(Operand.Kind.METADATA, t.text, names.intern(buf, start, lx.prevEnd));
        }
        switch (lx.kind) {
            case LOCAL_VAR, LOCAL_ID -> {
                String name = localName();
                localUses.add(name, start);
                lx.next();
                return new Operand(Operand.Kind.LOCAL, t.text, name);
            }
            case GLOBAL_VAR, GLOBAL_ID -> {
                String name = globalName();
                globalUses.add(name, start);
                lx.next();
                return new Operand(Operand.Kind.GLOBAL, t.text, name);
            }
            case INTEGER, FLOAT, CSTRING -> lx.next();
            case LBRACE, LSQUARE, LESS -> skipGroup();
            case KEYWORD -> {
                if (lx.isKeyword("asm")) {
                    skipInlineAsm();
                    return new Operand(Operand.Kind.INLINE_ASM, t.text, names.intern(buf, start, lx.prevEnd));
                }
                skipConstant();
            }
            default -> throw fail("a value of type " + t.text);
        }
        return new Operand(Operand.Kind.CONSTANT, t.text, names.intern(buf, start, lx.prevEnd));
    }

    /** A keyword constant: a literal keyword or a constant expression, whose inside is skipped. */
    private void skipConstant() {
        if (lx.kind != KEYWORD) {
            throw fail("a constant");
        }
        String kw = lx.keyword();
        switch (kw) {
            case "true", "false", "null", "none", "undef", "poison", "zeroinitializer" -> {
                lx.next();
                return;
            }
            case "dso_local_equivalent", "no_cfi" -> {
                lx.next();
                if (lx.kind != GLOBAL_VAR && lx.kind != GLOBAL_ID) {
                    throw fail("a global after " + kw);
                }
                globalUses.add(globalName(), lx.start);
                lx.next();
                return;
            }
            default -> {
                if (!VALUE_KEYWORDS.contains(kw)) {
                    throw fail("a value");
                }
            }
        }
        lx.next();
        // flags and predicates (inbounds, nuw, eq, ...), inrange(a, b), then the parenthesised operands
        while (lx.kind == KEYWORD) {
            boolean inrange = lx.keyword().equals("inrange");
            lx.next();
            if (inrange && lx.kind == LPAREN) {
                skipGroup();
            }
        }
        if (lx.kind != LPAREN) {
            throw fail("'(' starting the operands of " + kw);
        }
        skipGroup();
    }

    /** {@code asm [sideeffect] [alignstack] [inteldialect] [unwind] "code", "constraints"}. */
    private void skipInlineAsm() {
        lx.next();
        while (lx.kind == KEYWORD) {
            lx.next();
        }
        stringToken("the inline assembly string");
        expect(COMMA, "',' after the inline assembly string");
        stringToken("the inline assembly constraints");
    }

    /** Skips a bracketed group starting at the current ( [ { or &lt;, balanced over all four, iteratively. */
    private void skipGroup() {
        int depth = 0;
        int open = lx.start;
        do {
            int k = lx.kind;
            switch (k) {
                case LPAREN, LSQUARE, LBRACE, LESS -> {
                    if (depth == MAX_GROUP_DEPTH) {
                        throw fail("brackets nested at most " + MAX_GROUP_DEPTH + " deep");
                    }
                    if (depth == groupStack.length) {
                        groupStack = Arrays.copyOf(groupStack, depth * 2);
                    }
                    groupStack[depth++] = closerOf(k);
                }
                case RPAREN, RSQUARE, RBRACE, GREATER -> {
                    if (depth == 0 || groupStack[depth - 1] != k) {
                        throw fail(depth == 0 ? "a value" : "'" + closerText(groupStack[depth - 1]) + "'");
                    }
                    depth--;
                }
                case EOF -> throw new ParseFailure(lx.start, "'" + closerText(groupStack[depth - 1])
                        + "' closing the bracket opened at offset " + open, "end of file");
                default -> {
                }
            }
            lx.next();
        } while (depth > 0);
    }

    private static int closerOf(int open) {
        return switch (open) {
            case LPAREN -> RPAREN;
            case LSQUARE -> RSQUARE;
            case LBRACE -> RBRACE;
            default -> GREATER;
        };
    }

    private static String closerText(int closer) {
        return switch (closer) {
            case RPAREN -> ")";
            case RSQUARE -> "]";
            case RBRACE -> "}";
            default -> ">";
        };
    }

    // =====================================================================================================
    // Names and tokens
    // =====================================================================================================

    /** The normalised name of the current %token: {@code %x}, {@code %5}, {@code %"a b"} (quotes only if needed). */
    private String localName() {
        int s = lx.start;
        int e = lx.end;
        if (buf[s + 1] == '"') {
            return quotedName('%', s + 2, e - 1);
        }
        return names.intern(buf, s, e);
    }

    private String globalName() {
        int s = lx.start;
        int e = lx.end;
        if (buf[s + 1] == '"') {
            return quotedName('@', s + 2, e - 1);
        }
        return names.intern(buf, s, e);
    }

    /**
     * A quoted name's canonical form: unquoted when it needs no quotes (as LLVM prints it), else quoted as written.
     * A zero sigil means none (labels).
     */
    private String quotedName(char sigil, int contentStart, int contentEnd) {
        boolean plain = !LlvmText.needsQuotes(buf, contentStart, contentEnd);
        for (int i = contentStart; plain && i < contentEnd; i++) {
            if (buf[i] == '\\') {
                plain = false;
            }
        }
        int from = plain ? contentStart : contentStart - 1;
        int to = plain ? contentEnd : contentEnd + 1;
        int n = to - from + (sigil == 0 ? 0 : 1);
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        int k = 0;
        if (sigil != 0) {
            scratch[k++] = sigil;
        }
        System.arraycopy(buf, from, scratch, k, to - from);
        return names.intern(scratch, 0, n);
    }

    /** Defines the %name at the current token as a value (parameter), checking numbering and duplicates. */
    private String defineLocal(boolean parameter) {
        String name = localName();
        if (lx.kind == LOCAL_ID) {
            int n = parseIntToken(lx.start + 1, lx.end);
            if (n < nextNumber) {
                throw fail((parameter ? "an argument" : "a value") + " numbered %" + nextNumber + " or greater");
            }
            nextNumber = n + 1;
        }
        if (!localValues.add(name)) {
            throw fail("a new name (" + name + " is already defined)");
        }
        return name;
    }

    private String stringToken(String what) {
        if (lx.kind != STRING) {
            throw fail(what + " (a quoted string)");
        }
        String value = LlvmText.unescape(text.substring(lx.start + 1, lx.end - 1));
        lx.next();
        return value;
    }

    private long parseLongToken() {
        if (lx.kind != INTEGER) {
            throw fail("an integer");
        }
        return parseLong(lx.start, lx.end);
    }

    private int parseIntToken(int s, int e) {
        long v = parseLong(s, e);
        if (v > Integer.MAX_VALUE || v < 0) {
            throw new ParseFailure(s, "a number below 2^31", lx.quoteForMessage(s, e));
        }
        return (int) v;
    }

    /** A decimal integer in buf[s, e), with overflow reported as a parse error. */
    private long parseLong(int s, int e) {
        boolean negative = s < e && buf[s] == '-';
        int i = negative ? s + 1 : s;
        if (i >= e) {
            throw new ParseFailure(s, "a number", lx.quoteForMessage(s, e));
        }
        long v = 0;
        for (; i < e; i++) {
            char c = buf[i];
            if (!LlvmLexer.isDigit(c)) {
                throw new ParseFailure(s, "a decimal number", lx.quoteForMessage(s, e));
            }
            if (v > (Long.MAX_VALUE - (c - '0')) / 10) {
                throw new ParseFailure(s, "a number that fits in 64 bits", lx.quoteForMessage(s, e));
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }

    private void expect(int kind, String what) {
        if (lx.kind != kind) {
            throw fail(what);
        }
        lx.next();
    }

    private void expectKeyword(String keyword) {
        if (!lx.isKeyword(keyword)) {
            throw fail("'" + keyword + "'");
        }
        lx.next();
    }

    private boolean acceptKeyword(String keyword) {
        if (lx.isKeyword(keyword)) {
            lx.next();
            return true;
        }
        return false;
    }

    /** Offset of the start of a 1-based line (for errors found after the fact). */
    private int lineOffset(int line) {
        int current = 1;
        for (int i = 0; i < length && current < line; i++) {
            if (buf[i] == '\n') {
                current++;
                if (current == line) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private ParseFailure fail(String expected) {
        return new ParseFailure(lx.start, expected, lx.describe());
    }

    /**
     * Whether the module spells pointers as {@code T*} (typed, LLVM &lt; 15) rather than {@code ptr}: decided by
     * whichever comes first outside strings and comments. Result types we compute (alloca, callee) follow it.
     */
    static boolean usesTypedPointers(char[] buf, int length) {
        for (int i = 0; i < length; i++) {
            char c = buf[i];
            if (c == ';') {
                while (i < length && buf[i] != '\n') {
                    i++;
                }
            } else if (c == '"') {
                i++;
                while (i < length && buf[i] != '"') {
                    i++;
                }
            } else if (c == '/' && i + 1 < length && buf[i + 1] == '*') {
                i += 2;
                while (i + 1 < length && !(buf[i] == '*' && buf[i + 1] == '/')) {
                    i++;
                }
                i++;
            } else if (c == '*') {
                return true;
            } else if (c == 'p' && i + 3 <= length && buf[i + 1] == 't' && buf[i + 2] == 'r'
                    && (i == 0 || !isWordChar(buf[i - 1])) && (i + 3 == length || !isWordChar(buf[i + 3]))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return LlvmLexer.isNameChar(c) || c == '%' || c == '@' || c == '!' || c == '#' || c == '"';
    }
}
