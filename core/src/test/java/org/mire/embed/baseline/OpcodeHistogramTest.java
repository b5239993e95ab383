package org.mire.embed.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mire.embed.baseline.IrBuilder.constant;
import static org.mire.embed.baseline.IrBuilder.global;
import static org.mire.embed.baseline.IrBuilder.local;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.Opcode;
import org.mire.ir.llvm.Parameter;

class OpcodeHistogramTest {

    /** A kernel with a loop: entry → loop (back edge to itself) → exit; 8 instructions. */
    static LlvmModule loopKernel() {
        return new IrBuilder()
                .declare("@_Z13get_global_idj")
                .block("entry")
                .instruction(Opcode.CALL, "%id", "i64", List.of(), "@_Z13get_global_idj", constant("i32", "0"),
                        global("i64 (i32)*", "@_Z13get_global_idj"))
                .instruction(Opcode.BR, null, "void", List.of("loop"), null, IrBuilder.label("loop"))
                .block("loop")
                .instruction(Opcode.PHI, "%i", "i64", local("i64", "%id"), local("i64", "%next"))
                .instruction(Opcode.LOAD, "%v", "double", local("double*", "%p"))
                .instruction(Opcode.ADD, "%next", "i64", local("i64", "%i"), constant("i64", "1"))
                .instruction(Opcode.ICMP, "%c", "i1", local("i64", "%next"), constant("i64", "8"))
                .instruction(Opcode.BR, null, "void", List.of("loop", "exit"), null, local("i1", "%c"),
                        IrBuilder.label("exit"), IrBuilder.label("loop"))
                .block("exit")
                .instruction(Opcode.RET, null, "void")
                .function("@kernel", List.of(new Parameter("double*", "%p")))
                .module();
    }

    @Test
    void countsOpcodeFractionsAndDocumentedExtras() throws Exception {
        OpcodeHistogram method = new OpcodeHistogram();
        float[] vector = method.embedModule(loopKernel());
        assertEquals(Opcode.values().length + OpcodeHistogram.EXTRAS.size(), vector.length);
        assertEquals(2f / 8, vector[Opcode.BR.ordinal()], 1e-6);
        assertEquals(1f / 8, vector[Opcode.PHI.ordinal()], 1e-6);
        assertEquals(0f, vector[Opcode.STORE.ordinal()]);
        int extras = Opcode.values().length;
        assertEquals(Math.log1p(8), vector[extras], 1e-6);                    // instructions
        assertEquals(Math.log1p(3), vector[extras + 1], 1e-6);                // blocks
        assertEquals(Math.log1p(1), vector[extras + 2], 1e-6);                // defined functions
        assertEquals(1f / 3, vector[extras + 3], 1e-6);                       // one loop header in three blocks
        assertEquals(1f / 8, vector[extras + 5], 1e-6);                       // external call
        assertEquals(1f / 8, vector[extras + 8], 1e-6);                       // work-item query
        assertEquals(1f / 8, vector[extras + 10], 1e-6);                      // double-typed load
        assertEquals(1f / 8, vector[extras + 11], 1e-6);                      // load through argument %p
        assertEquals(1, method.embedFunctions(loopKernel()).size());
    }

    @Test
    void demanglesOpenClBuiltins() {
        assertEquals("get_global_id", OpcodeHistogram.demangle("@_Z13get_global_idj"));
        assertEquals("barrier", OpcodeHistogram.demangle("@_Z7barrierj"));
        assertEquals("printf", OpcodeHistogram.demangle("@printf"));
    }
}
