package org.mire.encoder;

import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.graph.Node;
import org.mire.ir.IrProgram;
import org.mire.text.NormalisedFunction;
import org.mire.text.NormalisedProgram;
import org.mire.text.StatementNormaliser;
import org.mire.text.Tokeniser;

/** The text modality of {@code org.mire.text}: statement normalisation and tokenisation as in docs/tokens.md. */
public final class NormalisedText implements TextModality {

    @Override
    public String version() {
        return StatementNormaliser.VERSION;
    }

    @Override
    public List<String> moduleTokens(IrProgram program) throws MireException {
        return Tokeniser.moduleTokens(NormalisedProgram.of(program));
    }

    @Override
    public List<List<String>> functionTokens(IrProgram program) throws MireException {
        NormalisedProgram normalised = NormalisedProgram.of(program);
        List<List<String>> out = new ArrayList<>();
        for (String name : program.functionNames()) {
            NormalisedFunction function = normalised.function(name);
            if (function == null) {
                throw new MireException(program.sourceName() + ": function " + name + " has no normalised text");
            }
            out.add(Tokeniser.functionTokens(function));
        }
        return out;
    }

    @Override
    public List<String> nodeTokens(Node node) {
        return Tokeniser.nodeTokens(node);
    }
}
