package org.mire.ir.mlir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.ir.IrParseException;
import org.mire.ir.SourceLocation;
import org.mire.ir.mlir.MlirLexer.Kind;
import org.mire.ir.mlir.MlirLexer.Token;

/**
 * Parses MLIR text: the generic operation form in full, and the custom forms of builtin, func, cf, arith, math,
 * scf, affine, memref, tensor, linalg, vector and llvm as mlir-opt 16 prints them.
 *
 * <p>Custom forms are read by one scanner that knows the elements these dialects share (operand lists, bracketed
 * indices, successors, regions, attribute dictionaries, {@code :}/{@code ->}/{@code to}/{@code into} type lists,
 * induction variables and {@code %x = %init} region arguments); {@link CustomSyntax} supplies the per-op facts the
 * text does not show (implicit terminators, implied regions, result type rules). An op of another dialect, or an
 * op we do not know, in custom form is refused with a message that suggests {@code --mlir-print-op-generic}.
 */
public final class MlirParser {
    /** Deeper nesting of regions or brackets is refused rather than risking the stack. */
    static final int MAX_DEPTH = 400;
    private static final Set<String> ATTRIBUTE_LITERALS = Set.of("dense", "dense_resource", "sparse", "array",
            "affine_map", "affine_set", "opaque", "strided", "distinct");
    private static final Set<String> SHAPED_TYPES = Set.of("tensor", "memref", "vector", "complex", "tuple");
    private static final Pattern INTEGER_TYPE = Pattern.compile("[su]?i[0-9]+");
    private static final Pattern ALIAS = Pattern.compile("[!#][A-Za-z_][A-Za-z0-9_$.-]*");

    private final MlirLexer lexer;
    private final String text;
    private final String file;
    private final List<Token> tokens;
    private int p;
    private int depth;
    private int nextValueId;
    private int nextBlockId;
    private final Map<String, String> typeAliases = new HashMap<>();
    private final Map<String, String> attributeAliases = new HashMap<>();
    private final Map<String, SourceLocation> locationAliases = new HashMap<>();
    private final List<UseDraft> uses = new ArrayList<>();
    private final List<ValueDraft> typedFromInit = new ArrayList<>();

    private MlirParser(String text, String file) throws IrParseException {
        this.text = text;
        this.file = file;
        this.lexer = new MlirLexer(text, file);
        this.tokens = lexer.tokens();
    }

    /**
     * Parses MLIR text. Never throws anything but {@link IrParseException} for bad input.
     *
     * @param sourceName the name used in error messages
     */
    public static MlirModule parse(String text, String sourceName) throws IrParseException {
        return new MlirParser(text, sourceName).parseModule();
    }

    // ---------------------------------------------------------------- drafts (mutable while parsing)

    private static final class Scope {
        final Scope parent;
        final Map<String, ValueDraft> values = new HashMap<>();

        Scope(Scope parent) {
            this.parent = parent;
        }
    }

    private static final class ValueDraft {
        final int id;
        final String name;
        String type;
        final int line;
        UseDraft init;   // a %x = %init region argument takes the type of %init

