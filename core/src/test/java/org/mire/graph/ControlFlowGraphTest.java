package org.mire.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;

/** Control-flow graphs of real LLVM IR and MLIR from sample-ir: block order, lines, back-edges, branch kinds. */
class ControlFlowGraphTest {
    private static final Path SAMPLES = Path.of(System.getProperty("mire.repo.root", ".."), "sample-ir")
            .toAbsolutePath().normalize();

    private static ControlFlowGraph cfg(String file, String function) throws Exception {
        IrProgram program = IrLoader.load(SAMPLES.resolve(file));
        return ControlFlowGraph.of(program.graph(), function, program.text());
    }

    private static List<String> labels(ControlFlowGraph cfg) {
        return cfg.blocks().stream().map(ControlFlowGraph.Block::label).toList();
    }

    /** The edge between two blocks named by label, or null. */
    private static ControlFlowGraph.Kind edge(ControlFlowGraph cfg, String from, String to) {
        List<String> labels = labels(cfg);
        for (ControlFlowGraph.BlockEdge edge : cfg.edges()) {
            if (labels.get(edge.source()).equals(from) && labels.get(edge.target()).equals(to)) {
                return edge.kind();
            }
        }
        return null;
    }

    @Test
    void anAffineLoopNestStartsAtItsEntryWithOneLineEachAndLoopsBack() throws Exception {
        ControlFlowGraph cfg = cfg("mlir/affine_matmul.mlir", "@matmul_ikj");
        assertEquals(List.of("entry", "affine.for %i body", "affine.for %k body", "affine.for %j",
                "affine.for %j body", "after affine.for %j", "after affine.for %k", "after affine.for %i"),
                labels(cfg));
        assertEquals(List.of("affine.for %i = 0 to 64 {"), List.of(cfg.blocks().getFirst().lines()));
        assertEquals(List.of("%b = affine.load %B[%k, %j] : memref<64x64xf32>",
                "%c = affine.load %C[%i, %j] : memref<64x64xf32>", "%p = arith.mulf %a, %b : f32",
                "%s = arith.addf %c, %p : f32", "affine.store %s, %C[%i, %j] : memref<64x64xf32>", "affine.yield"),
                List.of(cfg.blocks().get(4).lines()));
        assertEquals(List.of("return"), List.of(cfg.blocks().getLast().lines()));

        // Each loop: true into its body, false past it, and a back-edge from the body's end to its header.
        assertEquals(ControlFlowGraph.Kind.TRUE, edge(cfg, "entry", "affine.for %i body"));
        assertEquals(ControlFlowGraph.Kind.FALSE, edge(cfg, "entry", "after affine.for %i"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "after affine.for %k", "entry"));
        assertEquals(ControlFlowGraph.Kind.TRUE, edge(cfg, "affine.for %i body", "affine.for %k body"));
        assertEquals(ControlFlowGraph.Kind.FALSE, edge(cfg, "affine.for %i body", "after affine.for %k"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "after affine.for %j", "affine.for %i body"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "affine.for %k body", "affine.for %j"));
        assertEquals(ControlFlowGraph.Kind.TRUE, edge(cfg, "affine.for %j", "affine.for %j body"));
        assertEquals(ControlFlowGraph.Kind.FALSE, edge(cfg, "affine.for %j", "after affine.for %j"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "affine.for %j body", "affine.for %j"));
        assertEquals(10, cfg.edges().size(), cfg.edges().toString());
        assertEquals(3, backEdges(cfg), "one back-edge per loop");
    }

    @Test
    void conditionalBranchesOfTheCfDialectAreTrueAndFalse() throws Exception {
        ControlFlowGraph gcd = cfg("mlir/cf_branches.mlir", "@gcd");
        assertEquals(List.of("entry", "^loop(%x: i32, %y: i32)", "^body", "^exit(%g: i32)"), labels(gcd));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(gcd, "entry", "^loop(%x: i32, %y: i32)"));
        assertEquals(ControlFlowGraph.Kind.TRUE, edge(gcd, "^loop(%x: i32, %y: i32)", "^exit(%g: i32)"));
        assertEquals(ControlFlowGraph.Kind.FALSE, edge(gcd, "^loop(%x: i32, %y: i32)", "^body"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(gcd, "^body", "^loop(%x: i32, %y: i32)"));
        assertEquals(1, backEdges(gcd));

        ControlFlowGraph classify = cfg("mlir/cf_branches.mlir", "@classify");
        assertEquals(3, classify.edges().stream().filter(e -> e.source() == 0
                && e.kind() == ControlFlowGraph.Kind.OTHER).count(), "a switch's three cases");
    }

