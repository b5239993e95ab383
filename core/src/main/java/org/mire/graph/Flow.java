package org.mire.graph;

/** ProGraML edge flows. */
public enum Flow {
    /** Control flow between instructions; position is the successor index. */
    CONTROL,
    /** Data flow from values to the instructions that use them (position = operand index) and from instructions to
     *  the values they define (position 0). */
    DATA,
    /** Calls: call site → callee entry, callee exits → call site, and the {@code [external]} root to/from
     *  every function. */
    CALL,
    /** Type relations (optional in ProGraML; not produced by default). */
    TYPE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
