package org.mire.ir;

import org.mire.MireException;

/** Entry point of the MLIR frontend (issue 7). */
final class MlirFrontend {
    private MlirFrontend() {
    }

    static IrProgram parse(String text, String sourceName) throws MireException {
        throw new MireException(sourceName + ": MLIR input is not supported yet");
    }
}