        ValueDraft(int id, String name, String type, int line) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.line = line;
        }
    }

    private static final class UseDraft {
        final String name;
        final Scope scope;
        final Token token;
        ValueDraft value;

        UseDraft(String name, Scope scope, Token token) {
            this.name = name;
            this.scope = scope;
            this.token = token;
        }
    }

    private static final class SuccessorDraft {
        final String label;
        final Token token;
        final List<UseDraft> arguments = new ArrayList<>();
        BlockDraft target;

        SuccessorDraft(String label, Token token) {
            this.label = label;
            this.token = token;
        }
    }

    private static final class BlockDraft {
        final int id;
        final String label;
        final List<ValueDraft> arguments = new ArrayList<>();
        final List<OpDraft> operations = new ArrayList<>();
        final int line;

        BlockDraft(int id, String label, int line) {
            this.id = id;
            this.label = label;
            this.line = line;
        }
    }

    private static final class RegionDraft {
        final List<BlockDraft> blocks = new ArrayList<>();
        /** Line of the closing brace, or 0 for a region the text does not show. */
        int endLine;
        final Map<String, BlockDraft> labels = new HashMap<>();
        final List<SuccessorDraft> successors = new ArrayList<>();
    }

    private static final class OpDraft {
        String name;
        final List<ValueDraft> results = new ArrayList<>();
        final List<UseDraft> operands = new ArrayList<>();
        final List<SuccessorDraft> successors = new ArrayList<>();
        final List<RegionDraft> regions = new ArrayList<>();
        final List<Attribute> attributes = new ArrayList<>();
        final List<int[]> elided = new ArrayList<>();   // [start, end, kind]: 0 region -> "{...}", 1 location -> ""
        int line;
        int column;
        int start;
        int end;
        SourceLocation location;
        boolean generic;
        boolean implicit;
        int impliedRegions;

        String attribute(String attributeName) {
            for (Attribute a : attributes) {
                if (a.name().equals(attributeName)) {
                    return a.value();
                }
            }
            return null;
        }
    }

    /** A result name as written: {@code %x} or {@code %x:3}. */
    private record ResultName(String name, int count, Token token) {
    }

    /** A parsed type: its text and, for function types, the input and result types. */
    private record TypeInfo(String text, List<String> inputs, List<String> results, boolean function) {
    }

    // ---------------------------------------------------------------- module

    private MlirModule parseModule() throws IrParseException {
        Scope scope = new Scope(null);
        RegionDraft region = new RegionDraft();
        BlockDraft block = new BlockDraft(nextBlockId++, "", 1);
        region.blocks.add(block);
        while (kind() != Kind.EOF) {
            if ((kind() == Kind.HASH_ID || kind() == Kind.BANG_ID) && kind(1) == Kind.EQUAL) {
                parseAliasDefinition();
            } else if (kind() == Kind.METADATA_BEGIN) {
                skipFileMetadata();
            } else {
                block.operations.add(parseOperation(scope, region, "builtin"));
            }
        }
        for (SuccessorDraft successor : region.successors) {
            throw error(successor.token, "a successor only inside a region", "undefined block " + successor.label);
        }
        OpDraft root;
        boolean implicitRoot;
        if (block.operations.size() == 1 && block.operations.getFirst().name.equals("builtin.module")) {
            root = block.operations.getFirst();
            implicitRoot = false;
        } else {
            root = new OpDraft();
            root.name = "builtin.module";
            root.line = 1;
            root.column = 1;
            root.implicit = true;
            root.regions.add(region);
            implicitRoot = true;
        }
        resolveUses();
        Map<Integer, Value> values = new HashMap<>();
        Operation frozen = freeze(root, values);
        return new MlirModule(file, text, frozen, implicitRoot, nextValueId, nextBlockId);
    }

    private void parseAliasDefinition() throws IrParseException {
        Token name = advance();
        advance();   // '='
        String alias = text(name);
        if (name.kind() == Kind.BANG_ID) {
            typeAliases.put(alias, parseType().text());
        } else if (kind() == Kind.BARE_ID && text(peek()).equals("loc") && kind(1) == Kind.LPAREN) {
            locationAliases.put(alias, parseLocation());
        } else {
            attributeAliases.put(alias, parseAttributeValue().value());
        }
    }

    private void skipFileMetadata() throws IrParseException {
        Token begin = advance();
        while (kind() != Kind.METADATA_END) {
            if (kind() == Kind.EOF) {
                throw error(begin, "'#-}' to close the file metadata", null);
            }
            advance();
        }
        advance();
    }

    // ---------------------------------------------------------------- operations

    private OpDraft parseOperation(Scope scope, RegionDraft region, String defaultDialect) throws IrParseException {
        Token first = peek();
        List<ResultName> resultNames = new ArrayList<>();
        if (kind() == Kind.VALUE_ID) {
            while (true) {
                Token name = expect(Kind.VALUE_ID, "a result name");
                if (text(name).indexOf('#') >= 0) {
                    throw error(name, "a result name without '#'", "'" + text(name) + "'");
                }
                int count = 1;
                if (kind() == Kind.COLON) {
                    advance();
                    Token number = expect(Kind.INTEGER, "the number of results after ':'");
                    count = parseCount(number);
                }
                resultNames.add(new ResultName(text(name), count, name));
                if (kind() != Kind.COMMA) {
                    break;
                }
                advance();
            }
            expect(Kind.EQUAL, "'=' after the result names");
        }
        OpDraft op = new OpDraft();
        op.line = lexer.line(first.start());
        op.column = lexer.column(first.start());
        op.start = first.start();
        if (kind() == Kind.STRING) {
            parseGenericOperation(op, scope, region, defaultDialect, resultNames);
        } else if (kind() == Kind.BARE_ID) {
            parseCustomOperation(op, scope, region, defaultDialect, resultNames);
        } else {
            throw error(peek(), "an operation", describe(peek()));
        }
        return op;
    }

    private int parseCount(Token number) throws IrParseException {
        try {
            int count = Integer.parseInt(text(number));
            if (count < 1 || count > 1_000_000) {
                throw error(number, "a result count between 1 and 1000000", text(number));
            }
            return count;
        } catch (NumberFormatException e) {
            throw error(number, "a result count", text(number));
        }
    }

    private void defineResults(OpDraft op, Scope scope, List<ResultName> names, List<String> types, Token where)
            throws IrParseException {
        int total = 0;
        for (ResultName name : names) {
            total += name.count();
        }
        if (types.size() != total) {
            throw error(where, total + " result type" + (total == 1 ? "" : "s") + " for '" + op.name + "'",
                    types.size() + "");
        }
        int index = 0;
        for (ResultName name : names) {
            int line = lexer.line(name.token().start());
            for (int i = 0; i < name.count(); i++) {
                String valueName = name.count() == 1 ? name.name() : name.name() + "#" + i;
                ValueDraft value = new ValueDraft(nextValueId++, valueName, types.get(index++), line);
                op.results.add(value);
                define(scope, name.name() + "#" + i, value, name.token());
                if (i == 0) {
                    define(scope, name.name(), value, name.token());
                }
            }
        }
    }

    private void define(Scope scope, String name, ValueDraft value, Token where) throws IrParseException {
        if (scope.values.putIfAbsent(name, value) != null) {
            throw error(where, "a new value name", "a redefinition of " + name);
        }
    }

    // ---------------------------------------------------------------- generic form

    private void parseGenericOperation(OpDraft op, Scope scope, RegionDraft region, String defaultDialect,
                                       List<ResultName> resultNames) throws IrParseException {
        Token nameToken = advance();
        op.name = unquote(text(nameToken));
        op.generic = true;
        if (op.name.isEmpty()) {
            throw error(nameToken, "an operation name", "an empty string");
        }
        expect(Kind.LPAREN, "'(' before the operands of '" + op.name + "'");
        if (kind() != Kind.RPAREN) {
            while (true) {
                Token use = expect(Kind.VALUE_ID, "an operand");
                op.operands.add(use(scope, use));
                if (kind() != Kind.COMMA) {
                    break;
                }
                advance();
            }
        }
        expect(Kind.RPAREN, "')' after the operands");
        if (kind() == Kind.LSQUARE) {
            advance();
            while (true) {
                Token label = expect(Kind.CARET_ID, "a successor block");
                SuccessorDraft successor = new SuccessorDraft(text(label), label);
                if (kind() == Kind.COLON) {   // old syntax: ^bb(: types) is not used; accept ^bb:(%a : t)
                    advance();
                }
                if (kind() == Kind.LPAREN) {
                    parseSuccessorArguments(op, scope, successor);
                }
                op.successors.add(successor);
                region.successors.add(successor);
                if (kind() != Kind.COMMA) {
                    break;
                }
                advance();
            }
            expect(Kind.RSQUARE, "']' after the successors");
        }
        if (kind() == Kind.LESS && kind(1) == Kind.LBRACE) {
            advance();
            parseAttributeDictionary(op.attributes);
            expect(Kind.GREATER, "'>' after the properties");
        }
        String nested = CustomSyntax.defaultDialect(op.name);
        if (kind() == Kind.LPAREN) {
            advance();
            while (true) {
                if (kind() != Kind.LBRACE) {
                    throw error(peek(), "a region '{'", describe(peek()));
                }
                op.regions.add(parseRegion(op, scope, nested == null ? null : nested, null));
                if (kind() != Kind.COMMA) {
                    break;
                }
                advance();
            }
            expect(Kind.RPAREN, "')' after the regions");
        }
        if (kind() == Kind.LBRACE) {
            parseAttributeDictionary(op.attributes);
        }
        Token colon = expect(Kind.COLON, "':' and the function type of '" + op.name + "'");
        Token typeStart = peek();
        TypeInfo type = parseType();
        if (!type.function()) {
            throw error(typeStart, "a function type such as (i32) -> i32", "'" + type.text() + "'");
        }
        if (type.inputs().size() != op.operands.size()) {
            throw error(typeStart, op.operands.size() + " operand type" + (op.operands.size() == 1 ? "" : "s"),
                    type.inputs().size() + "");
        }
        defineResults(op, scope, resultNames, type.results(), colon);
        op.end = previous().end();
        parseTrailingLocation(op);
    }

    private void parseSuccessorArguments(OpDraft op, Scope scope, SuccessorDraft successor) throws IrParseException {
        expect(Kind.LPAREN, "'('");
        if (kind() != Kind.RPAREN) {
            while (kind() == Kind.VALUE_ID) {
                UseDraft use = use(scope, advance());
                successor.arguments.add(use);
                op.operands.add(use);
                if (kind() != Kind.COMMA) {
                    break;
                }
                advance();
            }
            if (kind() == Kind.COLON) {
                advance();
                parseTypeList(false);
            }
        }
        expect(Kind.RPAREN, "')' after the successor operands");
    }

    private void parseTrailingLocation(OpDraft op) throws IrParseException {
        if (kind() == Kind.BARE_ID && text(peek()).equals("loc") && kind(1) == Kind.LPAREN) {
            int start = peek().start();
            op.location = parseLocation();
            op.elided.add(new int[] {start, previous().end(), 1});
        }
    }

    // ---------------------------------------------------------------- regions and blocks

    private RegionDraft parseRegion(OpDraft owner, Scope parent, String defaultDialect, List<ValueDraft> entryArgs)
            throws IrParseException {
        Token open = expect(Kind.LBRACE, "'{'");
        if (++depth > MAX_DEPTH) {
            throw error(open, "at most " + MAX_DEPTH + " nested regions", "deeper nesting");
        }
        Scope scope = new Scope(parent);
        RegionDraft region = new RegionDraft();
        boolean hasEntryArgs = entryArgs != null && !entryArgs.isEmpty();
        if (kind() != Kind.CARET_ID && (kind() != Kind.RBRACE || hasEntryArgs)) {
            BlockDraft entry = new BlockDraft(nextBlockId++, "", lexer.line(open.start()));
            if (entryArgs != null) {
                for (ValueDraft arg : entryArgs) {
                    entry.arguments.add(arg);
                    scope.values.put(arg.name, arg);
                }
            }
            region.blocks.add(entry);
            parseBlockBody(entry, scope, region, defaultDialect);
        } else if (hasEntryArgs) {
            throw error(peek(), "no block label: the entry block's arguments are declared by '" + owner.name + "'",
                    describe(peek()));
        }
        while (kind() == Kind.CARET_ID) {
            Token label = advance();
            BlockDraft block = new BlockDraft(nextBlockId++, text(label), lexer.line(label.start()));
            if (region.labels.putIfAbsent(block.label, block) != null) {
                throw error(label, "a new block label", "a redefinition of " + block.label);
            }
            if (kind() == Kind.LPAREN) {
                advance();
                if (kind() != Kind.RPAREN) {
                    while (true) {
                        Token name = expect(Kind.VALUE_ID, "a block argument");
                        expect(Kind.COLON, "':' and the type of " + text(name));
                        String type = parseType().text();
                        if (kind() == Kind.BARE_ID && text(peek()).equals("loc") && kind(1) == Kind.LPAREN) {
                            parseLocation();
                        }
                        ValueDraft arg = new ValueDraft(nextValueId++, text(name), type, lexer.line(name.start()));
                        define(scope, text(name), arg, name);
                        block.arguments.add(arg);
                        if (kind() != Kind.COMMA) {
                            break;
                        }
                        advance();
                    }
                }
                expect(Kind.RPAREN, "')' after the block arguments");
            }
            expect(Kind.COLON, "':' after the block label");
            region.blocks.add(block);
            parseBlockBody(block, scope, region, defaultDialect);
        }
        Token close = expect(Kind.RBRACE, "'}' to close the region opened at line " + lexer.line(open.start()));
        region.endLine = lexer.line(close.start());
        for (SuccessorDraft successor : region.successors) {
            successor.target = region.labels.get(successor.label);
            if (successor.target == null) {
                throw error(successor.token, "a block of this region", "undefined block " + successor.label);
            }
        }
        owner.elided.add(new int[] {open.start(), close.end(), 0});
        depth--;
        return region;
    }

    private void parseBlockBody(BlockDraft block, Scope scope, RegionDraft region, String defaultDialect)
            throws IrParseException {
        while (kind() != Kind.RBRACE && kind() != Kind.CARET_ID) {
            if (kind() == Kind.EOF) {
                throw error(peek(), "'}' to close the region", "the end of the file");
            }
            block.operations.add(parseOperation(scope, region, defaultDialect));
        }
    }

    // ---------------------------------------------------------------- custom form

    /** What the scanner of one custom-form operation has collected. */
    private static final class CustomScan {
        final List<ValueDraft> entryArgs = new ArrayList<>();
        List<TypeInfo> colonTypes = new ArrayList<>();
        List<TypeInfo> convertedTypes = new ArrayList<>();   // after 'to' / 'into', following the last ':'
        List<TypeInfo> arrowTypes = new ArrayList<>();
        final List<Integer> literalGroupSizes = new ArrayList<>();
        List<TypeInfo> outsTypes = new ArrayList<>();
        boolean signatureSeen;
        boolean entryArgsUsed;
        Token previous;
    }

    private void parseCustomOperation(OpDraft op, Scope scope, RegionDraft region, String defaultDialect,
                                      List<ResultName> resultNames) throws IrParseException {
        Token nameToken = advance();
        String written = text(nameToken);
        op.name = resolveOpName(written, defaultDialect, nameToken);
        op.impliedRegions = CustomSyntax.impliedRegions(op.name);
        String nested = CustomSyntax.defaultDialect(op.name);
        CustomScan scan = new CustomScan();
        scan.previous = nameToken;
        if (CustomSyntax.startsWithInductionVariable(op.name) && kind() == Kind.VALUE_ID && kind(1) == Kind.EQUAL) {
            Token iv = advance();
            scan.entryArgs.add(new ValueDraft(nextValueId++, text(iv), "index", lexer.line(iv.start())));
            scan.previous = advance();
        }
        Token colonToken = nameToken;
        loop:
        while (true) {
            Token t = peek();
            switch (t.kind()) {
                case EOF, RBRACE, METADATA_BEGIN, RPAREN, RSQUARE, GREATER -> {
                    break loop;
                }
                case CARET_ID -> {
                    if (isBlockLabel(p)) {
                        break loop;
                    }
                    parseSuccessor(op, scope, region);
                }
                case VALUE_ID -> {
                    if (startsOperation(p)) {
                        break loop;
                    }
                    parseValueInHeader(op, scope, scan);
                }
                case STRING -> {
                    if (kind(1) == Kind.LPAREN) {
                        break loop;
                    }
                    advance();
                    op.attributes.add(new Attribute("", text(t), "string"));
                }
                case BARE_ID -> {
                    String word = text(t);
                    if (startsCustomOperation(word, defaultDialect)) {
                        break loop;
                    }
                    if (word.equals("loc") && kind(1) == Kind.LPAREN) {
                        int start = t.start();
                        op.location = parseLocation();
                        op.elided.add(new int[] {start, previous().end(), 1});
                    } else if (word.equals("attributes") && kind(1) == Kind.LBRACE) {
                        advance();
                        parseAttributeDictionary(op.attributes);
                    } else if ((word.equals("to") || word.equals("into")) && !scan.colonTypes.isEmpty()) {
                        advance();
                        scan.convertedTypes = (parseTypeList(false));
                    } else if (isTypeStart(t, false)) {
                        parseType();
                    } else if (ATTRIBUTE_LITERALS.contains(word) && kind(1) == Kind.LESS
                            || word.equals("true") || word.equals("false")) {
                        op.attributes.add(parseAttributeValue(false));
                    } else {
                        advance();   // a keyword of the custom syntax
                    }
                }
                case HASH_ID -> op.attributes.add(parseAttributeValue(false));
                case BANG_ID -> parseType();
                case INTEGER, FLOAT, MINUS -> op.attributes.add(parseNumberLiteral());
                case SYMBOL -> {
                    advance();
                    addSymbolAttribute(op, scan, t);
                }
                case COLON -> {
                    colonToken = advance();
                    scan.colonTypes = (parseTypeList(true));
                    scan.convertedTypes = new ArrayList<>();
                    if (scan.colonTypes.isEmpty()) {
                        throw error(peek(), "a type after ':'", describe(peek()));
                    }
                }
                case ARROW -> {
                    advance();
                    scan.arrowTypes = parseArrowTypes();
                }
                case LPAREN, LSQUARE -> parseGroup(op, scope, region, scan);
                case LBRACE -> {
                    if (isRegionStart(op.name, p)) {
                        List<ValueDraft> args = null;
                        if (!scan.entryArgsUsed) {
                            args = new ArrayList<>(scan.entryArgs);
                            scan.entryArgsUsed = true;
                        }
                        op.regions.add(parseRegion(op, scope, nested, args));
                    } else {
                        parseAttributeDictionary(op.attributes);
                    }
                }
                case LESS -> skipAngle();
                default -> advance();
            }
            scan.previous = previous();
        }
        op.end = previous().end();
        if (!scan.entryArgs.isEmpty() && !scan.entryArgsUsed && !op.name.equals("func.func")
                && !op.name.equals("llvm.func")) {
            throw error(nameToken, "a region for the values '" + op.name + "' declares", "none");
        }
        if (op.name.equals("scf.for") && !scan.entryArgs.isEmpty() && !scan.colonTypes.isEmpty()) {
            scan.entryArgs.getFirst().type = scan.colonTypes.getFirst().text();
        }
        if (op.name.equals("scf.index_switch") && op.regions.size() > 1) {
            // The custom form prints the cases first and the default last; the default is region 0.
            op.regions.addFirst(op.regions.removeLast());
        }
        completeRegions(op);
        int resultCount = 0;
        for (ResultName name : resultNames) {
            resultCount += name.count();
        }
        List<String> types = resultCount == 0 ? List.of() : resultTypes(op, scan, resultCount, nameToken);
        defineResults(op, scope, resultNames, types, colonToken);
        if (op.name.endsWith(".constant") && !types.isEmpty()) {
            // The literal of a constant has the constant's type.
            for (int i = 0; i < op.attributes.size(); i++) {
                Attribute a = op.attributes.get(i);
                if (a.name().isEmpty()) {
                    op.attributes.set(i, new Attribute("value", a.value(), types.getFirst()));
                    break;
                }
            }
        }
    }

    private String resolveOpName(String written, String defaultDialect, Token at) throws IrParseException {
        String name = written;
        if (written.indexOf('.') < 0) {
            if (defaultDialect != null && CustomSyntax.isKnown(defaultDialect + "." + written)) {
                name = defaultDialect + "." + written;
            } else {
                throw unknownCustomOp(written, at);
            }
        }
        if (!CustomSyntax.isKnown(name)) {
            throw unknownCustomOp(name, at);
        }
        return name;
    }

    private IrParseException unknownCustomOp(String name, Token at) {
        int dot = name.indexOf('.');
        String dialect = dot < 0 ? null : name.substring(0, dot);
        String why = dialect != null && !CustomSyntax.DIALECTS.contains(dialect)
                ? "the custom syntax of dialect '" + dialect + "' is not supported"
                : "no custom syntax is known for '" + name + "'";
        int line = lexer.line(at.start());
        return new IrParseException(file, line, lexer.column(at.start()),
                "unknown operation '" + name + "': " + why
                        + "; print the file in generic form with 'mlir-opt --mlir-print-op-generic' and open that",
                "", lexer.lineText(line));
    }

    private boolean startsCustomOperation(String word, String defaultDialect) {
        if (word.indexOf('.') > 0) {
            return true;
        }
        return defaultDialect != null && CustomSyntax.isKnown(defaultDialect + "." + word);
    }

    /** {@code %a, %b:2 =} starts the next operation. */
    private boolean startsOperation(int at) {
        int q = at;
        while (kindAt(q) == Kind.VALUE_ID) {
            q++;
            if (kindAt(q) == Kind.COLON && kindAt(q + 1) == Kind.INTEGER) {
                q += 2;
            }
            if (kindAt(q) == Kind.EQUAL) {
                return true;
            }
            if (kindAt(q) != Kind.COMMA) {
                return false;
            }
            q++;
        }
        return false;
    }

    /** {@code ^bb3:} or {@code ^bb3(%a: i32):} starts a new block. */
    private boolean isBlockLabel(int at) {
        int q = at + 1;
        if (kindAt(q) == Kind.LPAREN) {
            int level = 0;
            while (q < tokens.size()) {
                Kind k = kindAt(q);
                if (k == Kind.LPAREN) {
                    level++;
                } else if (k == Kind.RPAREN && --level == 0) {
                    break;
                } else if (k == Kind.EOF || k == Kind.LBRACE || k == Kind.RBRACE) {
                    return false;
                }
                q++;
            }
            q++;
        }
        return kindAt(q) == Kind.COLON;
    }

    /** Decides whether the '{' at {@code at} opens a region or an attribute dictionary. */
    private boolean isRegionStart(String op, int at) {
        if (!CustomSyntax.hasRegions(op)) {
            return false;
        }
        Token next = tokenAt(at + 1);
        return switch (next.kind()) {
            case RBRACE, CARET_ID, VALUE_ID -> true;
            case STRING -> kindAt(at + 2) == Kind.LPAREN;
            case BARE_ID -> {
                Kind after = kindAt(at + 2);
                if (after == Kind.EQUAL || after == Kind.COMMA) {
                    yield false;
                }
                yield after != Kind.RBRACE || text(next).indexOf('.') > 0 && CustomSyntax.isKnown(text(next))
                        || CustomSyntax.isKnown(op.substring(0, op.indexOf('.') + 1) + text(next));
            }
            default -> false;
        };
    }

    private void parseSuccessor(OpDraft op, Scope scope, RegionDraft region) throws IrParseException {
        Token label = advance();
        SuccessorDraft successor = new SuccessorDraft(text(label), label);
        if (kind() == Kind.LPAREN) {
            parseSuccessorArguments(op, scope, successor);
        }
        op.successors.add(successor);
        region.successors.add(successor);
    }

    /** A value in the header: a use, or a region argument {@code %x = %init}. */
    private void parseValueInHeader(OpDraft op, Scope scope, CustomScan scan) throws IrParseException {
        Token value = advance();
        if (kind() == Kind.EQUAL && kindAt(p + 1) == Kind.VALUE_ID) {
            advance();
            UseDraft init = use(scope, advance());
            op.operands.add(init);
            ValueDraft arg = new ValueDraft(nextValueId++, text(value), null, lexer.line(value.start()));
            arg.init = init;
            typedFromInit.add(arg);
            scan.entryArgs.add(arg);
        } else {
            op.operands.add(use(scope, value));
        }
    }

    private void addSymbolAttribute(OpDraft op, CustomScan scan, Token symbol) {
        String name = text(symbol);
        boolean function = op.name.equals("func.func") || op.name.equals("llvm.func");
        if (function && op.attribute("sym_name") == null) {
            String bare = name.substring(1);
            op.attributes.add(new Attribute("sym_name", bare.startsWith("\"") ? bare : "\"" + bare + "\"", "string"));
        } else if ((op.name.equals("func.call") || op.name.equals("llvm.call") || op.name.equals("llvm.invoke"))
                && op.attribute("callee") == null) {
            op.attributes.add(new Attribute("callee", name, "symbol"));
        } else {
            op.attributes.add(new Attribute("", name, "symbol"));
        }
        scan.signatureSeen = scan.signatureSeen || function;
    }

    /** A parenthesised or bracketed group inside a custom form. */
    private void parseGroup(OpDraft op, Scope scope, RegionDraft region, CustomScan scan) throws IrParseException {
        Token open = peek();
        Token before = previous();
        boolean signature = CustomSyntax.declaresArguments(op.name) && open.kind() == Kind.LPAREN
                && (op.name.startsWith("linalg.") ? before.kind() == Kind.RPAREN
                : before.kind() == Kind.SYMBOL && scan.entryArgs.isEmpty() && !scan.entryArgsUsed);
        if (signature) {
            parseSignature(scan);
            return;
        }
        advance();
        if (++depth > MAX_DEPTH) {
            throw error(open, "at most " + MAX_DEPTH + " nested brackets", "deeper nesting");
        }
        Kind close = open.kind() == Kind.LPAREN ? Kind.RPAREN : Kind.RSQUARE;
        List<UseDraft> plainValues = new ArrayList<>();
        boolean onlyValues = true;
        int literals = 0;
        boolean onlyLiterals = true;
        List<Attribute> groupLiterals = new ArrayList<>();
        while (kind() != close) {
            Token t = peek();
            switch (t.kind()) {
                case EOF, RBRACE, RPAREN, RSQUARE, METADATA_BEGIN ->
                        throw error(t, "'" + (close == Kind.RPAREN ? ")" : "]") + "' to close the group opened at line "
                                + lexer.line(open.start()), describe(t));
                case VALUE_ID -> {
                    onlyLiterals = false;
                    int before2 = op.operands.size();
                    int argsBefore = scan.entryArgs.size();
                    parseValueInHeader(op, scope, scan);
                    if (scan.entryArgs.size() == argsBefore && op.operands.size() == before2 + 1) {
                        plainValues.add(op.operands.getLast());
                    } else {
                        onlyValues = false;
                    }
                }
                case CARET_ID -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    parseSuccessor(op, scope, region);
                }
                case LPAREN, LSQUARE -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    parseGroup(op, scope, region, scan);
                }
                case LBRACE -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    parseAttributeDictionary(op.attributes);
                }
                case LESS -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    skipAngle();
                }
                case INTEGER, FLOAT, MINUS -> {
                    onlyValues = false;
                    Attribute literal = parseNumberLiteral();
                    if (kind() == Kind.COLON && isTypeStart(tokenAt(p + 1), false)) {
                        advance();
                        literal = new Attribute(literal.name(), literal.value(), parseType().text());
                    }
                    groupLiterals.add(literal);
                    literals++;
                }
                case STRING -> {
                    onlyValues = false;
                    advance();
                    groupLiterals.add(new Attribute("", text(t), "string"));
                    literals++;
                }
                case SYMBOL -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    advance();
                    addSymbolAttribute(op, scan, t);
                }
                case HASH_ID -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    op.attributes.add(parseAttributeValue());
                }
                case BANG_ID -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    parseType();
                }
                case BARE_ID -> {
                    onlyValues = false;
                    String word = text(t);
                    if (word.equals("loc") && kind(1) == Kind.LPAREN) {
                        parseLocation();
                    } else if (isTypeStart(t, false)) {
                        onlyLiterals = false;
                        parseType();
                    } else if (ATTRIBUTE_LITERALS.contains(word) && kind(1) == Kind.LESS
                            || word.equals("true") || word.equals("false")) {
                        groupLiterals.add(parseAttributeValue());
                        literals++;
                    } else {
                        onlyLiterals = false;
                        advance();
                    }
                }
                case COLON -> {
                    onlyValues = false;
                    advance();
                    List<TypeInfo> types = parseTypeList(true);
                    if (before.kind() == Kind.BARE_ID && text(before).equals("outs")) {
                        scan.outsTypes = types;
                    }
                }
                case COMMA -> advance();
                default -> {
                    onlyValues = false;
                    onlyLiterals = false;
                    advance();
                }
            }
        }
        Token closeToken = advance();
        depth--;
        if (onlyLiterals && literals > 1) {
            // A list of literals ([0, 9, 2], [1, 1]) is one attribute.
            StringBuilder value = new StringBuilder(text.substring(open.start(), closeToken.end()).replaceAll("\\s+", " "));
            op.attributes.add(new Attribute("", value.toString(), "array"));
        } else {
            op.attributes.addAll(groupLiterals);
        }
        if (open.kind() == Kind.LSQUARE) {
            scan.literalGroupSizes.add(onlyLiterals ? literals : -1);
        }
        // (%i, %j) = ... or (%i) in ... declares induction variables.
        boolean declares = kind() == Kind.EQUAL || kind() == Kind.BARE_ID && text(peek()).equals("in");
        if (onlyValues && declares && !plainValues.isEmpty() && open.kind() == Kind.LPAREN && !scan.entryArgsUsed) {
            for (UseDraft value : plainValues) {
                op.operands.remove(value);
                uses.remove(value);
                scan.entryArgs.add(new ValueDraft(nextValueId++, value.name, "index", lexer.line(value.token.start())));
            }
        }
    }

    /** {@code (%a: t1, %b: t2 {attrs} loc(...))} or {@code (t1, t2)} of a function or a linalg.map/reduce. */
    private void parseSignature(CustomScan scan) throws IrParseException {
        Token open = advance();
        scan.signatureSeen = true;
        while (kind() != Kind.RPAREN) {
            if (kind() == Kind.VALUE_ID) {
                Token name = advance();
                expect(Kind.COLON, "':' and the type of " + text(name));
                String type = parseType().text();
                scan.entryArgs.add(new ValueDraft(nextValueId++, text(name), type, lexer.line(name.start())));
            } else if (kind() == Kind.ELLIPSIS) {
                advance();
            } else if (isTypeStart(peek(), true)) {
                parseType();
            } else {
                throw error(peek(), "a parameter", describe(peek()));
            }
            if (kind() == Kind.LBRACE) {
                parseAttributeDictionary(new ArrayList<>());
            }
            if (kind() == Kind.BARE_ID && text(peek()).equals("loc") && kind(1) == Kind.LPAREN) {
                parseLocation();
            }
            if (kind() == Kind.COMMA) {
                advance();
            } else if (kind() != Kind.RPAREN) {
                throw error(peek(), "',' or ')' in the parameter list opened at line " + lexer.line(open.start()),
                        describe(peek()));
            }
        }
        advance();
    }

    private List<TypeInfo> parseArrowTypes() throws IrParseException {
        if (kind() == Kind.LPAREN) {
            int q = p + 1;
            if (kindAt(q) == Kind.RPAREN || isTypeStart(tokenAt(q), true)) {
                Token open = advance();
                List<TypeInfo> types = new ArrayList<>();
                while (kind() != Kind.RPAREN) {
                    types.add(parseType());
                    if (kind() == Kind.LBRACE) {
                        parseAttributeDictionary(new ArrayList<>());
                    }
                    if (kind() == Kind.BARE_ID && text(peek()).equals("loc") && kind(1) == Kind.LPAREN) {
                        parseLocation();
                    }
                    if (kind() == Kind.COMMA) {
                        advance();
                    } else if (kind() != Kind.RPAREN) {
                        throw error(peek(), "',' or ')' in the type list opened at line " + lexer.line(open.start()),
                                describe(peek()));
                    }
                }
                advance();
                if (kind() == Kind.ARROW) {
                    // A function type after '->': keep it whole.
                    p = tokens.indexOf(open);
                    return List.of(parseType());
                }
                return types;
            }
        }
        return parseTypeList(false);
    }

    private void completeRegions(OpDraft op) {
        String terminator = CustomSyntax.implicitTerminator(op.name);
        if (terminator != null) {
            for (RegionDraft region : op.regions) {
                if (region.blocks.isEmpty()) {
                    region.blocks.add(new BlockDraft(nextBlockId++, "", op.line));
                }
                if (region.blocks.size() == 1) {
                    BlockDraft block = region.blocks.getFirst();
                    if (block.operations.isEmpty() || !block.operations.getLast().name.equals(terminator)) {
                        OpDraft yield = new OpDraft();
                        yield.name = terminator;
                        yield.implicit = true;
                        // The region's closing brace is where control leaves it; the line of the op before would
                        // make the graph link that op's line to two nodes and show it twice in a control-flow block.
                        yield.line = region.endLine > 0 ? region.endLine
                                : block.operations.isEmpty() ? block.line : block.operations.getLast().line;
                        yield.column = 1;
                        block.operations.add(yield);
                    }
                }
            }
        }
        while (op.regions.size() < CustomSyntax.regionCount(op.name)) {
            op.regions.add(new RegionDraft());
        }
    }

    // ---------------------------------------------------------------- result types of custom forms

    private List<String> resultTypes(OpDraft op, CustomScan scan, int count, Token at) throws IrParseException {
        List<TypeInfo> colon = scan.colonTypes;
        CustomSyntax.ResultRule rule = CustomSyntax.resultRule(op.name);
        String single = switch (rule) {
            case INDEX -> "index";
            case BOOLEAN_LIKE -> colon.isEmpty() ? null : booleanLike(colon.getLast().text());
            case ELEMENT -> colon.isEmpty() ? null : elementType(firstShaped(colon));
            case WHOLE_TYPE, FIRST_TYPE -> colon.isEmpty() ? null : colon.getFirst().text();
            case SHUFFLE -> colon.isEmpty() || scan.literalGroupSizes.isEmpty() ? null
                    : "vector<" + Math.max(scan.literalGroupSizes.getLast(), 0) + "x"
                    + elementType(colon.getFirst().text()) + ">";
            case VECTOR_EXTRACT -> colon.isEmpty() || scan.literalGroupSizes.isEmpty() ? null
                    : dropLeadingDims(colon.getFirst().text(), Math.max(scan.literalGroupSizes.getLast(), 0));
            case LLVM_EXTRACT_VALUE -> colon.isEmpty() ? null : llvmMember(colon.getFirst().text(), op);
            case LLVM_LOAD -> !scan.arrowTypes.isEmpty() ? scan.arrowTypes.getFirst().text()
                    : colon.isEmpty() ? null : llvmPointee(colon.getFirst().text());
            case OUTER_PRODUCT -> colon.size() < 2 ? null : outerProduct(colon.get(0).text(), colon.get(1).text());
            case CMPXCHG -> colon.isEmpty() ? null : "!llvm.struct<(" + colon.getLast().text() + ", i1)>";
            case PRINTED -> null;
        };
        List<String> printed = new ArrayList<>();
        if (rule != CustomSyntax.ResultRule.PRINTED) {
            if (single != null) {
                for (int i = 0; i < count; i++) {
                    printed.add(single);
                }
            }
        } else if (!scan.convertedTypes.isEmpty()) {
            printed = pickLast(scan.convertedTypes, count);
        } else if (!colon.isEmpty() && colon.getFirst().function()) {
            printed = new ArrayList<>(colon.getFirst().results());
        } else if (!scan.arrowTypes.isEmpty()) {
            List<String> arrow = new ArrayList<>();
            for (TypeInfo type : scan.arrowTypes) {
                arrow.add(type.text());
            }
            printed = arrow.subList(0, Math.min(count, arrow.size()));
        } else if (!colon.isEmpty()) {
            printed = pickLast(colon, count);
        } else if (!scan.outsTypes.isEmpty()) {
            // linalg.map/reduce/transpose/broadcast on tensors return their init operands' types.
            printed = pickLast(scan.outsTypes, count);
        }
        if (printed.isEmpty()) {
            throw error(at, "the result type of '" + op.name + "' in its custom form (or print the file with "
                    + "'mlir-opt --mlir-print-op-generic')", "none");
        }
        List<String> result = new ArrayList<>(printed);
        while (result.size() < count) {
            result.add(result.getLast());
        }
        return result;
    }

    private static List<String> pickLast(List<TypeInfo> types, int count) {
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, types.size() - count); i < types.size(); i++) {
            out.add(types.get(i).text());
        }
        return out;
    }

    private static String firstShaped(List<TypeInfo> types) {
        for (TypeInfo type : types) {
            String t = type.text();
            if (t.startsWith("memref<") || t.startsWith("tensor<") || t.startsWith("vector<")) {
                return t;
            }
        }
        return types.getFirst().text();
    }

    /** {@code vector<4x8xf32>} → {@code [4, 8]} and {@code f32}; a non-shaped type has no dims. */
    private static String[] splitShape(String type) {
        int open = type.indexOf('<');
        if (open < 0 || !type.endsWith(">")) {
            return new String[] {"", type};
        }
        String body = topLevelParts(type.substring(open + 1, type.length() - 1), ',').getFirst().strip();
        int i = 0;
        while (true) {
            int x = i;
            if (x < body.length() && body.charAt(x) == '[') {
                x = body.indexOf(']', x) + 1;
                if (x == 0) {
                    break;
                }
            } else if (x < body.length() && body.charAt(x) == '?') {
                x++;
            } else if (x < body.length() && body.charAt(x) == '*') {
                x++;
            } else {
                while (x < body.length() && Character.isDigit(body.charAt(x))) {
                    x++;
                }
                if (x == i) {
                    break;
                }
            }
            if (x < body.length() && body.charAt(x) == 'x') {
                i = x + 1;
            } else {
                break;
            }
        }
        return new String[] {body.substring(0, i), body.substring(i)};
    }

    static String elementType(String type) {
        if (!(type.startsWith("memref<") || type.startsWith("tensor<") || type.startsWith("vector<"))) {
            return type;
        }
        return splitShape(type)[1];
    }

    private static String booleanLike(String type) {
        if (type.startsWith("vector<") || type.startsWith("tensor<")) {
            String[] shape = splitShape(type);
            return type.substring(0, type.indexOf('<') + 1) + shape[0] + "i1>";
        }
        return "i1";
    }

    private static String dropLeadingDims(String type, int drop) {
        if (!type.startsWith("vector<")) {
            return type;
        }
        String[] shape = splitShape(type);
        String[] dims = shape[0].isEmpty() ? new String[0] : shape[0].substring(0, shape[0].length() - 1).split("x");
        if (drop >= dims.length) {
            return shape[1];
        }
        StringBuilder out = new StringBuilder("vector<");
        for (int i = drop; i < dims.length; i++) {
            out.append(dims[i]).append('x');
        }
        return out.append(shape[1]).append('>').toString();
    }

    private static String outerProduct(String lhs, String rhs) {
        if (!rhs.startsWith("vector<")) {
            return lhs;
        }
        String[] l = splitShape(lhs);
        String[] r = splitShape(rhs);
        return "vector<" + l[0] + r[0] + l[1] + ">";
    }

    /** Nested LLVM dialect types are written without their prefix: {@code ptr<f32>} inside a struct. */
    private static String llvmTypeText(String type) {
        String t = type.strip();
        for (String kind : List.of("ptr", "struct", "array", "vec", "func", "void", "label", "metadata", "token",
                "x86_mmx", "ppc_fp128", "target")) {
            if (t.equals(kind) || t.startsWith(kind + "<")) {
                return "!llvm." + t;
            }
        }
        return t;
    }

    private static String llvmPointee(String pointer) {
        if (pointer.startsWith("!llvm.ptr<") && pointer.endsWith(">")) {
            String body = topLevelParts(pointer.substring("!llvm.ptr<".length(), pointer.length() - 1), ',')
                    .getFirst();
            if (!body.isBlank() && !Character.isDigit(body.strip().charAt(0))) {
                return llvmTypeText(body);
            }
        }
        return null;
    }

    private String llvmMember(String aggregate, OpDraft op) {
        String positions = null;
        for (Attribute attribute : op.attributes) {
            if (attribute.type().equals("array") || attribute.type().equals("int")) {
                positions = attribute.value();
            }
        }
        if (positions == null) {
            return null;
        }
        String type = aggregate;
        for (String position : positions.replaceAll("[\\[\\]\\s]", "").split(",")) {
            int index;
            try {
                index = Integer.parseInt(position);
            } catch (NumberFormatException e) {
                return null;
            }
            if (type.startsWith("!llvm.array<")) {
                String body = type.substring("!llvm.array<".length(), type.length() - 1);
                int x = body.indexOf(" x ");
                if (x < 0) {
                    return null;
                }
                type = llvmTypeText(body.substring(x + 3));
            } else if (type.startsWith("!llvm.struct<")) {
                String body = type.substring("!llvm.struct<".length(), type.length() - 1).strip();
                int paren = body.indexOf('(');
                if (paren < 0 || !body.endsWith(")")) {
                    return null;
                }
                List<String> members = topLevelParts(body.substring(paren + 1, body.length() - 1), ',');
                if (index < 0 || index >= members.size()) {
                    return null;
                }
                type = llvmTypeText(members.get(index));
            } else if (type.startsWith("vector<")) {
                type = elementType(type);
            } else {
                return null;
            }
        }
        return type;
    }

    private static List<String> topLevelParts(String body, char separator) {
        List<String> parts = new ArrayList<>();
        int level = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '<' || c == '(' || c == '[' || c == '{') {
                level++;
            } else if ((c == '>' && (i == 0 || body.charAt(i - 1) != '-')) || c == ')' || c == ']' || c == '}') {
                level--;
            } else if (c == separator && level == 0) {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(body.substring(start).strip());
        return parts;
    }

    // ---------------------------------------------------------------- types

    private boolean isTypeStart(Token t, boolean allowParen) {
        return switch (t.kind()) {
            case BANG_ID -> true;
            case LPAREN -> allowParen;
            case BARE_ID -> {
                String w = text(t);
                yield switch (w) {
                    case "index", "none", "f16", "bf16", "f32", "f64", "f80", "f128", "tf32" -> true;
                    default -> SHAPED_TYPES.contains(w) && tokenAt(indexOf(t) + 1).kind() == Kind.LESS
                            || INTEGER_TYPE.matcher(w).matches() || w.startsWith("Float8");
                };
            }
            default -> false;
        };
    }

    private int indexOf(Token t) {
        if (p < tokens.size() && tokens.get(p) == t) {
            return p;
        }
        return tokens.indexOf(t);
    }

    private List<TypeInfo> parseTypeList(boolean allowParen) throws IrParseException {
        List<TypeInfo> types = new ArrayList<>();
        if (!isTypeStart(peek(), allowParen)) {
            return types;
        }
        while (true) {
            types.add(parseType());
            if (kind() == Kind.COMMA && isTypeStart(tokenAt(p + 1), false)) {
                advance();
            } else {
                break;
            }
        }
        return types;
    }

    private TypeInfo parseType() throws IrParseException {
        Token start = peek();
        switch (start.kind()) {
            case BANG_ID -> {
                advance();
                return new TypeInfo(typeText(start.start(), start.end()), List.of(), List.of(), false);
            }
            case BARE_ID -> {
                if (!isTypeStart(start, false)) {
                    throw error(start, "a type", describe(start));
                }
                advance();
                if (kind() == Kind.LESS) {
                    skipAngle();
                }
                return new TypeInfo(typeText(start.start(), previous().end()), List.of(), List.of(), false);
            }
            case LPAREN -> {
                advance();
                if (++depth > MAX_DEPTH) {
                    throw error(start, "at most " + MAX_DEPTH + " nested types", "deeper nesting");
                }
                List<String> inputs = new ArrayList<>();
                while (kind() != Kind.RPAREN) {
                    inputs.add(parseType().text());
                    if (kind() == Kind.LBRACE) {
                        parseAttributeDictionary(new ArrayList<>());
                    }
                    if (kind() == Kind.COMMA) {
                        advance();
                    } else if (kind() != Kind.RPAREN) {
                        throw error(peek(), "',' or ')' in the type list", describe(peek()));
                    }
                }
                advance();
                depth--;
                if (kind() != Kind.ARROW) {
                    return new TypeInfo(typeText(start.start(), previous().end()), inputs, List.of(), false);
                }
                advance();
                List<String> results = new ArrayList<>();
                if (kind() == Kind.LPAREN) {
                    TypeInfo list = parseType();
                    if (list.function()) {
                        results.add(list.text());
                    } else {
                        results.addAll(list.inputs());
                    }
                } else {
                    results.add(parseType().text());
                }
                return new TypeInfo(typeText(start.start(), previous().end()), inputs, results, true);
            }
            default -> throw error(start, "a type", describe(start));
        }
    }

    /** The type as written, whitespace collapsed and aliases replaced by what they stand for. */
    private String typeText(int start, int end) {
        return resolveAliases(text.substring(start, end).replaceAll("\\s+", " "));
    }

    private String resolveAliases(String value) {
        if (value.indexOf('!') < 0 && value.indexOf('#') < 0) {
            return value;
        }
        for (int round = 0; round < 8; round++) {
            Matcher m = ALIAS.matcher(value);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String alias = m.group();
                String replacement = alias.charAt(0) == '!' ? typeAliases.get(alias) : attributeAliases.get(alias);
                if (replacement != null && !insideString(value, m.start())) {
                    m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                    changed = true;
                } else {
                    m.appendReplacement(out, Matcher.quoteReplacement(alias));
                }
            }
            m.appendTail(out);
            value = out.toString();
            if (!changed) {
                break;
            }
        }
        return value;
    }

    private static boolean insideString(String s, int index) {
        boolean inside = false;
        for (int i = 0; i < index; i++) {
            char c = s.charAt(i);
            if (c == '\\' && inside) {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Skips a balanced {@code <...>}; a '>' inside parentheses (as in {@code d0 >= 0}) does not close it. */
    private void skipAngle() throws IrParseException {
        Token open = expect(Kind.LESS, "'<'");
        List<Kind> stack = new ArrayList<>();
        stack.add(Kind.LESS);
        while (!stack.isEmpty()) {
            Token t = advance();
            switch (t.kind()) {
                case LESS, LPAREN, LSQUARE, LBRACE -> {
                    stack.add(t.kind());
                    if (stack.size() > MAX_DEPTH) {
                        throw error(t, "at most " + MAX_DEPTH + " nested brackets", "deeper nesting");
                    }
                }
                case GREATER -> {
                    if (stack.getLast() == Kind.LESS) {
                        stack.removeLast();
                    }
                }
                case RPAREN, RSQUARE, RBRACE -> {
                    Kind expected = switch (t.kind()) {
                        case RPAREN -> Kind.LPAREN;
                        case RSQUARE -> Kind.LSQUARE;
                        default -> Kind.LBRACE;
                    };
                    if (stack.getLast() != expected) {
                        throw error(t, "'>' to close the '<' at line " + lexer.line(open.start()), describe(t));
                    }
                    stack.removeLast();
                }
                case EOF -> throw error(t, "'>' to close the '<' at line " + lexer.line(open.start()),
                        "the end of the file");
                default -> {
                }
            }
        }
    }

    // ---------------------------------------------------------------- attributes

    private void parseAttributeDictionary(List<Attribute> into) throws IrParseException {
        Token open = expect(Kind.LBRACE, "'{'");
        while (kind() != Kind.RBRACE) {
            Token name = peek();
            if (name.kind() != Kind.BARE_ID && name.kind() != Kind.STRING) {
                throw error(name, "an attribute name", describe(name));
            }
            advance();
            String attributeName = name.kind() == Kind.STRING ? unquote(text(name)) : text(name);
            if (kind() == Kind.EQUAL) {
                advance();
                Attribute value = parseAttributeValue();
                into.add(new Attribute(attributeName, value.value(), value.type()));
            } else {
                into.add(new Attribute(attributeName, "unit", "unit"));
            }
            if (kind() == Kind.COMMA) {
                advance();
            } else if (kind() != Kind.RBRACE) {
                throw error(peek(), "',' or '}' in the attribute dictionary opened at line "
                        + lexer.line(open.start()), describe(peek()));
            }
        }
        advance();
    }

    /** An attribute value; returns it with its type (or its kind when it has no type). */
    private Attribute parseAttributeValue() throws IrParseException {
        return parseAttributeValue(true);
    }

    private Attribute parseAttributeValue(boolean withType) throws IrParseException {
        Token start = peek();
        String kind;
        switch (start.kind()) {
            case LSQUARE -> {
                advance();
                if (++depth > MAX_DEPTH) {
                    throw error(start, "at most " + MAX_DEPTH + " nested attributes", "deeper nesting");
                }
                while (kind() != Kind.RSQUARE) {
                    parseAttributeValue();
                    if (kind() == Kind.COMMA) {
                        advance();
                    } else if (kind() != Kind.RSQUARE) {
                        throw error(peek(), "',' or ']' in the array attribute", describe(peek()));
                    }
                }
                advance();
                depth--;
                kind = "array";
            }
            case LBRACE -> {
                if (++depth > MAX_DEPTH) {
                    throw error(start, "at most " + MAX_DEPTH + " nested attributes", "deeper nesting");
                }
                parseAttributeDictionary(new ArrayList<>());
                depth--;
                kind = "dictionary";
            }
            case STRING -> {
                advance();
                kind = "string";
            }
            case INTEGER, FLOAT, MINUS -> {
                Attribute number = parseNumberLiteral();
                kind = number.type();
            }
            case SYMBOL -> {
                advance();
                while (kind() == Kind.COLON && kind(1) == Kind.COLON && kindAt(p + 2) == Kind.SYMBOL) {
                    advance();
                    advance();
                    advance();
                }
                kind = "symbol";
            }
            case HASH_ID -> {
                advance();
                kind = text(start).indexOf('<') >= 0 ? text(start).substring(1, text(start).indexOf('<'))
                        : attributeAliases.containsKey(text(start)) ? "alias" : text(start).substring(1);
            }
            case BANG_ID, LPAREN -> {
                parseType();
                kind = "type";
            }
            case BARE_ID -> {
                String word = text(start);
                if (word.equals("true") || word.equals("false")) {
                    advance();
                    kind = "bool";
                } else if (word.equals("unit")) {
                    advance();
                    kind = "unit";
                } else if (word.equals("loc") && kind(1) == Kind.LPAREN) {
                    parseLocation();
                    kind = "location";
                } else if (isTypeStart(start, false)) {
                    parseType();
                    kind = "type";
                } else if (kind(1) == Kind.LESS) {
                    advance();
                    skipAngle();
                    kind = word;
                } else {
                    advance();
                    kind = "keyword";
                }
            }
            default -> throw error(start, "an attribute value", describe(start));
        }
        String value = resolveAliases(text.substring(start.start(), previous().end()).replaceAll("\\s+", " "));
        String type = kind;
        if (withType && kind() == Kind.COLON && isTypeStart(tokenAt(p + 1), true) && !kind.equals("type")) {
            advance();
            type = parseType().text();
        }
        return new Attribute("", value, type);
    }

    private Attribute parseNumberLiteral() throws IrParseException {
        Token start = peek();
        if (start.kind() == Kind.MINUS) {
            advance();
            if (kind() != Kind.INTEGER && kind() != Kind.FLOAT) {
                // A lone '-' in an affine expression: not a literal.
                return new Attribute("", "-", "keyword");
            }
        }
        Token number = advance();
        String kind = number.kind() == Kind.FLOAT ? "float" : "int";
        return new Attribute("", text.substring(start.start(), number.end()), kind);
    }

    // ---------------------------------------------------------------- locations

    /** Parses {@code loc(...)} and returns the first file:line:column inside it (through aliases), or null. */
    private SourceLocation parseLocation() throws IrParseException {
        advance();   // loc
        Token open = expect(Kind.LPAREN, "'(' after loc");
        int level = 1;
        SourceLocation found = null;
        while (level > 0) {
            Token t = advance();
            switch (t.kind()) {
                case LPAREN, LSQUARE -> {
                    if (++level > MAX_DEPTH) {
                        throw error(t, "at most " + MAX_DEPTH + " nested locations", "deeper nesting");
                    }
                }
                case RPAREN, RSQUARE -> level--;
                case STRING -> {
                    if (found == null && kind() == Kind.COLON && kind(1) == Kind.INTEGER) {
                        int line = safeInt(text(tokenAt(p + 1)));
                        int column = 0;
                        if (kindAt(p + 2) == Kind.COLON && kindAt(p + 3) == Kind.INTEGER) {
                            column = safeInt(text(tokenAt(p + 3)));
                        }
                        found = new SourceLocation(unquote(text(t)), line, column);
                    }
                }
                case HASH_ID -> {
                    if (found == null) {
                        found = locationAliases.get(text(t));
                    }
                }
                case EOF -> throw error(t, "')' to close the location opened at line " + lexer.line(open.start()),
                        "the end of the file");
                default -> {
                }
            }
        }
        return found;
    }

    private static int safeInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- values

    private UseDraft use(Scope scope, Token token) {
        UseDraft use = new UseDraft(text(token), scope, token);
        uses.add(use);
        return use;
    }

    private void resolveUses() throws IrParseException {
        for (UseDraft use : uses) {
            for (Scope s = use.scope; s != null && use.value == null; s = s.parent) {
                use.value = s.values.get(use.name);
            }
            if (use.value == null) {
                throw error(use.token, "a defined value", "undefined value " + use.name);
            }
        }
        for (ValueDraft value : typedFromInit) {
            ValueDraft init = value.init.value;
            for (int guard = 0; init != null && init.type == null && init.init != null && guard < 1000; guard++) {
                init = init.init.value;
            }
            value.type = init == null || init.type == null ? "?" : init.type;
        }
    }

    // ---------------------------------------------------------------- freezing drafts into records

    private Operation freeze(OpDraft op, Map<Integer, Value> values) {
        List<Value> results = new ArrayList<>();
        for (ValueDraft result : op.results) {
            results.add(value(result, values));
        }
        List<Operand> operands = new ArrayList<>();
        for (UseDraft use : op.operands) {
            operands.add(new Operand(use.name, value(use.value, values)));
        }
        List<Successor> successors = new ArrayList<>();
        for (SuccessorDraft successor : op.successors) {
            List<Operand> arguments = new ArrayList<>();
            for (UseDraft use : successor.arguments) {
                arguments.add(new Operand(use.name, value(use.value, values)));
            }
            successors.add(new Successor(successor.label, successor.target.id, arguments));
        }
        List<Region> regions = new ArrayList<>();
        for (RegionDraft region : op.regions) {
            List<Block> blocks = new ArrayList<>();
            for (BlockDraft block : region.blocks) {
                List<Value> arguments = new ArrayList<>();
                for (ValueDraft arg : block.arguments) {
                    arguments.add(value(arg, values));
                }
                List<Operation> operations = new ArrayList<>();
                for (OpDraft nested : block.operations) {
                    operations.add(freeze(nested, values));
                }
                blocks.add(new Block(block.id, block.label, arguments, operations, block.line));
            }
            regions.add(new Region(blocks));
        }
        return new Operation(op.name, results, operands, successors, regions, op.attributes, op.line, op.column,
                op.location, opText(op), op.generic, op.implicit, op.impliedRegions);
    }

    private static Value value(ValueDraft draft, Map<Integer, Value> values) {
        return values.computeIfAbsent(draft.id, id -> new Value(id, draft.name, draft.type == null ? "?" : draft.type,
                draft.line));
    }

    /** The operation's text on one line, regions shown as {...}, locations and comments left out. */
    private String opText(OpDraft op) {
        if (op.implicit || op.end <= op.start) {
            return op.implicit && op.name.equals("builtin.module") ? "module" : "";
        }
        StringBuilder out = new StringBuilder();
        int pos = op.start;
        List<int[]> spans = new ArrayList<>(op.elided);
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] span : spans) {
            if (span[0] < pos || span[1] > op.end) {
                continue;
            }
            out.append(stripComments(text.substring(pos, span[0])));
            if (span[2] == 0) {
                out.append("{...}");
            }
            pos = span[1];
        }
        out.append(stripComments(text.substring(pos, op.end)));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String stripComments(String s) {
        if (!s.contains("//")) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < s.length()) {
                    out.append(s.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- token access

    private Token peek() {
        return tokens.get(Math.min(p, tokens.size() - 1));
    }

    private Token tokenAt(int index) {
        return tokens.get(Math.min(Math.max(index, 0), tokens.size() - 1));
    }

    private Kind kind() {
        return peek().kind();
    }

    private Kind kind(int ahead) {
        return tokenAt(p + ahead).kind();
    }

    private Kind kindAt(int index) {
        return tokenAt(index).kind();
    }

    private Token advance() {
        Token t = peek();
        if (p < tokens.size() - 1) {
            p++;
        }
        return t;
    }

    private Token previous() {
        return tokens.get(Math.max(p - 1, 0));
    }

    private Token expect(Kind kind, String what) throws IrParseException {
        if (kind() != kind) {
            throw error(peek(), what, describe(peek()));
        }
        return advance();
    }

    private String text(Token t) {
        return text.substring(t.start(), t.end());
    }

    private String describe(Token t) {
        if (t.kind() == Kind.EOF) {
            return "the end of the file";
        }
        String s = text(t);
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }

    private IrParseException error(Token at, String expected, String found) {
        return lexer.error(at.start(), expected, found);
    }

    private static String unquote(String quoted) {
        if (quoted.length() >= 2 && quoted.startsWith("\"") && quoted.endsWith("\"")) {
            return quoted.substring(1, quoted.length() - 1);
        }
        return quoted;
    }
}
