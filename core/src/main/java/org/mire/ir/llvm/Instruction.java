package org.mire.ir.llvm;

import java.util.List;
import org.mire.ir.SourceLocation;

/**
 * One LLVM instruction as parsed.
 *
 * @param opcode         the instruction's opcode
 * @param result         the name of the value it defines, with its sigil ({@code %5}, {@code %x}), or null when
 *                       it defines none (void calls, stores, terminators)
 * @param type           the type of the value it produces as IR text ({@code void} when it produces none)
 * @param operands       its operands in LLVM's {@code getOperand(i)} order, so that an operand's index is
 *                       ProGraML's edge position. Notably: {@code br i1 %c, label %t, label %f} is
 *                       [c, f, t]; a call or invoke lists its arguments, then (invoke only) normal and unwind
 *                       destinations, then the callee last; {@code store v, p} is [v, p]; a switch is
 *                       [condition, default, case value, case dest, ...]; a phi lists its incoming values only
 *                       (the incoming blocks are in {@link #phiBlocks()})
 * @param successors     labels of the successor blocks (without {@code %}), in LLVM's successor order:
 *                       br [true, false] or [dest]; switch [default, cases...]; invoke [normal, unwind];
 *                       callbr [default, indirect...]; indirectbr [dests...]; empty for non-terminators
 * @param phiBlocks      for a phi, the incoming block labels (without {@code %}) parallel to the operands;
 *                       empty otherwise
 * @param callee         for call/invoke/callbr of a named function, its name with sigil ({@code @printf}); null
 *                       for non-calls and for indirect calls (callee is a local, a constant expression or asm)
 * @param debugLocation  the location from the instruction's {@code !dbg} attachment, or null
 * @param text           the instruction's text exactly as in the file (several lines for a switch), without the
 *                       trailing newline
 * @param line           the 1-based line in the parsed text where the instruction starts
 */
public record Instruction(
        Opcode opcode,
        String result,
        String type,
        List<Operand> operands,
        List<String> successors,
        List<String> phiBlocks,
        String callee,
        SourceLocation debugLocation,
        String text,
        int line) {

    public Instruction {
        operands = List.copyOf(operands);
        successors = List.copyOf(successors);
        phiBlocks = List.copyOf(phiBlocks);
    }

    /** True for call, invoke and callbr whose callee is not a named function. */
    public boolean isIndirectCall() {
        return opcode.isCall() && callee == null;
    }
}
