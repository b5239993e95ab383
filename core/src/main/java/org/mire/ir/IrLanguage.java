package org.mire.ir;

/** The IR languages the workbench reads. */
public enum IrLanguage {
    LLVM,
    MLIR
}
