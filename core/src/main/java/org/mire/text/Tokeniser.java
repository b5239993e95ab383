package org.mire.text;

import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrProgram;
import org.mire.ir.llvm.Opcode;

/**
 * Token sequences for the text encoder, from {@link NormalisedProgram}s of any IR language:
 * a function is {@code [CLS]} followed by its statements' tokens; a module is {@code [CLS]} followed by its
 * functions' tokens, functions separated by {@code [SEP]}. Also the tokens of a program-graph node's text, which
 * the graph encoder embeds with the same vocabulary.
 */
public final class Tokeniser {
    /** Graph node texts that never occur in statements; a vocabulary must reserve them (see {@link #graphTokens()}). */
    public static final String EXTERNAL = ProgramGraph.EXTERNAL;
    public static final String INDIRECT = ProgramGraph.INDIRECT;
    public static final String UNDEFINED_FUNCTION = "[undefined-function]";
    public static final String VARIABLE = "var";
    public static final String CONSTANT = "val";

    private Tokeniser() {
    }

    /** Normalises a parsed program (any language with a normaliser) and returns its module token sequence. */
    public static List<String> tokens(IrProgram program) throws MireException {
        return moduleTokens(NormalisedProgram.of(program));
    }

    /** {@code [CLS]} then the tokens of each statement of the function. */
    public static List<String> functionTokens(NormalisedFunction function) {
        List<String> out = new ArrayList<>(function.tokenCount() + 1);
        out.add(Vocabulary.CLS);
        for (NormalisedStatement statement : function.statements()) {
            out.addAll(statement.tokens());
        }
        return out;
    }

    /** {@code [CLS]} then the functions' statement tokens in order, separated by {@code [SEP]}. */
    public static List<String> moduleTokens(NormalisedProgram program) {
        List<String> out = new ArrayList<>();
        out.add(Vocabulary.CLS);
        boolean first = true;
        for (NormalisedFunction function : program.functions()) {
            if (!first) {
                out.add(Vocabulary.SEP);
            }
            first = false;
            for (NormalisedStatement statement : function.statements()) {
                out.addAll(statement.tokens());
            }
        }
        return out;
    }

    /**
     * The tokens of a graph node's text, in the statement vocabulary: an instruction node gives its opcode
     * ({@code load}); a variable or constant node its normalised type ({@code i32*} → {@code ptr},
     * {@code [100 x i32]} → {@code [<INT> x i32]}); the root {@code [external]}, {@code [indirect]},
     * {@code [undefined-function]} for ProGraML's {@code ; undefined function}; {@code var}/{@code val} stay.
     * Texts that are none of these (e.g. MLIR op names) are returned as they are, one token.
     */
    public static List<String> nodeTokens(Node node) {
        return List.of(nodeToken(node.type(), node.text()));
    }

    static String nodeToken(NodeType type, String text) {
        String t = text.strip();
        if (t.equals(ProgramGraph.UNDEFINED_FUNCTION)) {
            return UNDEFINED_FUNCTION;
        }
        if (t.equals(ProgramGraph.EXTERNAL) || t.equals(ProgramGraph.INDIRECT) || t.equals(VARIABLE)
                || t.equals(CONSTANT) || t.isEmpty()) {
            return t.isEmpty() ? Vocabulary.UNK : t;
        }
        if (type == NodeType.INSTRUCTION && Opcode.fromName(t) != null) {
            return t;
        }
        String typeToken = StatementNormaliser.typeToken(t);
        if (typeToken != null) {
            return typeToken;
        }
        // MLIR graphs hold types as printed; their statement token writes sizes as N.
        String mlirType = org.mire.ir.mlir.MlirNormaliser.typeToken(t);
        return mlirType != null ? mlirType : t;
    }

    /**
     * Tokens a vocabulary must hold whatever the corpus says, so that no graph node is {@code [UNK]}: the texts only
     * graph nodes produce, then every LLVM opcode. Pass them to {@link Vocabulary.Builder#reserve}.
     */
    public static List<String> graphTokens() {
        List<String> out = new ArrayList<>(List.of(EXTERNAL, INDIRECT, UNDEFINED_FUNCTION, VARIABLE, CONSTANT));
        for (Opcode opcode : Opcode.values()) {
            out.add(opcode.llvmName());
        }
        return out;
    }
}
