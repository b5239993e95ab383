package org.mire.ir.llvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.SourceLocation;

/**
 * Builds the ProGraML program graph of an LLVM module.
 *
 * <p>Follows ProGraML's LLVM builder (node per instruction with the opcode as text; data edges from values
 * to users with the operand index as position and from producers to their values with position 0; control
 * edges between consecutive instructions and from each terminator to its successors' first instructions with
 * the successor index as position; one {@code [external]} root with call edges to every function's entry and
 * back from its exits; one {@code ; undefined function} node per declaration; call edges from call sites to
 * callee entries and back from callee exits; one constant node per distinct constant, shared module-wide;
 * functions used as operands are not data). Where ProGraML drops information we keep it:
 * <ul>
 *   <li>one variable node per SSA value (ProGraML creates one per use), created for used values only;</li>
 *   <li>{@code invoke} and {@code callbr} are call sites too, and indirect calls go to an {@code [indirect]}
 *       node instead of being dropped;</li>
 *   <li>control edges are added for all blocks, not only those reachable from the entry;</li>
 *   <li>nodes keep their IR line and {@code !dbg} source location.</li>
 * </ul>
 * Variable and constant nodes take their type as text (ProGraML v1; newer ProGraML writes {@code var}/{@code val}
 * and moves the type to separate type nodes).
 */
public final class LlvmGraphBuilder {
    private static final Pattern METADATA_ATTACHMENTS = Pattern.compile("(,\\s*![-a-zA-Z$._0-9]+\\s+(!\\d+|!\\{[^}]*}|distinct\\s+!\\{[^}]*}))+\\s*$");

    private final LlvmModule module;
    private final ProgramGraph.Builder graph;
    private final Map<String, Integer> functionIndex = new HashMap<>();
    private final Map<String, FunctionEnds> functionEnds = new HashMap<>();
    private final Map<String, GlobalVariable> globalsByName = new HashMap<>();
    /** Constant (keyed by type and text) → its users as (node, position) pairs, in first-use order. */
    private final Map<String, ConstantUses> constants = new LinkedHashMap<>();
    private final List<int[]> directCallSites = new ArrayList<>();
    private final List<String> directCallees = new ArrayList<>();
    private final List<Integer> indirectCallSites = new ArrayList<>();
    private final int root;

    private record FunctionEnds(int entry, List<Integer> exits) {
    }

    private static final class ConstantUses {
        final String type;
        final String value;
        final int line;
        final List<int[]> users = new ArrayList<>();

        ConstantUses(String type, String value, int line) {
            this.type = type;
            this.value = value;
            this.line = line;
        }
    }

