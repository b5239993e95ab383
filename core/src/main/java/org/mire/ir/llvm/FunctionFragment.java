package org.mire.ir.llvm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.SourceLocation;

/**
 * The part of the program graph that one function contributes, with function-local node ids (from 0) and
 * function-local block indices, built without touching anything shared so that functions can be built on several
 * threads. {@link LlvmGraphBuilder} appends the fragments in function order, shifting ids and blocks, which gives
 * the same nodes and edges in the same order as building the functions one after the other into one graph.
 * Module-wide parts (constant nodes, call edges) are recorded here in use order and added when merging.
 */
final class FunctionFragment {
    // Nodes, by local id.
    int nodeCount;
    NodeType[] nodeTypes;
    String[] texts;
    String[] fullTexts;
    int[] blocks;          // local block index, or -1
    int[] lines;
    SourceLocation[] locations;

    // Edges between local nodes, in emission order.
    int edgeCount;
    int[] sources = new int[16];
    int[] targets = new int[16];
    Flow[] flows = new Flow[16];
    int[] positions = new int[16];

    int blockCount;

    /** Uses of constants and global variables, in use order: key (type NUL value), type, value, line, node, position. */
    int constantUseCount;
    String[] constantKeys = new String[16];
    String[] constantTypes = new String[16];
    String[] constantValues = new String[16];
    int[] constantLines = new int[16];
    int[] constantUsers = new int[16];
    int[] constantPositions = new int[16];

    /** Call sites in instruction order: the local node and the callee's name, null for an indirect call. */
    int callSiteCount;
    int[] callSites = new int[8];
    String[] callees = new String[8];

    int entry;
    int[] exits;

    private FunctionFragment(int nodeCapacity) {
        nodeTypes = new NodeType[nodeCapacity];
        texts = new String[nodeCapacity];
        fullTexts = new String[nodeCapacity];
        blocks = new int[nodeCapacity];
        lines = new int[nodeCapacity];
        locations = new SourceLocation[nodeCapacity];
    }

    /**
     * Builds the fragment of one function.
     *
     * @param functionNames the names of all functions of the module (a function used as an operand is not data)
     * @param globalsByName the module's global variables (their line goes to their constant node)
     */
    static FunctionFragment of(Function function, Set<String> functionNames,
                               Map<String, GlobalVariable> globalsByName) {
        if (function.declaration() || function.blocks().isEmpty()) {
            FunctionFragment fragment = new FunctionFragment(1);
            fragment.addNode(NodeType.INSTRUCTION, ProgramGraph.UNDEFINED_FUNCTION, function.header(), -1,
                    function.line(), function.debugLocation());
            fragment.entry = 0;
            fragment.exits = new int[] {0};
            return fragment;
        }
        int instructions = function.instructionCount();
        // Every instruction is a node, and each has at most one result variable; arguments may add more.
        FunctionFragment fragment = new FunctionFragment(2 * instructions + function.parameters().size() + 1);
        fragment.visit(function, functionNames, globalsByName, instructions);
        return fragment;
    }

