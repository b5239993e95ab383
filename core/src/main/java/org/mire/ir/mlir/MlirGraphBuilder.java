package org.mire.ir.mlir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;

/**
 * Builds the ProGraML program graph of an MLIR module, the way ProGraML maps XLA:
 * <ul>
 *   <li>every operation is an INSTRUCTION node (text = op name, full text = the op on one line, regions as
 *       {@code {...}}), except the structural {@code builtin.module}, {@code func.func} and {@code llvm.func},
 *       whose bodies are the functions;</li>
 *   <li>every result and block argument is a VARIABLE node (text = its type); DATA edges run from the defining op
 *       to each result (position = result index) and from each value to its users (position = operand index);
 *       an op with regions also defines its regions' entry arguments (DATA, position = argument index), and a
 *       branch defines the arguments of its successor blocks (DATA, position = argument index);</li>
 *   <li>literal attributes (numbers, dense/array/affine-map literals, strings) are CONSTANT nodes (text = their
 *       type, or their kind) with a DATA edge into the op at positions after its operands;</li>
 *   <li>CONTROL runs op to op within a block (position 0), from an op into the first op of each of its regions
 *       (position = region index), from the terminators of a nested region back to the op that holds it, and
 *       from a terminator to the first op of each successor block (position = successor index);</li>
 *   <li>CALL edges as in ProGraML: the {@code [external]} root to every function's first op and every
 *       function's returns back to the root; {@code func.call}/{@code llvm.call} to the callee's first op and
 *       the callee's returns back to the call; a declared-only function has one {@code ; undefined function}
 *       node; {@code func.call_indirect} and operand-callee {@code llvm.call} go to and from {@code [indirect]}.</li>
 * </ul>
 * As in the LLVM graph: every {@code func.func}/{@code llvm.func} (with or without body) is a function, in text
 * order, named with {@code @}; the root calls every function; a function's exits are the last ops of its body's
 * blocks that have no successors; constants are shared module-wide (function and block -1; full text
 * {@code type value}, with {@code name = } before the value for named attributes of the generic form); calls to
 * a symbol the module does not have go to {@code [indirect]}.
 */
public final class MlirGraphBuilder {
    private static final Set<String> STRUCTURAL = Set.of("builtin.module", "func.func", "llvm.func");

    private final MlirModule module;
    private final ProgramGraph.Builder graph;
    private final int[] valueNode;
    private final Map<Integer, Integer> blockIndex = new HashMap<>();
    private final Map<Integer, Integer> blockFirstNode = new HashMap<>();
    private final Map<String, Integer> functionIndex = new HashMap<>();
    private final Map<String, Integer> functionEntry = new HashMap<>();
    private final Map<String, List<Integer>> functionReturns = new HashMap<>();
    private final List<int[]> calls = new ArrayList<>();   // [callNode, functionIndexOfCaller] with callee name below
    private final List<String> callees = new ArrayList<>();
    private int external = -1;
    private int indirect = -1;

    private MlirGraphBuilder(MlirModule module) {
        this.module = module;
        this.graph = new ProgramGraph.Builder(module.sourceName());
        this.valueNode = new int[module.valueCount()];
        java.util.Arrays.fill(valueNode, -1);
    }

    public static ProgramGraph build(MlirModule module) {
        return new MlirGraphBuilder(module).build();
    }