    private LlvmGraphBuilder(LlvmModule module) {
        this.module = module;
        this.graph = new ProgramGraph.Builder(module.sourceName());
        this.root = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.EXTERNAL, ProgramGraph.EXTERNAL, -1, -1, 0, null);
        for (GlobalVariable global : module.globals()) {
            globalsByName.put(global.name(), global);
        }
    }

    public static ProgramGraph build(LlvmModule module) {
        return new LlvmGraphBuilder(module).buildGraph();
    }

    private ProgramGraph buildGraph() {
        for (Function function : module.functions()) {
            functionIndex.put(function.name(), graph.addFunction(function.name()));
        }
        for (Function function : module.functions()) {
            functionEnds.put(function.name(), visitFunction(function));
        }
        for (Function function : module.functions()) {
            addCallSite(root, functionEnds.get(function.name()));
        }
        for (int i = 0; i < directCallSites.size(); i++) {
            FunctionEnds callee = functionEnds.get(directCallees.get(i));
            if (callee != null) {
                addCallSite(directCallSites.get(i)[0], callee);
            } else {
                // Calls to a name the module does not declare (aliases, ifuncs): treat like indirect calls.
                indirectCallSites.add(directCallSites.get(i)[0]);
            }
        }
        if (!indirectCallSites.isEmpty()) {
            int indirect = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.INDIRECT, ProgramGraph.INDIRECT, -1, -1,
                    0, null);
            for (int callSite : indirectCallSites) {
                graph.addEdge(callSite, indirect, Flow.CALL, 0);
                graph.addEdge(indirect, callSite, Flow.CALL, 0);
            }
        }
        for (ConstantUses constant : constants.values()) {
            int node = graph.addNode(NodeType.CONSTANT, constant.type, constant.type + " " + constant.value, -1, -1,
                    constant.line, null);
            for (int[] user : constant.users) {
                graph.addEdge(node, user[0], Flow.DATA, user[1]);
            }
        }
        return graph.build();
    }

    private void addCallSite(int source, FunctionEnds target) {
        graph.addEdge(source, target.entry(), Flow.CALL, 0);
        for (int exit : target.exits()) {
            graph.addEdge(exit, source, Flow.CALL, 0);
        }
    }

    private FunctionEnds visitFunction(Function function) {
        int fn = functionIndex.get(function.name());
        if (function.declaration() || function.blocks().isEmpty()) {
            int node = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.UNDEFINED_FUNCTION, function.header(), fn,
                    -1, function.line(), function.debugLocation());
            return new FunctionEnds(node, List.of(node));
        }

        Map<String, Parameter> arguments = new HashMap<>();
        for (Parameter parameter : function.parameters()) {
            arguments.put(parameter.name(), parameter);
        }
        // Where each local value is defined: instruction node, its block, line and location.
        Map<String, int[]> producers = new HashMap<>();
        Map<String, Instruction> producerInstructions = new HashMap<>();
        Map<String, int[]> blockEnds = new HashMap<>();
        List<int[]> localUses = new ArrayList<>();       // {user node, position}
        List<String> localUseNames = new ArrayList<>();
        int[] blockIndexOf = new int[function.blocks().size()];

        for (int b = 0; b < function.blocks().size(); b++) {
            BasicBlock block = function.blocks().get(b);
            int blockIndex = graph.newBlock();
            blockIndexOf[b] = blockIndex;
            int first = -1;
            int last = -1;
            for (Instruction instruction : block.instructions()) {
                int node = graph.addNode(NodeType.INSTRUCTION, instruction.opcode().llvmName(),
                        fullText(instruction.text()), fn, blockIndex, instruction.line(), instruction.debugLocation());
                if (last >= 0) {
                    graph.addEdge(last, node, Flow.CONTROL, 0);
                } else {
                    first = node;
                }
                last = node;
                if (instruction.result() != null) {
                    producers.put(instruction.result(), new int[] {node, blockIndex});
                    producerInstructions.put(instruction.result(), instruction);
                }
                if (instruction.opcode().isCall()) {
                    if (instruction.callee() != null) {
                        directCallSites.add(new int[] {node});
                        directCallees.add(instruction.callee());
                    } else {
                        indirectCallSites.add(node);
                    }
                }
                List<Operand> operands = instruction.operands();
                for (int position = 0; position < operands.size(); position++) {
                    Operand operand = operands.get(position);
                    switch (operand.kind()) {
                        case LOCAL -> {
                            localUses.add(new int[] {node, position});
                            localUseNames.add(operand.value());
                        }
                        case GLOBAL -> {
                            if (!functionIndex.containsKey(operand.value())) {
                                GlobalVariable global = globalsByName.get(operand.value());
                                addConstantUse(operand.type(), operand.value(), global == null ? 0 : global.line(),
                                        node, position);
                            }
                        }
                        case CONSTANT -> addConstantUse(operand.type(), operand.value(), 0, node, position);
                        case BLOCK, METADATA, INLINE_ASM -> {
                            // Blocks become control edges; metadata and inline asm are not data (as in ProGraML).
                        }
                    }
                }
            }
            blockEnds.put(block.label(), new int[] {first, last});
        }

        // One variable node per used local value, in first-use order; producer → value → users.
        Map<String, Integer> variables = new HashMap<>();
        for (int i = 0; i < localUses.size(); i++) {
            String name = localUseNames.get(i);
            Integer variable = variables.get(name);
            if (variable == null) {
                variable = addVariable(name, fn, function, arguments, producers, producerInstructions, blockIndexOf);
                if (variable < 0) {
                    continue; // an unknown name: the parser guarantees this cannot happen for valid IR
                }
                variables.put(name, variable);
            }
            graph.addEdge(variable, localUses.get(i)[0], Flow.DATA, localUses.get(i)[1]);
        }

        // Control edges between blocks; blocks without successors are the function's exits.
        List<Integer> exits = new ArrayList<>();
        for (BasicBlock block : function.blocks()) {
            int[] ends = blockEnds.get(block.label());
            List<String> successors = block.terminator().successors();
            for (int s = 0; s < successors.size(); s++) {
                int[] successor = blockEnds.get(successors.get(s));
                if (successor != null) {
                    graph.addEdge(ends[1], successor[0], Flow.CONTROL, s);
                }
            }
            if (successors.isEmpty()) {
                exits.add(ends[1]);
            }
        }
        int entry = blockEnds.get(function.blocks().getFirst().label())[0];
        return new FunctionEnds(entry, exits);
    }

    private int addVariable(String name, int fn, Function function, Map<String, Parameter> arguments,
                            Map<String, int[]> producers, Map<String, Instruction> producerInstructions,
                            int[] blockIndexOf) {
        int[] producer = producers.get(name);
        if (producer != null) {
            Instruction instruction = producerInstructions.get(name);
            int variable = graph.addNode(NodeType.VARIABLE, instruction.type(), instruction.type() + " " + name, fn,
                    producer[1], instruction.line(), instruction.debugLocation());
            graph.addEdge(producer[0], variable, Flow.DATA, 0);
            return variable;
        }
        Parameter argument = arguments.get(name);
        if (argument != null) {
            SourceLocation location = function.debugLocation();
            return graph.addNode(NodeType.VARIABLE, argument.type(), argument.type() + " " + name, fn,
                    blockIndexOf[0], function.line(), location);
        }
        return -1;
    }

    private void addConstantUse(String type, String value, int line, int user, int position) {
        ConstantUses uses = constants.computeIfAbsent(type + "\u0000" + value, k -> new ConstantUses(type, value, line));
        uses.users.add(new int[] {user, position});
    }

    /** The instruction's text without indentation and trailing metadata attachments ({@code , !dbg !12}). */
    static String fullText(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('!') < 0) {
            return stripped;
        }
        return METADATA_ATTACHMENTS.matcher(stripped).replaceFirst("");
    }
}
