package org.mire.ir.mlir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MlirNormaliserTest {

    @Test
    void normalisesNamesNumbersAndTypeSizes() throws Exception {
        MlirNormaliser.Statement s = MlirNormaliser.normalise(
                "%c = affine.load %A[%i + 1, %j] : memref<64x?xf32>");
        assertEquals(List.of("%ID", "affine.load", "%ID", "%ID", "+", "<INT>", "%ID", "memref<Nx?xf32>"), s.tokens());
        assertEquals("%ID = affine.load %ID [%ID + <INT>, %ID] : memref<Nx?xf32>", s.text());
        MlirNormaliser.Statement constant = MlirNormaliser.normalise("%cst = arith.constant -1.5e+00 : f64");
        assertEquals(List.of("%ID", "arith.constant", "<FP>", "f64"), constant.tokens());
        MlirNormaliser.Statement call = MlirNormaliser.normalise("%r = func.call @power(%x, %n) : (f64, i32) -> f64");
        assertEquals(List.of("%ID", "func.call", "@ID", "%ID", "%ID", "f64", "i32", "->", "f64"), call.tokens());
    }

    @Test
    void regionsAreOneTokenAndLocationsAreDropped() throws Exception {
        MlirNormaliser.Statement loop = MlirNormaliser.normalise(
                "affine.for %i = 0 to 64 {...} loc(\"k.c\":3:1)");
        assertEquals(List.of("affine.for", "%ID", "<INT>", "to", "<INT>", MlirNormaliser.REGION), loop.tokens());
    }

    @Test
    void everyFunctionOfEverySampleHasStatementsInOpOrder() throws Exception {
        Path file = MlirSamplesTest.samples().resolve("scf_loops.mlir");
        MlirModule module = MlirParser.parse(Files.readString(file), "scf_loops.mlir");
        List<MlirNormaliser.FunctionStatements> functions = MlirNormaliser.normalise(module);
        assertEquals(List.of("@prefix_sum", "@relu_inplace", "@parallel_sum"),
                functions.stream().map(MlirNormaliser.FunctionStatements::name).toList());
        List<String> first = functions.getFirst().statements().stream().map(s -> s.tokens().get(
                s.tokens().size() > 1 && s.tokens().get(0).equals("%ID") ? 1 : 0)).toList();
        assertEquals(List.of("arith.constant", "arith.constant", "memref.dim", "arith.constant", "scf.for",
                "memref.load", "arith.addf", "memref.store", "scf.yield", "func.return"), first);
        for (MlirNormaliser.FunctionStatements f : functions) {
            for (MlirNormaliser.Statement s : f.statements()) {
                assertTrue(s.tokens().stream().noneMatch(t -> t.matches("%[a-z].*|@[a-z].*|\\d+")), s.text());
            }
        }
    }
}
