package org.mire.ir.llvm;

/**
 * An LLVM type as the parser needs it: enough structure to compute result types (getelementptr through typed
 * pointers and structs, extractvalue, vector compares, call return types) and its canonical IR text as LLVM
 * prints it. Instances are interned by {@link TypeTable}, so identity is equality.
 */
final class LlvmType {
    enum Kind {
        VOID, INTEGER, FLOATING, OPAQUE_POINTER, TYPED_POINTER, ARRAY, VECTOR, STRUCT, NAMED, FUNCTION, LABEL,
        METADATA, TOKEN, OTHER
    }

    private static final LlvmType[] NONE = new LlvmType[0];

    final Kind kind;
    final String text;
    /** Array/vector element, pointee of a typed pointer, return type of a function. */
    final LlvmType element;
    /** Struct members or function parameters. */
    final LlvmType[] members;
    /** Array/vector length. */
    final long count;
    /** Scalable vector ({@code <vscale x 4 x i32>}), packed struct, or vararg function. */
    final boolean flag;
    final int addressSpace;

    /** For NAMED types: the definition, set when {@code %T = type ...} is parsed. */
    LlvmType body;
    /** For NAMED types: where the type was first used, for "undefined type" errors. */
    int firstUse = -1;
    /** For NAMED types: defined by the forward pre-scan (a later definition in the file is then expected). */
    boolean prescanned;

    LlvmType(Kind kind, String text, LlvmType element, LlvmType[] members, long count, boolean flag,
             int addressSpace) {
        this.kind = kind;
        this.text = text;
        this.element = element;
        this.members = members == null ? NONE : members;
        this.count = count;
        this.flag = flag;
        this.addressSpace = addressSpace;
    }

    /** This type with named types replaced by their definitions (bounded, since aliases could form a cycle). */
    LlvmType resolved() {
        LlvmType t = this;
        for (int i = 0; i < 64 && t.kind == Kind.NAMED && t.body != null; i++) {
            t = t.body;
        }
        return t;
    }

    boolean isVoid() {
        return kind == Kind.VOID;
    }

    boolean isVector() {
        return kind == Kind.VECTOR;
    }

    @Override
    public String toString() {
        return text;
    }
}
