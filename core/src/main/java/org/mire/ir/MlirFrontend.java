package org.mire.ir;

import org.mire.MireException;
import org.mire.ir.mlir.MlirParser;
import org.mire.ir.mlir.MlirProgram;

/** Entry point of the MLIR frontend: parses MLIR text into an {@link IrProgram}. */
final class MlirFrontend {
    private MlirFrontend() {
    }

    static IrProgram parse(String text, String sourceName) throws MireException {
        return new MlirProgram(MlirParser.parse(text, sourceName));
    }
}
