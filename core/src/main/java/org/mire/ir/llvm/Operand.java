package org.mire.ir.llvm;

/**
 * One operand of an instruction, in LLVM's operand order (see {@link Instruction#operands()}).
 *
 * @param kind  what the operand refers to
 * @param type  its type as IR text ({@code i32}, {@code ptr}, {@code float*}, {@code label}, {@code metadata});
 *              never null
 * @param value its value as IR text: {@code %x}, {@code @g}, {@code 42}, {@code getelementptr (...)},
 *              {@code %bb} for a block (with the {@code %} sigil, as written)
 */
public record Operand(Kind kind, String type, String value) {

    public enum Kind {
        /** A local SSA value: an instruction result or a function argument ({@code %x}, {@code %5}). */
        LOCAL,
        /** A global value: a function, global variable, alias or ifunc ({@code @g}). */
        GLOBAL,
        /**
         * A constant that is not a bare global: literals, {@code null}, {@code undef}, {@code poison},
         * {@code zeroinitializer}, aggregates, constant expressions, {@code blockaddress}, {@code none}.
         */
        CONSTANT,
        /** A basic block label used as a successor ({@code label %bb}). */
        BLOCK,
        /** A metadata argument of an intrinsic call ({@code metadata !12}, {@code metadata i32 0}). */
        METADATA,
        /** Inline assembly used as a callee. */
        INLINE_ASM
    }

    /** True for operands that ProGraML turns into data-flow edges: locals, globals and constants. */
    public boolean isDataValue() {
        return kind == Kind.LOCAL || kind == Kind.GLOBAL || kind == Kind.CONSTANT;
    }
}
