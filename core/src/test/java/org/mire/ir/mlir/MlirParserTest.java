package org.mire.ir.mlir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.ir.IrParseException;

class MlirParserTest {

    private static MlirModule parse(String text) throws IrParseException {
        return MlirParser.parse(text, "test.mlir");
    }

    private static IrParseException fails(String text) {
        return assertThrows(IrParseException.class, () -> parse(text));
    }

    private static List<Operation> ops(MlirModule module) {
        List<Operation> ops = new ArrayList<>();
        module.walk(ops::add);
        return ops;
    }

    @Test
    void readsGenericFormWithPropertiesSuccessorsRegionsAndLocations() throws Exception {
        MlirModule module = parse("""
                #loc = loc("k.c":7:3)
                "builtin.module"() ({
                  "func.func"() <{function_type = (i32) -> i32, sym_name = "f"}> ({
                  ^bb0(%arg0: i32 loc("k.c":1:1)):
                    %0 = "arith.constant"() <{value = 1 : i32}> : () -> i32 loc(#loc)
                    "cf.br"(%0)[^bb1] : (i32) -> ()
                  ^bb1(%1: i32):
                    %2:2 = "test.pair"(%1, %arg0) {tag = "x"} : (i32, i32) -> (i32, i1)
                    "func.return"(%2#0) : (i32) -> ()
                  }) : () -> ()
                }) : () -> ()
                """);
        assertEquals(List.of("@f"), module.definedFunctionNames());
        Operation constant = ops(module).stream().filter(o -> o.name().equals("arith.constant")).findFirst().get();
        assertEquals("1 : i32".replace(" : i32", ""), constant.attribute("value"));
        assertNotNull(constant.location());
        assertEquals(7, constant.location().line());
        Operation branch = ops(module).stream().filter(o -> o.name().equals("cf.br")).findFirst().get();
        assertEquals("^bb1", branch.successors().getFirst().label());
        Operation pair = ops(module).stream().filter(o -> o.name().equals("test.pair")).findFirst().get();
        assertEquals(List.of("i32", "i1"), pair.results().stream().map(Value::type).toList());
        Operation ret = ops(module).stream().filter(o -> o.name().equals("func.return")).findFirst().get();
        assertEquals(pair.results().getFirst(), ret.operands().getFirst().value());
    }

    @Test
    void expandsDefaultDialectNamesAndAddsImplicitTerminators() throws Exception {
        MlirModule module = parse("""
                func.func @f(%m: memref<4xf32>) {
                  affine.for %i = 0 to 4 {
                    %x = affine.load %m[%i] : memref<4xf32>
                  }
                  return
                }
                """);
        assertTrue(module.implicitRoot());
        List<String> names = ops(module).stream().map(Operation::name).toList();
        assertEquals(List.of("builtin.module", "func.func", "affine.for", "affine.load", "affine.yield",
                "func.return"), names);
        Operation yield = ops(module).get(4);
        assertTrue(yield.implicit());
        assertEquals(4, yield.line(), "an implicit terminator sits on its region's closing brace");
        Operation loop = ops(module).get(2);
        assertEquals("index", loop.regions().getFirst().blocks().getFirst().arguments().getFirst().type());
        assertEquals("f32", ops(module).get(3).results().getFirst().type());
    }

    @Test
    void resolvesTypeAliasesInValueTypes() throws Exception {
        MlirModule module = parse("""
                !row = vector<4xf32>
                func.func @f(%a: !row) -> !row {
                  %b = arith.addf %a, %a : !row
                  return %b : !row
                }
                """);
        Operation add = ops(module).stream().filter(o -> o.name().equals("arith.addf")).findFirst().get();
        assertEquals("vector<4xf32>", add.results().getFirst().type());
        assertEquals("%b = arith.addf %a, %a : !row", add.text());
    }

    @Test
    void unknownCustomOpNamesTheOpAndSuggestsGenericForm() {
        IrParseException e = fails("func.func @f() {\n  gpu.barrier\n  return\n}\n");
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("'gpu.barrier'"), e.getMessage());
        assertTrue(e.getMessage().contains("--mlir-print-op-generic"), e.getMessage());
        assertEquals("  gpu.barrier", e.lineText());
        assertTrue(e.getMessage().startsWith("test.mlir:2:3: "), e.getMessage());
    }

    @Test
    void unknownOpOfSupportedDialectIsRefusedToo() {
        IrParseException e = fails("func.func @f() {\n  arith.frobnicate\n  return\n}\n");
        assertTrue(e.getMessage().contains("no custom syntax is known for 'arith.frobnicate'"), e.getMessage());
    }

    @Test
    void undefinedValueIsReportedAtItsUse() {
        IrParseException e = fails("func.func @f() -> i32 {\n  return %nope : i32\n}\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("%nope"), e.getMessage());
    }

    @Test
    void undefinedBlockAndRedefinitionAreErrors() {
        assertTrue(fails("func.func @f() {\n  cf.br ^missing\n}\n").getMessage().contains("^missing"));
        assertTrue(fails("func.func @f() {\n  %a = arith.constant 1 : i32\n  %a = arith.constant 2 : i32\n"
                + "  return\n}\n").getMessage().contains("redefinition of %a"));
    }

    @Test
    void truncatedInputsFailWithLineAndColumn() {
        IrParseException open = fails("func.func @f() {\n  %a = arith.constant 1 : i32\n");
        assertTrue(open.getMessage().contains("end of the file"), open.getMessage());
        IrParseException string = fails("\"builtin.module\"() ({\n}) {sym_name = \"abc\n");
        assertEquals(2, string.line());
        IrParseException type = fails("\"test.op\"() : i32\n");
        assertTrue(type.getMessage().contains("function type"), type.getMessage());
    }

    @Test
    void genericResultCountMustMatchItsTypes() {
        IrParseException e = fails("%0, %1 = \"test.op\"() : () -> i32\n");
        assertTrue(e.getMessage().contains("2 result types"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        String deep = "func.func @f() {\n" + "scf.execute_region {\n".repeat(1000) + "}\n".repeat(1001);
        IrParseException e = fails(deep);
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void sampleFileErrorsNameTheFile() throws Exception {
        Path sample = MlirSamplesTest.samples().resolve("cf_branches.mlir");
        String broken = Files.readString(sample).replace("cf.br ^loop(%a, %b : i32, i32)", "cf.br ^loop(%a, %b : i32, i32");
        IrParseException e = assertThrows(IrParseException.class, () -> MlirParser.parse(broken, "cf_branches.mlir"));
        assertEquals("cf_branches.mlir", e.file());
        assertTrue(e.line() >= 4, e.getMessage());
    }
}
