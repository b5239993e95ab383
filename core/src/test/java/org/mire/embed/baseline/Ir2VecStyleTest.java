package org.mire.embed.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mire.embed.baseline.IrBuilder.constant;
import static org.mire.embed.baseline.IrBuilder.local;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.Opcode;
import org.mire.ir.llvm.Parameter;

class Ir2VecStyleTest {

    /** %1 = add i32 %0, 1; %2 = mul i32 %1, %1; store i32 %2, i32* %p; %3 = load i32, i32* %p; ret void. */
    static LlvmModule chain() {
        return new IrBuilder()
                .block("entry")
                .instruction(Opcode.ADD, "%1", "i32", local("i32", "%0"), constant("i32", "1"))
                .instruction(Opcode.MUL, "%2", "i32", local("i32", "%1"), local("i32", "%1"))
                .instruction(Opcode.STORE, null, "void", local("i32", "%2"), local("i32*", "%p"))
                .instruction(Opcode.LOAD, "%3", "i32", local("i32*", "%p"))
                .instruction(Opcode.RET, null, "void")
                .function("@f", List.of(new Parameter("i32", "%0"), new Parameter("i32*", "%p")))
                .module();
    }

    private static double[] combine(Ir2VecStyle m, String op, String type, double[]... args) {
        double[] v = new double[m.dimension()];
        double[] o = m.seed("op:" + op);
        double[] t = m.seed("type:" + type);
        for (int i = 0; i < v.length; i++) {
            v[i] = o[i] + 0.5 * t[i];
            for (double[] a : args) {
                v[i] += 0.2 * a[i];
            }
        }
        return v;
    }

    private static void assertVector(double[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5, "component " + i);
        }
    }

    @Test
    void symbolicModeSumsOpcodeTypeAndOperandKindSeeds() throws Exception {
        Ir2VecStyle m = new Ir2VecStyle(16, false);
        double[] variable = m.seed("arg:variable");
        double[] pointer = m.seed("arg:pointer");
        double[] constant = m.seed("arg:constant");
        double[] add = combine(m, "add", "integer", variable, constant);
        double[] mul = combine(m, "mul", "integer", variable, variable);
        double[] store = combine(m, "store", "void", variable, pointer);
        double[] load = combine(m, "load", "integer", pointer);
        double[] ret = combine(m, "ret", "void");
        double[] expected = new double[16];
        for (double[] v : List.of(add, mul, store, load, ret)) {
            for (int i = 0; i < 16; i++) {
                expected[i] += v[i];
            }
        }
        assertVector(expected, m.embedModule(chain()));
    }

    @Test
    void flowAwareModeFollowsUseDefAndStoreToLoad() throws Exception {
        Ir2VecStyle m = new Ir2VecStyle(16, true);
        double[] variable = m.seed("arg:variable");
        double[] constant = m.seed("arg:constant");
        double[] pointer = m.seed("arg:pointer");
        double[] add = combine(m, "add", "integer", variable, constant);   // %0 is a parameter: its seed
        double[] mul = combine(m, "mul", "integer", add, add);             // both operands flow from the add
        double[] store = combine(m, "store", "void", mul, pointer);
        double[] load = combine(m, "load", "integer", store);              // the store to %p reaches the load
        double[] ret = combine(m, "ret", "void");
        double[] expected = new double[16];
        for (double[] v : List.of(add, mul, store, load, ret)) {
            for (int i = 0; i < 16; i++) {
                expected[i] += v[i];
            }
        }
        assertVector(expected, m.embedModule(chain()));
    }

    @Test
    void loopsConvergeAndVectorsAreDeterministic() throws Exception {
        LlvmModule module = OpcodeHistogramTest.loopKernel();
        float[] a = new Ir2VecStyle().embedModule(module);
        float[] b = new Ir2VecStyle().embedModule(module);
        assertArrayEquals(a, b);
        for (float x : a) {
            assertTrue(Float.isFinite(x));
        }
        double norm = 0;
        for (double x : new Ir2VecStyle().seed("op:load")) {
            norm += x * x;
        }
        assertEquals(1.0, norm, 1e-9);
        assertTrue(!java.util.Arrays.equals(new Ir2VecStyle().seed("op:load"), new Ir2VecStyle().seed("op:store")));
    }

    @Test
    void fingerprintsDifferByConfiguration() {
        assertTrue(!new Ir2VecStyle(300, true).fingerprint().equals(new Ir2VecStyle(300, false).fingerprint()));
        assertTrue(!new Ir2VecStyle(100, true).fingerprint().equals(new Ir2VecStyle(300, true).fingerprint()));
    }
}
