package org.mire.graph;

/** ProGraML node types. */
public enum NodeType {
    /** An instruction (LLVM) or operation (MLIR); also the {@code [external]} root and undefined-function nodes. */
    INSTRUCTION,
    /** A value produced by an instruction, or a function argument / block argument. */
    VARIABLE,
    /** A constant or global used as an operand. */
    CONSTANT,
    /** A type (optional in ProGraML; not produced by default). */
    TYPE;

    /** Lower-case name as in ProGraML's exports. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
