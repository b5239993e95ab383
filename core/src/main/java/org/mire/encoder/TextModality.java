package org.mire.encoder;

import java.util.List;
import org.mire.MireException;
import org.mire.graph.Node;
import org.mire.ir.IrProgram;

/**
 * Where the encoder's token strings come from: the statement normaliser and tokeniser of the text modality.
 * Token sequences may start with {@code [CLS]}; the encoder frames rows itself and drops it.
 */
public interface TextModality {

    /** Identifies the normalisation rules (recorded with models; e.g. {@code llvm-1}). */
    String version();

    /** The tokens of the whole module (functions separated by {@code [SEP]}). */
    List<String> moduleTokens(IrProgram program) throws MireException;

    /** The tokens of each defined function, in {@link IrProgram#functionNames()} order. */
    List<List<String>> functionTokens(IrProgram program) throws MireException;

    /** The tokens of a graph node's text, in the same vocabulary. */
    List<String> nodeTokens(Node node);
}