    private ProgramGraph build() {
        external = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.EXTERNAL, ProgramGraph.EXTERNAL, -1, -1, 0, null);
        List<Operation> functions = module.functions();
        for (Operation function : functions) {
            functionIndex.putIfAbsent(MlirModule.functionName(function),
                    graph.addFunction(MlirModule.functionName(function)));
        }
        visitRegions(module.root(), -1, -1);
        for (Operation function : functions) {
            String name = MlirModule.functionName(function);
            if (functionEntry.containsKey(name)) {
                graph.addEdge(external, functionEntry.get(name), Flow.CALL, 0);
                for (int exit : functionReturns.getOrDefault(name, List.of())) {
                    graph.addEdge(exit, external, Flow.CALL, 0);
                }
            }
        }
        for (int i = 0; i < calls.size(); i++) {
            int call = calls.get(i)[0];
            String callee = callees.get(i);
            Integer entry = callee == null ? null : functionEntry.get(callee);
            if (entry == null) {
                // Indirect calls, and calls to a symbol the module does not define or declare.
                if (indirect < 0) {
                    indirect = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.INDIRECT, ProgramGraph.INDIRECT, -1,
                            -1, 0, null);
                }
                graph.addEdge(call, indirect, Flow.CALL, 0);
                graph.addEdge(indirect, call, Flow.CALL, 0);
            } else {
                graph.addEdge(call, entry, Flow.CALL, 0);
                for (int exit : functionReturns.getOrDefault(callee, List.of())) {
                    graph.addEdge(exit, call, Flow.CALL, 0);
                }
            }
        }
        for (ConstantUses constant : constants.values()) {
            int node = graph.addNode(NodeType.CONSTANT, constant.type, constant.fullText, -1, -1, constant.line, null);
            for (int[] user : constant.users) {
                graph.addEdge(node, user[0], Flow.DATA, user[1]);
            }
        }
        return graph.build();
    }

    /** One constant node per distinct (type, value), shared module-wide, as in the LLVM graph. */
    private static final class ConstantUses {
        final String type;
        final String fullText;
        final int line;
        final List<int[]> users = new ArrayList<>();

        ConstantUses(String type, String fullText, int line) {
            this.type = type;
            this.fullText = fullText;
            this.line = line;
        }
    }

    private final Map<String, ConstantUses> constants = new java.util.LinkedHashMap<>();

    /** Visits the regions of a structural op (module, function); the ops inside become nodes. */
    private void visitRegions(Operation op, int function, int parentNode) {
        if (!MlirModule.isFunction(op)) {
            for (Region region : op.regions()) {
                visitRegion(region, function, parentNode);
            }
            return;
        }
        String name = MlirModule.functionName(op);
        int index = functionIndex.get(name);
        if (functionEntry.containsKey(name)) {
            return;   // a second definition of the name: mlir-opt rejects it; keep the first
        }
        if (!MlirModule.hasBody(op)) {
            int node = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.UNDEFINED_FUNCTION,
                    op.text().isEmpty() ? ProgramGraph.UNDEFINED_FUNCTION : op.text(), index, -1, op.line(),
                    op.location());
            functionEntry.put(name, node);
            functionReturns.put(name, List.of(node));
            return;
        }
        Region body = op.regions().getFirst();
        int entry = visitRegion(body, index, -1);
        if (entry >= 0) {
            functionEntry.put(name, entry);
        }
        // Exits: the blocks of the body whose last op has no successors (returns, unreachable).
        List<Integer> exits = new ArrayList<>();
        for (Block block : body.blocks()) {
            if (!block.operations().isEmpty() && block.operations().getLast().successors().isEmpty()) {
                Integer last = blockLastNode.get(block.id());
                if (last != null) {
                    exits.add(last);
                }
            }
        }
        functionReturns.put(name, exits);
    }

    private final Map<Integer, Integer> blockLastNode = new HashMap<>();

    /** Adds the nodes of a region; returns the node of its first op, or -1. */
    private int visitRegion(Region region, int function, int holder) {
        // Blocks and their arguments first, so that branches can reach any block of the region.
        for (Block block : region.blocks()) {
            int index = graph.newBlock();
            blockIndex.put(block.id(), index);
            for (Value arg : block.arguments()) {
                valueNode[arg.id()] = graph.addNode(NodeType.VARIABLE, arg.type(), arg.name() + " : " + arg.type(),
                        function, index, arg.line(), null);
            }
        }
        for (Block block : region.blocks()) {
            int previous = -1;
            for (Operation op : block.operations()) {
                int node = visitOperation(op, function, blockIndex.get(block.id()));
                if (node < 0) {
                    continue;
                }
                if (previous >= 0) {
                    graph.addEdge(previous, node, Flow.CONTROL, 0);
                } else {
                    blockFirstNode.put(block.id(), node);
                }
                previous = node;
            }
            if (previous >= 0) {
                blockLastNode.put(block.id(), previous);
            }
        }
        // Successor edges and block-argument definitions, now that every block has its first node.
        for (Block block : region.blocks()) {
            for (Operation op : block.operations()) {
                Integer node = opNode.get(op);
                if (node == null) {
                    continue;
                }
                for (int s = 0; s < op.successors().size(); s++) {
                    Successor successor = op.successors().get(s);
                    Integer target = blockFirstNode.get(successor.blockId());
                    if (target != null) {
                        graph.addEdge(node, target, Flow.CONTROL, s);
                    }
                }
            }
        }
        int entry = region.blocks().isEmpty() ? -1 : blockFirstNode.getOrDefault(region.blocks().getFirst().id(), -1);
        if (holder >= 0) {
            if (!region.blocks().isEmpty()) {
                List<Value> args = region.blocks().getFirst().arguments();
                for (int i = 0; i < args.size(); i++) {
                    graph.addEdge(holder, valueNode[args.get(i).id()], Flow.DATA, i);
                }
            }
            // Out of the region: its exits (terminators without successors) go back to the holder.
            for (Block block : region.blocks()) {
                if (!block.operations().isEmpty() && block.operations().getLast().successors().isEmpty()) {
                    Integer last = blockLastNode.get(block.id());
                    if (last != null) {
                        graph.addEdge(last, holder, Flow.CONTROL, 0);
                    }
                }
            }
        }
        return entry;
    }

    private final Map<Operation, Integer> opNode = new java.util.IdentityHashMap<>();

    /** Adds the node of an op (and of its nested regions); returns it, or -1 for structural ops. */
    private int visitOperation(Operation op, int function, int block) {
        if (STRUCTURAL.contains(op.name())) {
            visitRegions(op, function, -1);
            return -1;
        }
        int node = graph.addNode(NodeType.INSTRUCTION, op.name(), op.text().isEmpty() ? op.name() : op.text(),
                function, block, op.line(), op.location());
        opNode.put(op, node);
        for (int i = 0; i < op.operands().size(); i++) {
            Value value = op.operands().get(i).value();
            int source = valueNode[value.id()];
            if (source < 0) {
                // A use before its definition (graph regions, or a block later in the text): define it now.
                source = graph.addNode(NodeType.VARIABLE, value.type(), value.name() + " : " + value.type(), function,
                        block, value.line(), null);
                valueNode[value.id()] = source;
            }
            graph.addEdge(source, node, Flow.DATA, i);
        }
        int position = op.operands().size();
        for (Attribute attribute : op.attributes()) {
            if (isConstant(attribute)) {
                String full = attribute.type() + " " + (attribute.name().isEmpty() ? "" : attribute.name() + " = ")
                        + attribute.value();
                ConstantUses uses = constants.computeIfAbsent(full, k -> new ConstantUses(attribute.type(), full,
                        op.line()));
                uses.users.add(new int[] {node, position++});
            }
        }
        for (int i = 0; i < op.results().size(); i++) {
            Value result = op.results().get(i);
            int variable = valueNode[result.id()];
            if (variable < 0) {
                variable = graph.addNode(NodeType.VARIABLE, result.type(), result.name() + " : " + result.type(),
                        function, block, result.line(), null);
                valueNode[result.id()] = variable;
            }
            graph.addEdge(node, variable, Flow.DATA, i);
        }
        for (int s = 0; s < op.successors().size(); s++) {
            // The branch defines its target's arguments.
            Successor successor = op.successors().get(s);
            Block target = findBlock(successor.blockId());
            if (target != null) {
                for (int a = 0; a < target.arguments().size(); a++) {
                    int arg = valueNode[target.arguments().get(a).id()];
                    if (arg >= 0) {
                        graph.addEdge(node, arg, Flow.DATA, a);
                    }
                }
            }
        }
        for (int r = 0; r < op.regions().size(); r++) {
            int entry = visitRegion(op.regions().get(r), function, node);
            if (entry >= 0) {
                graph.addEdge(node, entry, Flow.CONTROL, r);
            }
        }
        if (op.name().equals("func.call") || op.name().equals("llvm.call") || op.name().equals("llvm.invoke")) {
            String callee = op.attribute("callee");
            calls.add(new int[] {node});
            callees.add(callee);
        } else if (op.name().equals("func.call_indirect")) {
            calls.add(new int[] {node});
            callees.add(null);
        }
        return node;
    }

    private Map<Integer, Block> blocksById;

    private Block findBlock(int id) {
        if (blocksById == null) {
            blocksById = new HashMap<>();
            module.walk(op -> {
                for (Region region : op.regions()) {
                    for (Block block : region.blocks()) {
                        blocksById.put(block.id(), block);
                    }
                }
            });
        }
        return blocksById.get(id);
    }

    private static boolean isConstant(Attribute attribute) {
        if (!attribute.name().isEmpty()) {
            return switch (attribute.name()) {
                case "operand_segment_sizes", "operandSegmentSizes", "result_segment_sizes", "sym_name",
                     "function_type", "sym_visibility", "callee", "linalg.memoized_indexing_maps", "fastmath",
                     "llvm.linkage", "linkage", "CConv", "res_attrs", "arg_attrs", "visibility_" -> false;
                default -> true;
            };
        }
        return !attribute.type().equals("symbol") && !attribute.type().equals("keyword");
    }

}