    @Test
    void llvmDialectConditionalBranchesAreTrueAndFalse() throws Exception {
        ControlFlowGraph sum = cfg("mlir/llvm_dialect.mlir", "@sum");
        assertEquals(ControlFlowGraph.Kind.TRUE, edge(sum, "^loop(%i: i64, %acc: f32)", "^body"));
        assertEquals(ControlFlowGraph.Kind.FALSE, edge(sum, "^loop(%i: i64, %acc: f32)", "^exit"));
    }

    @Test
    void scfWhileLoopsFromItsBodyBackToItsCondition() throws Exception {
        ControlFlowGraph cfg = cfg("mlir/scf_while.mlir", "@collatz");
        assertEquals(List.of("entry", "scf.while condition", "scf.while body", "scf.if %even then",
                "scf.if %even else", "after scf.if %even", "after scf.while"), labels(cfg));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "entry", "scf.while condition"));
        assertEquals(ControlFlowGraph.Kind.TRUE, edge(cfg, "scf.while condition", "scf.while body"));
        assertEquals(ControlFlowGraph.Kind.FALSE, edge(cfg, "scf.while condition", "after scf.while"));
        assertEquals(ControlFlowGraph.Kind.TRUE, edge(cfg, "scf.while body", "scf.if %even then"));
        assertEquals(ControlFlowGraph.Kind.FALSE, edge(cfg, "scf.while body", "scf.if %even else"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "scf.if %even then", "after scf.if %even"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "scf.if %even else", "after scf.if %even"));
        assertEquals(ControlFlowGraph.Kind.UNCONDITIONAL, edge(cfg, "after scf.if %even", "scf.while condition"));
        assertEquals(1, backEdges(cfg));
        assertEquals("scf.condition(%more) %n, %steps : i64, i64", cfg.blocks().get(1).lines()[1]);
    }

    @Test
    void llvmBlocksKeepTheirLabelsAndBranchKinds() throws Exception {
        ControlFlowGraph cfg = cfg("ll/quicksort.O0.ll", "@partition");
        assertEquals("entry", cfg.blocks().getFirst().label());
        assertTrue(cfg.edges().stream().anyMatch(e -> e.kind() == ControlFlowGraph.Kind.TRUE));
        assertTrue(cfg.edges().stream().anyMatch(e -> e.kind() == ControlFlowGraph.Kind.FALSE));
        assertTrue(backEdges(cfg) >= 1, "partition loops");
        for (ControlFlowGraph.Block block : cfg.blocks()) {
            assertTrue(block.label().matches("entry|\\d+|[\\w.]+"), block.label());
            assertTrue(block.lines()[block.lines().length - 1].matches("(br|ret|switch|unreachable).*"),
                    Arrays.toString(block.lines()));
        }
    }

    static Stream<Path> mlirSamples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : new String[] {"mlir", "mlir/generic"}) {
            try (Stream<Path> list = Files.list(SAMPLES.resolve(folder))) {
                list.filter(f -> f.toString().endsWith(".mlir")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    /** Every function of every MLIR sample: each block reachable from the entry, no line shown twice. */
    @ParameterizedTest
    @MethodSource("mlirSamples")
    void everyMlirSampleHasAConnectedCfgWithoutRepeatedLines(Path file) throws Exception {
        IrProgram program = IrLoader.load(file);
        ProgramGraph graph = program.graph();
        for (String function : graph.definedFunctions()) {
            ControlFlowGraph cfg = ControlFlowGraph.of(graph, function, program.text());
            assertFalse(cfg.blocks().isEmpty(), function);
            Set<Integer> instructions = new HashSet<>();
            for (ControlFlowGraph.Block block : cfg.blocks()) {
                for (int i = 0; i < block.instructions().length; i++) {
                    assertTrue(instructions.add(block.instructions()[i]), "node in two blocks: " + function);
                    if (i > 0) {
                        int line = graph.node(block.instructions()[i]).irLine();
                        assertFalse(line > 0 && line == graph.node(block.instructions()[i - 1]).irLine()
                                && block.lines()[i].equals(block.lines()[i - 1]),
                                file.getFileName() + " " + function + ": " + Arrays.toString(block.lines()));
                    }
                }
            }
            assertEquals(cfg.blocks().size(), reachable(cfg), file.getFileName() + " " + function + ": "
                    + labels(cfg) + " " + cfg.edges());
        }
    }

    private static int reachable(ControlFlowGraph cfg) {
        Set<Integer> seen = new HashSet<>(List.of(0));
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            int block = queue.poll();
            for (ControlFlowGraph.BlockEdge edge : cfg.edges()) {
                if (edge.source() == block && seen.add(edge.target())) {
                    queue.add(edge.target());
                }
            }
        }
        return seen.size();
    }

    /** Edges to a block at or before their source in text order. */
    private static long backEdges(ControlFlowGraph cfg) {
        return cfg.edges().stream().filter(e -> e.target() <= e.source()).count();
    }
}
