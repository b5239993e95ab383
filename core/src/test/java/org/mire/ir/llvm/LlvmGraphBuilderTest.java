package org.mire.ir.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.SourceLocation;

/**
 * The graph builder on hand-built modules (independent of the parser):
 * <pre>
 * define i32 @sum(i32 %n) {
 * entry:
 *   br label %loop
 * loop:
 *   %i = phi i32 [ 0, %entry ], [ %next, %loop ]
 *   %next = add nsw i32 %i, 1
 *   %done = icmp eq i32 %next, %n
 *   br i1 %done, label %exit, label %loop
 * exit:
 *   %r = call i32 @helper(i32 %next)
 *   call void %fp()
 *   ret i32 %r
 * }
 * declare i32 @helper(i32)
 * </pre>
 */
class LlvmGraphBuilderTest {

    private static Instruction instruction(Opcode opcode, String result, String type, List<Operand> operands,
                                           List<String> successors, String callee, int line) {
        return new Instruction(opcode, result, type, operands, successors,
                opcode == Opcode.PHI ? List.of("entry", "loop") : List.of(), callee,
                new SourceLocation("sum.c", line, 3), "  " + opcode + " ..., !dbg !" + line, line);
    }

    private static Operand local(String type, String name) {
        return new Operand(Operand.Kind.LOCAL, type, name);
    }

    private static Operand constant(String type, String value) {
        return new Operand(Operand.Kind.CONSTANT, type, value);
    }

    private static Operand block(String name) {
        return new Operand(Operand.Kind.BLOCK, "label", "%" + name);
    }

    static LlvmModule sumModule() {
        BasicBlock entry = new BasicBlock("entry", 2, List.of(
                instruction(Opcode.BR, null, "void", List.of(block("loop")), List.of("loop"), null, 3)));
        BasicBlock loop = new BasicBlock("loop", 4, List.of(
                instruction(Opcode.PHI, "%i", "i32", List.of(constant("i32", "0"), local("i32", "%next")), List.of(), null, 5),
                instruction(Opcode.ADD, "%next", "i32", List.of(local("i32", "%i"), constant("i32", "1")), List.of(), null, 6),
                instruction(Opcode.ICMP, "%done", "i1", List.of(local("i32", "%next"), local("i32", "%n")), List.of(), null, 7),
                instruction(Opcode.BR, null, "void", List.of(local("i1", "%done"), block("loop"), block("exit")),
                        List.of("exit", "loop"), null, 8)));
        BasicBlock exit = new BasicBlock("exit", 9, List.of(
                instruction(Opcode.CALL, "%r", "i32", List.of(local("i32", "%next"),
                        new Operand(Operand.Kind.GLOBAL, "ptr", "@helper")), List.of(), "@helper", 10),
                instruction(Opcode.CALL, null, "void", List.of(local("ptr", "%fp")), List.of(), null, 11),
                instruction(Opcode.RET, null, "void", List.of(local("i32", "%r")), List.of(), null, 12)));
        Function sum = new Function("@sum", "i32", List.of(new Parameter("i32", "%n"), new Parameter("ptr", "%fp")),
                false, false, List.of(entry, loop, exit), "define i32 @sum(i32 %n, ptr %fp)", 1, null);
        Function helper = new Function("@helper", "i32", List.of(new Parameter("i32", "%0")), false, true, List.of(),
                "declare i32 @helper(i32)", 14, null);
        return new LlvmModule("sum.ll", "", null, null, null, List.of(), List.of(sum, helper), List.of(), Map.of(),
                Map.of());
    }

    private static List<Node> nodes(ProgramGraph graph, NodeType type, String text) {
        return graph.nodes().stream().filter(n -> n.type() == type && n.text().equals(text)).toList();
    }

    private static List<Edge> edges(ProgramGraph graph, int source, int target, Flow flow) {
        List<Edge> found = new ArrayList<>();
        for (Edge edge : graph.edges()) {
            if (edge.source() == source && edge.target() == target && edge.flow() == flow) {
                found.add(edge);
            }
        }
        return found;
    }

    @Test
    void rootIsExternalAndEveryInstructionIsANode() {
        ProgramGraph graph = LlvmGraphBuilder.build(sumModule());
        assertEquals(ProgramGraph.EXTERNAL, graph.node(0).text());
        long instructions = graph.nodes().stream().filter(n -> n.type() == NodeType.INSTRUCTION && n.function() == 0).count();
        assertEquals(8, instructions);
        assertEquals(List.of("@sum", "@helper"), graph.functions());
    }

    @Test
    void controlEdgesFollowBlocksWithSuccessorPositions() {
        ProgramGraph graph = LlvmGraphBuilder.build(sumModule());
        Node condBr = graph.nodes().stream().filter(n -> n.irLine() == 8 && n.type() == NodeType.INSTRUCTION).findFirst().orElseThrow();
        Node phi = nodes(graph, NodeType.INSTRUCTION, "phi").getFirst();
        Node call = graph.nodes().stream().filter(n -> n.irLine() == 10 && n.type() == NodeType.INSTRUCTION).findFirst().orElseThrow();
        // br i1 %done, label %exit, label %loop: successor 0 is exit, 1 is loop.
        assertEquals(0, edges(graph, condBr.id(), call.id(), Flow.CONTROL).getFirst().position());
        assertEquals(1, edges(graph, condBr.id(), phi.id(), Flow.CONTROL).getFirst().position());
        Node add = nodes(graph, NodeType.INSTRUCTION, "add").getFirst();
        assertEquals(1, edges(graph, phi.id(), add.id(), Flow.CONTROL).size());
    }

