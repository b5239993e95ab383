package org.mire.ir.mlir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mire.ir.IrParseException;
import org.mire.ir.mlir.MlirLexer.Kind;
import org.mire.ir.mlir.MlirLexer.Token;

/**
 * The text modality for MLIR: each operation of a function as a normalised statement and its tokens, with the
 * rules of the LLVM normaliser (docs/tokens.md, section "MLIR"): values {@code %x} → {@code %ID}, symbols
 * {@code @f} → {@code @ID}, blocks {@code ^bb1} → {@code ^BB}, integers → {@code <INT>}, floats → {@code <FP>},
 * strings → {@code <STR>}, attribute aliases {@code #map3} → {@code #MAP}; a type is one token with its sizes
 * written {@code N} ({@code memref<NxNxf32>}, {@code vector<Nxf32>}, {@code !llvm.ptr<f32>}); locations are dropped;
 * nested regions appear as one {@code {...}} token. Tokens leave out {@code ,} {@code =} {@code :} and brackets.
 */
public final class MlirNormaliser {
    /** Recorded with corpora and vocabularies, as the LLVM normaliser records {@code llvm-1}. */
    public static final String VERSION = "mlir-1";
    public static final String REGION = "{...}";
    private static final Set<String> TYPE_WORDS = Set.of("tensor", "memref", "vector", "complex", "tuple");

    /** A normalised statement: its readable text and its tokens. */
    public record Statement(String text, List<String> tokens) {
        public Statement {
            tokens = List.copyOf(tokens);
        }
    }

    /** The statements of one function, in pre-order of its operations. */
    public record FunctionStatements(String name, List<Statement> statements) {
        public FunctionStatements {
            statements = List.copyOf(statements);
        }
    }

    private MlirNormaliser() {
    }

    /** Defined functions of the module with their statements. */
    public static List<FunctionStatements> normalise(MlirModule module) {
        List<FunctionStatements> out = new ArrayList<>();
        for (Operation function : module.functions()) {
            if (!MlirModule.hasBody(function)) {
                continue;
            }
            List<Statement> statements = new ArrayList<>();
            for (Block block : function.regions().getFirst().blocks()) {
                for (Operation op : block.operations()) {
                    collect(op, statements);
                }
            }
            out.add(new FunctionStatements(MlirModule.functionName(function), statements));
        }
        return out;
    }

    private static void collect(Operation op, List<Statement> out) {
        out.add(statement(op));
        for (Region region : op.regions()) {
            for (Block block : region.blocks()) {
                for (Operation nested : block.operations()) {
                    collect(nested, out);
                }
            }
        }
    }

