package org.mire.embed.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mire.ir.llvm.BasicBlock;
import org.mire.ir.llvm.Function;
import org.mire.ir.llvm.Instruction;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.Opcode;
import org.mire.ir.llvm.Operand;
import org.mire.ir.llvm.Parameter;

/** Builds small LLVM modules as the parser's records, for checking the baselines' arithmetic exactly. */
final class IrBuilder {
    private final List<Function> functions = new ArrayList<>();
    private final List<BasicBlock> blocks = new ArrayList<>();
    private List<Instruction> current;
    private String currentLabel;

    static Operand local(String type, String name) {
        return new Operand(Operand.Kind.LOCAL, type, name);
    }

    static Operand constant(String type, String value) {
        return new Operand(Operand.Kind.CONSTANT, type, value);
    }

    static Operand global(String type, String name) {
        return new Operand(Operand.Kind.GLOBAL, type, name);
    }

    static Operand label(String label) {
        return new Operand(Operand.Kind.BLOCK, "label", "%" + label);
    }

    IrBuilder block(String label) {
        finishBlock();
        current = new ArrayList<>();
        currentLabel = label;
        return this;
    }

    IrBuilder instruction(Opcode opcode, String result, String type, Operand... operands) {
        return instruction(opcode, result, type, List.of(), null, operands);
    }

    IrBuilder instruction(Opcode opcode, String result, String type, List<String> successors, String callee,
                          Operand... operands) {
        current.add(new Instruction(opcode, result, type, List.of(operands), successors, List.of(), callee, null,
                opcode.llvmName(), current.size() + 1));
        return this;
    }

    private void finishBlock() {
        if (current != null) {
            blocks.add(new BasicBlock(currentLabel, 1, current));
            current = null;
        }
    }

    IrBuilder function(String name, List<Parameter> parameters) {
        finishBlock();
        functions.add(new Function(name, "void", parameters, false, false, new ArrayList<>(blocks), "define", 1,
                null));
        blocks.clear();
        return this;
    }

    IrBuilder declare(String name) {
        functions.add(new Function(name, "void", List.of(), false, true, List.of(), "declare", 1, null));
        return this;
    }

    LlvmModule module() {
        return new LlvmModule("test.ll", "", null, null, null, List.of(), functions, List.of(), Map.of(), Map.of());
    }
}
