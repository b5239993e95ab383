package org.mire.ir.llvm;

import org.mire.graph.ProgramGraph;

/** Builds the ProGraML program graph of an LLVM module. */
public final class LlvmGraphBuilder {
    private LlvmGraphBuilder() {
    }

    public static ProgramGraph build(LlvmModule module) {
        throw new UnsupportedOperationException("graph builder not written yet");
    }
}
