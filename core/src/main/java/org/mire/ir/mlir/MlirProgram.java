package org.mire.ir.mlir;

import java.util.List;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrLanguage;
import org.mire.ir.IrProgram;

/** A parsed MLIR file as an {@link IrProgram}. */
public record MlirProgram(MlirModule module) implements IrProgram {

    @Override
    public IrLanguage language() {
        return IrLanguage.MLIR;
    }

    @Override
    public String sourceName() {
        return module.sourceName();
    }

    @Override
    public String text() {
        return module.text();
    }

    @Override
    public List<String> functionNames() {
        return module.definedFunctionNames();
    }

    @Override
    public ProgramGraph graph() {
        return MlirGraphBuilder.build(module);
    }
}