    @Test
    void oneVariablePerValueWithOperandPositions() {
        ProgramGraph graph = LlvmGraphBuilder.build(sumModule());
        List<Node> nextVariables = graph.nodes().stream()
                .filter(n -> n.type() == NodeType.VARIABLE && n.fullText().equals("i32 %next")).toList();
        assertEquals(1, nextVariables.size(), "one node for %next although it has three users");
        Node next = nextVariables.getFirst();
        Node add = nodes(graph, NodeType.INSTRUCTION, "add").getFirst();
        Node icmp = nodes(graph, NodeType.INSTRUCTION, "icmp").getFirst();
        Node phi = nodes(graph, NodeType.INSTRUCTION, "phi").getFirst();
        assertEquals(0, edges(graph, add.id(), next.id(), Flow.DATA).getFirst().position());
        assertEquals(0, edges(graph, next.id(), icmp.id(), Flow.DATA).getFirst().position());
        assertEquals(1, edges(graph, next.id(), phi.id(), Flow.DATA).getFirst().position());
        assertEquals("i32", next.text());
        assertEquals(new SourceLocation("sum.c", 6, 3), next.sourceLocation());
        // %n is an argument: a variable on the function header's line, used at position 1 of icmp.
        Node n = graph.nodes().stream().filter(x -> x.fullText().equals("i32 %n")).findFirst().orElseThrow();
        assertEquals(1, n.irLine());
        assertEquals(1, edges(graph, n.id(), icmp.id(), Flow.DATA).getFirst().position());
    }

    @Test
    void constantsAreSharedAndPositioned() {
        ProgramGraph graph = LlvmGraphBuilder.build(sumModule());
        List<Node> zero = graph.nodes().stream().filter(n -> n.type() == NodeType.CONSTANT && n.fullText().equals("i32 0")).toList();
        assertEquals(1, zero.size());
        Node one = graph.nodes().stream().filter(n -> n.type() == NodeType.CONSTANT && n.fullText().equals("i32 1")).findFirst().orElseThrow();
        Node add = nodes(graph, NodeType.INSTRUCTION, "add").getFirst();
        assertEquals(1, edges(graph, one.id(), add.id(), Flow.DATA).getFirst().position());
        assertEquals(-1, one.function());
    }

    @Test
    void callsGoToCalleesDeclarationsAndIndirectNode() {
        ProgramGraph graph = LlvmGraphBuilder.build(sumModule());
        Node undefined = nodes(graph, NodeType.INSTRUCTION, ProgramGraph.UNDEFINED_FUNCTION).getFirst();
        assertEquals(1, undefined.function());
        Node call = graph.nodes().stream().filter(n -> n.irLine() == 10 && n.type() == NodeType.INSTRUCTION).findFirst().orElseThrow();
        assertEquals(1, edges(graph, call.id(), undefined.id(), Flow.CALL).size());
        assertEquals(1, edges(graph, undefined.id(), call.id(), Flow.CALL).size());
        Node indirect = nodes(graph, NodeType.INSTRUCTION, ProgramGraph.INDIRECT).getFirst();
        Node indirectCall = graph.nodes().stream().filter(n -> n.irLine() == 11 && n.type() == NodeType.INSTRUCTION).findFirst().orElseThrow();
        assertEquals(1, edges(graph, indirectCall.id(), indirect.id(), Flow.CALL).size());
        // The root calls every function's entry and every exit returns to it.
        Node entryBr = graph.nodes().stream().filter(n -> n.irLine() == 3).findFirst().orElseThrow();
        Node ret = nodes(graph, NodeType.INSTRUCTION, "ret").getFirst();
        assertEquals(1, edges(graph, 0, entryBr.id(), Flow.CALL).size());
        assertEquals(1, edges(graph, ret.id(), 0, Flow.CALL).size());
        assertEquals(1, edges(graph, 0, undefined.id(), Flow.CALL).size());
        // @helper is a function: not a data operand.
        assertTrue(graph.nodes().stream().noneMatch(n -> n.fullText().contains("@helper") && n.type() == NodeType.CONSTANT));
    }

    @Test
    void functionGraphKeepsTheFunctionAndItsConstants() {
        ProgramGraph graph = LlvmGraphBuilder.build(sumModule());
        ProgramGraph sum = graph.functionGraph("sum");
        assertTrue(sum.nodes().stream().allMatch(n -> n.function() == 0 || n.type() == NodeType.CONSTANT));
        assertEquals(2, sum.nodes().stream().filter(n -> n.type() == NodeType.CONSTANT).count());
        assertTrue(sum.edges().stream().noneMatch(e -> e.flow() == Flow.CALL));
    }

    @Test
    void fullTextDropsMetadataAttachments() {
        assertEquals("%x = add i32 %a, %b", LlvmGraphBuilder.fullText("  %x = add i32 %a, %b, !dbg !12"));
        assertEquals("store i32 0, ptr %p, align 4",
                LlvmGraphBuilder.fullText("store i32 0, ptr %p, align 4, !tbaa !5, !llvm.access.group !9"));
        assertEquals("call void @f(metadata !3)", LlvmGraphBuilder.fullText("call void @f(metadata !3)"));
    }
}