    /** The normalised statement of one operation. */
    public static Statement statement(Operation op) {
        String text = op.text().isEmpty() ? op.name() : op.text();
        try {
            Statement statement = normalise(text);
            // The op name as a token is its full name, also where the text uses the default dialect (return).
            List<String> tokens = new ArrayList<>(statement.tokens());
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (t.equals(op.name()) || op.name().endsWith("." + t)) {
                    if (!t.equals(op.name())) {
                        tokens.set(i, op.name());
                        String fixed = statement.text().replaceFirst("(?<=^|\\s)" + java.util.regex.Pattern.quote(t)
                                + "(?=\\s|$|\\()", java.util.regex.Matcher.quoteReplacement(op.name()));
                        return new Statement(fixed, tokens);
                    }
                    break;
                }
            }
            return statement;
        } catch (IrParseException e) {
            // Op texts come from parsed input, so they lex; keep the op name if one ever does not.
            return new Statement(op.name(), List.of(op.name()));
        }
    }

    static Statement normalise(String opText) throws IrParseException {
        String source = opText.replace(REGION, " \u0001 ");
        MlirLexer lexer = new MlirLexer(source.replace('\u0001', ' '), "statement");
        List<Token> tokens = lexer.tokens();
        List<Integer> regionMarks = new ArrayList<>();
        for (int i = source.indexOf('\u0001'); i >= 0; i = source.indexOf('\u0001', i + 1)) {
            regionMarks.add(i);
        }
        String text = lexer.text();
        List<String> pieces = new ArrayList<>();
        List<String> out = new ArrayList<>();
        int mark = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (mark < regionMarks.size() && regionMarks.get(mark) < t.start()) {
                pieces.add(REGION);
                out.add(REGION);
                mark++;
            }
            if (t.kind() == Kind.EOF) {
                break;
            }
            String s = text.substring(t.start(), t.end());
            switch (t.kind()) {
                case VALUE_ID -> add(pieces, out, "%ID", true);
                case SYMBOL -> add(pieces, out, "@ID", true);
                case CARET_ID -> add(pieces, out, "^BB", true);
                case INTEGER -> add(pieces, out, "<INT>", true);
                case FLOAT -> add(pieces, out, "<FP>", true);
                case STRING -> add(pieces, out, "<STR>", true);
                case HASH_ID -> add(pieces, out, s.indexOf('<') >= 0 ? sizes(s) : s.indexOf('.') > 0 ? s : "#MAP", true);
                case BANG_ID -> add(pieces, out, sizes(s), true);
                case BARE_ID -> {
                    if (s.equals("loc") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.LPAREN) {
                        i = skipGroup(tokens, i + 1);
                    } else if ((TYPE_WORDS.contains(s) || s.equals("affine_map") || s.equals("affine_set")
                            || s.equals("dense") || s.equals("array") || s.equals("strided"))
                            && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.LESS) {
                        int end = skipAngle(tokens, i + 1);
                        String whole = text.substring(t.start(), tokens.get(end).end());
                        String token = TYPE_WORDS.contains(s) ? sizes(whole) : s.equals("dense") || s.equals("array")
                                ? s + "<...>" : s;
                        add(pieces, out, token, true);
                        i = end;
                    } else {
                        add(pieces, out, s, true);
                    }
                }
                case MINUS -> {
                    // A sign belongs to the following number.
                    if (i + 1 < tokens.size() && (tokens.get(i + 1).kind() == Kind.INTEGER
                            || tokens.get(i + 1).kind() == Kind.FLOAT)) {
                        continue;
                    }
                    add(pieces, out, s, true);
                }
                case COMMA, EQUAL, COLON, LPAREN, RPAREN, LSQUARE, RSQUARE, LBRACE, RBRACE, LESS, GREATER ->
                        add(pieces, out, s, false);
                default -> add(pieces, out, s, true);
            }
        }
        while (mark < regionMarks.size()) {
            pieces.add(REGION);
            out.add(REGION);
            mark++;
        }
        return new Statement(join(pieces), out);
    }

    private static void add(List<String> pieces, List<String> tokens, String s, boolean token) {
        pieces.add(s);
        if (token) {
            tokens.add(s);
        }
    }

    private static String join(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            boolean tight = piece.equals(",") || piece.equals(")") || piece.equals("]") || piece.equals(":")
                    && false;
            if (!out.isEmpty() && !tight && !out.toString().endsWith("(") && !out.toString().endsWith("[")) {
                out.append(' ');
            }
            out.append(piece);
        }
        return out.toString();
    }

    /**
     * The token of an MLIR type text as a graph node holds it ({@code memref<16x16xf32>} → {@code memref<NxNxf32>}),
     * the same token the type gets in a statement; null when the text is not a shaped (tensor, memref, vector,
     * complex, tuple) or dialect ({@code !llvm.ptr}) type.
     */
    public static String typeToken(String text) {
        String t = text.strip();
        int angle = t.indexOf('<');
        boolean shaped = angle > 0 && TYPE_WORDS.contains(t.substring(0, angle)) && t.endsWith(">");
        return shaped || t.startsWith("!") ? sizes(t) : null;
    }

    /** Sizes in a type written as N: memref<64x?xf32> → memref<Nx?xf32>; bit widths (i32, f64) stay. */
    static String sizes(String type) {
        // A digit run is a size unless a letter other than the shape separator 'x' precedes it (i32, f64, bf16).
        return type.replaceAll("\\s+", " ").replaceAll("(?<![A-Za-wyzA-Z0-9_])\\d+", "N");
    }

    private static int skipGroup(List<Token> tokens, int open) {
        int level = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind k = tokens.get(i).kind();
            if (k == Kind.LPAREN) {
                level++;
            } else if (k == Kind.RPAREN && --level == 0) {
                return i;
            } else if (k == Kind.EOF) {
                return i - 1;
            }
        }
        return tokens.size() - 1;
    }

    private static int skipAngle(List<Token> tokens, int open) {
        int level = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind k = tokens.get(i).kind();
            if (k == Kind.LESS) {
                level++;
            } else if (k == Kind.GREATER && --level == 0) {
                return i;
            } else if (k == Kind.EOF) {
                return i - 1;
            }
        }
        return tokens.size() - 1;
    }
}
