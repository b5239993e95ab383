package org.mire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;

class TokeniserTest {
    private static final NormalisedProgram PROGRAM = new NormalisedProgram("t.ll", StatementNormaliser.VERSION, List.of(
            StatementNormaliser.normalise(FunctionText.parse("""
                    define i32 @f(i32 %0) {
                      %2 = add nsw i32 %0, 1
                      ret i32 %2
                    }
                    """)),
            StatementNormaliser.normalise(FunctionText.parse("""
                    define void @g(ptr %0) {
                      store i32 0, ptr %0, align 4
                      ret void
                    }
                    """))));

    @Test
    void functionSequenceStartsWithCls() {
        assertEquals(List.of("[CLS]", "add", "nsw", "i32", "%ID", "1", "ret", "i32", "%ID"),
                Tokeniser.functionTokens(PROGRAM.functions().getFirst()));
    }

    @Test
    void moduleSequenceSeparatesFunctionsWithSep() {
        assertEquals(List.of("[CLS]", "add", "nsw", "i32", "%ID", "1", "ret", "i32", "%ID", "[SEP]",
                "store", "i32", "0", "ptr", "%ID", "ret", "void"), Tokeniser.moduleTokens(PROGRAM));
    }

    @Test
    void findsFunctionsWithOrWithoutSigil() {
        assertEquals("@g", PROGRAM.function("g").name());
        assertEquals("@g", PROGRAM.function("@g").name());
        assertEquals(null, PROGRAM.function("h"));
    }

    private static Node node(NodeType type, String text) {
        return new Node(0, type, text, text, -1, -1, 0, null);
    }

    @Test
    void graphNodeTextsUseTheStatementVocabulary() {
        assertEquals(List.of("load"), Tokeniser.nodeTokens(node(NodeType.INSTRUCTION, "load")));
        assertEquals(List.of("ptr"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "i32*")));
        assertEquals(List.of("ptr"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "ptr")));
        assertEquals(List.of("[<INT> x i8]"), Tokeniser.nodeTokens(node(NodeType.CONSTANT, "[33 x i8]")));
        assertEquals(List.of("%struct"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "%struct.list")));
        assertEquals(List.of("<4 x float>"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "<4 x float>")));
        assertEquals(List.of("[external]"), Tokeniser.nodeTokens(node(NodeType.INSTRUCTION, ProgramGraph.EXTERNAL)));
        assertEquals(List.of("[indirect]"), Tokeniser.nodeTokens(node(NodeType.INSTRUCTION, ProgramGraph.INDIRECT)));
        assertEquals(List.of("[undefined-function]"),
                Tokeniser.nodeTokens(node(NodeType.INSTRUCTION, ProgramGraph.UNDEFINED_FUNCTION)));
        assertEquals(List.of("arith.addf"), Tokeniser.nodeTokens(node(NodeType.INSTRUCTION, "arith.addf")));
    }

    @Test
    void mlirTypeNodesGetTheTokenTheirTypeHasInStatements() {
        assertEquals(List.of("memref<NxNxf32>"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "memref<64x64xf32>")));
        assertEquals(List.of("vector<Nxf32>"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "vector<8xf32>")));
        assertEquals(List.of("tensor<Nxi64>"), Tokeniser.nodeTokens(node(NodeType.CONSTANT, "tensor<2xi64>")));
        assertEquals(List.of("f32"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "f32")));
        assertEquals(List.of("index"), Tokeniser.nodeTokens(node(NodeType.VARIABLE, "index")));
    }

    @Test
    void mlirProgramsShareTheSequencePlumbing() throws Exception {
        java.nio.file.Path repo = java.nio.file.Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath();
        NormalisedProgram program = NormalisedProgram.of(org.mire.ir.IrLoader.load(
                repo.resolve("sample-ir/mlir/affine_matmul.mlir")));
        assertEquals("mlir-1", program.normalisation());
        List<String> tokens = Tokeniser.moduleTokens(program);
        assertEquals("[CLS]", tokens.getFirst());
        assertTrue(tokens.contains("affine.for"), tokens.toString());
        assertTrue(tokens.stream().noneMatch(t -> t.startsWith("%") && !t.equals("%ID")), tokens.toString());
    }

    @Test
    void graphTokensAreReservedInEveryVocabulary() {
        Vocabulary vocabulary = Vocabulary.builder().reserve(Tokeniser.graphTokens()).add(List.of("x")).build(5, 200);
        for (String token : List.of("[external]", "[indirect]", "[undefined-function]", "var", "val", "load",
                "getelementptr", "catchswitch")) {
            assertTrue(vocabulary.contains(token), token);
        }
    }
}
