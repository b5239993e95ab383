package org.mire.text;

import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.ir.IrProgram;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.mlir.MlirNormaliser;
import org.mire.ir.mlir.MlirProgram;

/**
 * A program as normalised statements grouped by function: everything the {@link Tokeniser}, the
 * {@link Vocabulary} and corpus deduplication need, independent of the IR language. Each IR language
 * contributes a normaliser that produces this record (LLVM: {@link StatementNormaliser}, MLIR:
 * {@link MlirNormaliser}), dispatched by {@link #of(IrProgram)}.
 *
 * @param sourceName    the program's display name
 * @param normalisation which normaliser and rule version produced it (e.g. {@code llvm-1}); recorded with corpora
 *                      and vocabularies so that mixing incompatible forms is detectable
 * @param functions     defined functions in program order (declarations have no statements and are left out)
 */
public record NormalisedProgram(String sourceName, String normalisation, List<NormalisedFunction> functions) {
    public NormalisedProgram {
        functions = List.copyOf(functions);
    }

    /** Normalises any parsed program with its language's normaliser. */
    public static NormalisedProgram of(IrProgram program) throws MireException {
        if (program instanceof LlvmModule module) {
            return StatementNormaliser.normalise(module);
        }
        if (program instanceof MlirProgram mlir) {
            List<NormalisedFunction> functions = new ArrayList<>();
            for (MlirNormaliser.FunctionStatements function : MlirNormaliser.normalise(mlir.module())) {
                List<NormalisedStatement> statements = new ArrayList<>();
                for (MlirNormaliser.Statement statement : function.statements()) {
                    statements.add(new NormalisedStatement(statement.text(), statement.tokens()));
                }
                functions.add(new NormalisedFunction(function.name(), statements));
            }
            return new NormalisedProgram(program.sourceName(), MlirNormaliser.VERSION, functions);
        }
        throw new MireException(program.sourceName() + ": no statement normaliser for "
                + program.language() + " programs yet");
    }

    /** The function with this name (with or without a leading {@code @}), or null. */
    public NormalisedFunction function(String name) {
        for (NormalisedFunction function : functions) {
            String own = function.name();
            if (own.equals(name) || (own.startsWith("@") && own.substring(1).equals(name))) {
                return function;
            }
        }
        return null;
    }

    public int statementCount() {
        int count = 0;
        for (NormalisedFunction function : functions) {
            count += function.statements().size();
        }
        return count;
    }

    /**
     * SHA-256 (hex) of the normalised statement sequence of the whole program, functions in order: the key that
     * corpus deduplication uses. Names of functions and values take no part in it.
     */
    public String sha256() {
        ContentHash hash = new ContentHash();
        for (NormalisedFunction function : functions) {
            hash.addFunction(function);
        }
        return hash.hex();
    }
}
