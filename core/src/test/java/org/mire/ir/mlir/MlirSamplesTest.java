package org.mire.ir.mlir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in sample-ir/mlir, in custom and generic form, against mlir-opt-16's own reading of it. */
class MlirSamplesTest {

    static Path samples() {
        return Path.of(System.getProperty("mire.repo.root", "../"), "sample-ir", "mlir");
    }

    /** Custom-form files: the hand-written programs and the pass-produced variants. */
    static Stream<Path> customFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(samples())) {
            top.filter(f -> f.toString().endsWith(".mlir")).sorted().forEach(files::add);
        }
        try (Stream<Path> variants = Files.list(samples().resolve("variants"))) {
            variants.filter(f -> f.toString().endsWith(".mlir")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    static Stream<Path> genericFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(samples().resolve("generic"))) {
            all.filter(f -> f.toString().endsWith(".mlir")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    private static MlirModule parse(Path file) throws Exception {
        return MlirParser.parse(Files.readString(file), file.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("customFiles")
    void customFormParsesWithFunctionsAndOps(Path file) throws Exception {
        MlirModule module = parse(file);
        int[] ops = {0};
        module.walk(op -> ops[0]++);
        assertTrue(ops[0] > 1, file + ": no operations");
        assertFalse(module.functions().isEmpty() && module.definedFunctionNames().isEmpty()
                && !file.toString().contains("llvm"), file + ": functions without bodies only");
    }

    @ParameterizedTest
    @MethodSource("genericFiles")
    void savedGenericFormParses(Path file) throws Exception {
        MlirModule module = parse(file);
        module.walk(op -> assertTrue(op.generic() || op == module.root() && module.implicitRoot(),
                file + ": " + op.name() + " not read as generic"));
    }

    @ParameterizedTest
    @MethodSource("customFiles")
    void customFormMatchesMlirOptNesting(Path file) throws Exception {
        assumeTrue(MlirOptOracle.available(), "mlir-opt-16 not installed");
        compare(file.getFileName().toString(), MlirOptOracle.nesting(file), parse(file).root());
    }

    @ParameterizedTest
    @MethodSource("customFiles")
    void genericFormFromMlirOptMatchesNestingAndTypes(Path file) throws Exception {
        assumeTrue(MlirOptOracle.available(), "mlir-opt-16 not installed");
        String generic = MlirOptOracle.generic(file);
        MlirModule genericModule = MlirParser.parse(generic, file.getFileName() + " (generic)");
        compare(file.getFileName() + " (generic)", MlirOptOracle.nesting(file), genericModule.root());
        // Result types read from the custom form agree with the generic form's explicit types.
        List<String> custom = resultTypes(parse(file).root(), new ArrayList<>());
        List<String> printed = resultTypes(genericModule.root(), new ArrayList<>());
        assertEquals(printed, custom, file + ": result types differ between custom and generic form");
    }

    /** Result types in pre-order, skipping what a custom form cannot show (implied regions). */
    private static List<String> resultTypes(Operation op, List<String> out) {
        for (Value result : op.results()) {
            out.add(op.name() + " -> " + result.type());
        }
        if (op.impliedRegions() > 0 || op.name().startsWith("linalg.") && isNamedLinalg(op.name())) {
            return out;
        }
        for (Region region : op.regions()) {
            for (Block block : region.blocks()) {
                for (Value arg : block.arguments()) {
                    out.add(op.name() + " arg " + arg.type());
                }
                for (Operation nested : block.operations()) {
                    resultTypes(nested, out);
                }
            }
        }
        return out;
    }

    private static boolean isNamedLinalg(String name) {
        return CustomSyntax.impliedRegions(name) > 0;
    }

    static void compare(String where, MlirOptOracle.OpNode expected, Operation actual) {
        String at = where + ": " + actual.name() + " at line " + actual.line();
        assertEquals(expected.name(), actual.name(), where + ": op at line " + actual.line());
        assertEquals(expected.operands(), actual.operands().size(), at + ": operands");
        assertEquals(expected.results(), actual.results().size(), at + ": results");
        assertEquals(expected.regions().size(), actual.regions().size() + actual.impliedRegions(), at + ": regions");
        for (int r = 0; r < actual.regions().size(); r++) {
            MlirOptOracle.RegionNode region = expected.regions().get(r);
            Region ours = actual.regions().get(r);
            assertEquals(region.blocks().size(), ours.blocks().size(), at + ": blocks of region " + r);
            for (int b = 0; b < ours.blocks().size(); b++) {
                MlirOptOracle.BlockNode block = region.blocks().get(b);
                Block ourBlock = ours.blocks().get(b);
                assertEquals(block.arguments(), ourBlock.arguments().size(), at + ": arguments of block " + b);
                assertEquals(block.operations().size(), ourBlock.operations().size(),
                        at + ": operations of block " + b + " of region " + r);
                int successors = ourBlock.operations().isEmpty() ? 0
                        : ourBlock.operations().getLast().successors().size();
                assertEquals(block.successors(), successors, at + ": successors of block " + b);
                for (int o = 0; o < ourBlock.operations().size(); o++) {
                    compare(where, block.operations().get(o), ourBlock.operations().get(o));
                }
            }
        }
    }
}
