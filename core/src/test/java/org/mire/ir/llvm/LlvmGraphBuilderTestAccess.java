package org.mire.ir.llvm;

/** Gives tests in other packages the hand-built module of {@link LlvmGraphBuilderTest}. */
public final class LlvmGraphBuilderTestAccess {
    private LlvmGraphBuilderTestAccess() {
    }

    public static LlvmModule sumModule() {
        return LlvmGraphBuilderTest.sumModule();
    }
}