    private void visit(Function function, Set<String> functionNames, Map<String, GlobalVariable> globalsByName,
                       int instructions) {
        List<BasicBlock> functionBlocks = function.blocks();
        blockCount = functionBlocks.size();
        // Where each local value is defined: its instruction's node (whose block, line and location it shares).
        Map<String, Integer> producers = HashMap.newHashMap(instructions);
        Instruction[] instructionOf = new Instruction[nodeTypes.length];
        Map<String, Integer> blockByLabel = HashMap.newHashMap(blockCount);
        int[] firstOfBlock = new int[blockCount];
        int[] lastOfBlock = new int[blockCount];
        int localUseCount = 0;
        int[] localUsers = new int[Math.max(16, instructions)];
        int[] localPositions = new int[localUsers.length];
        String[] localNames = new String[localUsers.length];

        for (int b = 0; b < blockCount; b++) {
            BasicBlock block = functionBlocks.get(b);
            int last = -1;
            for (Instruction instruction : block.instructions()) {
                int node = addNode(NodeType.INSTRUCTION, instruction.opcode().llvmName(),
                        LlvmGraphBuilder.fullText(instruction.text()), b, instruction.line(),
                        instruction.debugLocation());
                instructionOf[node] = instruction;
                if (last >= 0) {
                    addEdge(last, node, Flow.CONTROL, 0);
                } else {
                    firstOfBlock[b] = node;
                }
                last = node;
                if (instruction.result() != null) {
                    producers.put(instruction.result(), node);
                }
                if (instruction.opcode().isCall()) {
                    addCallSite(node, instruction.callee());
                }
                List<Operand> operands = instruction.operands();
                for (int position = 0; position < operands.size(); position++) {
                    Operand operand = operands.get(position);
                    switch (operand.kind()) {
                        case LOCAL -> {
                            if (localUseCount == localUsers.length) {
                                int grown = localUseCount * 2;
                                localUsers = Arrays.copyOf(localUsers, grown);
                                localPositions = Arrays.copyOf(localPositions, grown);
                                localNames = Arrays.copyOf(localNames, grown);
                            }
                            localUsers[localUseCount] = node;
                            localPositions[localUseCount] = position;
                            localNames[localUseCount++] = operand.value();
                        }
                        case GLOBAL -> {
                            if (!functionNames.contains(operand.value())) {
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
            lastOfBlock[b] = last;
            blockByLabel.put(block.label(), b);
        }

        // One variable node per used local value, in first-use order; producer → value → users.
        Map<String, Parameter> arguments = null;
        Map<String, Integer> variables = HashMap.newHashMap(localUseCount);
        for (int i = 0; i < localUseCount; i++) {
            String name = localNames[i];
            Integer variable = variables.get(name);
            if (variable == null) {
                Integer producer = producers.get(name);
                if (producer != null) {
                    Instruction instruction = instructionOf[producer];
                    variable = addNode(NodeType.VARIABLE, instruction.type(), instruction.type() + " " + name,
                            blocks[producer], instruction.line(), instruction.debugLocation());
                    addEdge(producer, variable, Flow.DATA, 0);
                } else {
                    if (arguments == null) {
                        arguments = new HashMap<>();
                        for (Parameter parameter : function.parameters()) {
                            arguments.put(parameter.name(), parameter);
                        }
                    }
                    Parameter argument = arguments.get(name);
                    if (argument == null) {
                        continue; // an unknown name: the parser guarantees this cannot happen for valid IR
                    }
                    variable = addNode(NodeType.VARIABLE, argument.type(), argument.type() + " " + name, 0,
                            function.line(), function.debugLocation());
                }
                variables.put(name, variable);
            }
            addEdge(variable, localUsers[i], Flow.DATA, localPositions[i]);
        }

        // Control edges between blocks; blocks without successors are the function's exits.
        int exitCount = 0;
        int[] exitNodes = new int[4];
        for (int b = 0; b < blockCount; b++) {
            List<String> successors = functionBlocks.get(b).terminator().successors();
            for (int s = 0; s < successors.size(); s++) {
                Integer successor = blockByLabel.get(successors.get(s));
                if (successor != null) {
                    addEdge(lastOfBlock[b], firstOfBlock[successor], Flow.CONTROL, s);
                }
            }
            if (successors.isEmpty()) {
                if (exitCount == exitNodes.length) {
                    exitNodes = Arrays.copyOf(exitNodes, exitCount * 2);
                }
                exitNodes[exitCount++] = lastOfBlock[b];
            }
        }
        entry = firstOfBlock[0];
        exits = Arrays.copyOf(exitNodes, exitCount);
    }

    private int addNode(NodeType type, String text, String fullText, int block, int line, SourceLocation location) {
        int id = nodeCount++;
        nodeTypes[id] = type;
        texts[id] = text;
        fullTexts[id] = fullText;
        blocks[id] = block;
        lines[id] = line;
        locations[id] = location;
        return id;
    }

    private void addEdge(int source, int target, Flow flow, int position) {
        if (edgeCount == sources.length) {
            int grown = edgeCount * 2;
            sources = Arrays.copyOf(sources, grown);
            targets = Arrays.copyOf(targets, grown);
            flows = Arrays.copyOf(flows, grown);
            positions = Arrays.copyOf(positions, grown);
        }
        sources[edgeCount] = source;
        targets[edgeCount] = target;
        flows[edgeCount] = flow;
        positions[edgeCount++] = position;
    }

    private void addConstantUse(String type, String value, int line, int user, int position) {
        if (constantUseCount == constantKeys.length) {
            int grown = constantUseCount * 2;
            constantKeys = Arrays.copyOf(constantKeys, grown);
            constantTypes = Arrays.copyOf(constantTypes, grown);
            constantValues = Arrays.copyOf(constantValues, grown);
            constantLines = Arrays.copyOf(constantLines, grown);
            constantUsers = Arrays.copyOf(constantUsers, grown);
            constantPositions = Arrays.copyOf(constantPositions, grown);
        }
        int i = constantUseCount++;
        constantKeys[i] = type + "\u0000" + value;
        constantTypes[i] = type;
        constantValues[i] = value;
        constantLines[i] = line;
        constantUsers[i] = user;
        constantPositions[i] = position;
    }

    private void addCallSite(int node, String callee) {
        if (callSiteCount == callSites.length) {
            callSites = Arrays.copyOf(callSites, callSiteCount * 2);
            callees = Arrays.copyOf(callees, callSiteCount * 2);
        }
        callSites[callSiteCount] = node;
        callees[callSiteCount++] = callee;
    }
}
