package org.mire.graph.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrLanguage;
import org.mire.ir.IrProgram;

/**
 * A generated LLVM IR module together with its ProGraML program graph, for layout and canvas tests and benchmarks
 * at exact sizes (500, 2,000, 10,000 nodes) without depending on the parser.
 *
 * <p>The text is valid LLVM IR in the shape clang emits at -O0 (allocas, loads and stores, diamonds and loops,
 * calls between functions and to declarations); the graph follows the ProGraML schema the graph builder produces
 * for such code: one instruction node per instruction, one variable node per defined value or argument, constant
 * nodes shared module-wide, control edges with successor positions, data edges with operand positions, call edges
 * to and from callee entries and exits and the {@code [external]} root. Node {@code irLine}s point into the text.
 */
public final class SyntheticProgram implements IrProgram {
    private final String name;
    private final String text;
    private final List<String> functionNames;
    private final ProgramGraph graph;

    private SyntheticProgram(String name, String text, List<String> functionNames, ProgramGraph graph) {
        this.name = name;
        this.text = text;
        this.functionNames = List.copyOf(functionNames);
        this.graph = graph;
    }

    /**
     * Generates a module whose graph has at least {@code minNodes} nodes (and at most one function's worth more).
     * The same seed gives the same module.
     */
    public static SyntheticProgram generate(int minNodes, long seed) {
        if (minNodes < 1) {
            throw new IllegalArgumentException("minNodes must be positive: " + minNodes);
        }
        return new Generator(minNodes, seed).run();
    }

    @Override
    public IrLanguage language() {
        return IrLanguage.LLVM;
    }

    @Override
    public String sourceName() {
        return name;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<String> functionNames() {
        return functionNames;
    }

    /** The graph, built once at generation. */
    @Override
    public ProgramGraph graph() {
        return graph;
    }

    /** Writes IR text line by line and keeps the graph in step with it. */
    private static final class Generator {
        private static final String[] BINARY = {"add nsw", "sub nsw", "mul nsw", "and", "or", "xor", "shl"};
        private static final String[] PREDICATES = {"slt", "sgt", "eq", "ne", "sle"};
        private static final int DECLARATIONS = 3;

        private final int minNodes;
        private final SplittableRandom random;
        private final String name;
        private final StringBuilder text = new StringBuilder();
        private int line;
        private final ProgramGraph.Builder graph;
        private final int root;
        private final Map<String, Integer> constants = new HashMap<>();
        private final List<Callee> callees = new ArrayList<>();
        private final List<String> functionNames = new ArrayList<>();
        private Value table;

        // State of the function being written.
        private int function;
        private int block;
        private int valueCounter;
        private int previousInstruction;
        private String unplacedLabel;
        private final List<Value> blockValues = new ArrayList<>();
        private final List<Integer> exits = new ArrayList<>();
        private final List<PendingBranch> branches = new ArrayList<>();
        private final Map<String, Integer> blockEntry = new HashMap<>();
        private final List<int[]> callSites = new ArrayList<>(); // {call instruction, callee index}

        /** An SSA value, argument, constant or global as an operand: its IR spelling, node and type. */
        private record Value(String name, int node, String type) {
        }

        /** A function calls may target: its entry instruction and its return instructions. */
        private record Callee(String name, int arity, int entry, List<Integer> exits) {
        }

        private record PendingBranch(int instruction, String target, int position) {
        }

        Generator(int minNodes, long seed) {
            this.minNodes = minNodes;
            this.random = new SplittableRandom(seed);
            this.name = "synthetic-" + minNodes + ".ll";
            this.graph = new ProgramGraph.Builder(name);
            this.root = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.EXTERNAL, ProgramGraph.EXTERNAL, -1, -1, 0,
                    null);
        }

        SyntheticProgram run() {
            emit("; ModuleID = '" + name + "'");
            emit("source_filename = \"" + name.replace(".ll", ".c") + "\"");
            emit("target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128\"");
            emit("target triple = \"x86_64-pc-linux-gnu\"");
            emit("");
            emit("@table = dso_local global [64 x i32] zeroinitializer, align 16");
            table = new Value("@table", graph.addNode(NodeType.CONSTANT, "ptr", "ptr @table", -1, -1, line, null),
                    "ptr");
            emit("");
            for (int d = 0; d < DECLARATIONS; d++) {
                String callee = "@ext" + d;
                int declared = graph.addFunction(callee);
                int undefined = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.UNDEFINED_FUNCTION,
                        ProgramGraph.UNDEFINED_FUNCTION, declared, -1, 0, null);
                callees.add(new Callee(callee, 1, undefined, List.of(undefined)));
            }
            int index = 0;
            while (graph.nodeCount() < minNodes) {
                function(index++);
            }
            for (int d = 0; d < DECLARATIONS; d++) {
                emit("declare i32 @ext" + d + "(i32 noundef) #1");
            }
            emit("");
            emit("attributes #0 = { noinline nounwind uwtable }");
            emit("attributes #1 = { nounwind }");
            return new SyntheticProgram(name, text.toString(), functionNames, graph.build());
        }

        private void emit(String statement) {
            text.append(statement).append('\n');
            line++;
        }

        private void function(int index) {
            String functionName = "@f" + index;
            function = graph.addFunction(functionName);
            functionNames.add(functionName);
            valueCounter = 0;
            exits.clear();
            branches.clear();
            blockEntry.clear();
            callSites.clear();
            int arity = 1 + random.nextInt(3);
            StringBuilder header = new StringBuilder("define dso_local i32 " + functionName + "(");
            for (int a = 0; a < arity; a++) {
                header.append(a == 0 ? "" : ", ").append("i32 noundef %a").append(a);
            }
            emit(header.append(") #0 {").toString());
            List<Value> arguments = new ArrayList<>();
            for (int a = 0; a < arity; a++) {
                int node = graph.addNode(NodeType.VARIABLE, "i32", "i32 %a" + a, function, -1, line, null);
                arguments.add(new Value("%a" + a, node, "i32"));
            }

            // Entry block: a stack slot per argument plus locals, as clang emits at -O0.
            beginBlock("entry");
            int slotCount = arity + 1 + random.nextInt(3);
            List<Value> slots = new ArrayList<>();
            for (int s = 0; s < slotCount; s++) {
                slots.add(define("alloca", "alloca i32, align 4", List.of(), "ptr"));
            }
            for (int a = 0; a < arity; a++) {
                instruction("store", "store i32 " + arguments.get(a).name + ", ptr " + slots.get(a).name
                        + ", align 4", List.of(arguments.get(a), slots.get(a)));
            }

            // Near the requested size, write smaller functions so that the graph ends close to it.
            int remaining = minNodes - graph.nodeCount();
            int regions = remaining < 120 ? 1 : 1 + random.nextInt(Math.clamp(remaining / 120, 1, 4));
            int label = 0;
            for (int r = 0; r < regions; r++) {
                String head = "bb" + label++;
                String body = "bb" + label++;
                String other = "bb" + label++;
                String join = "bb" + label++;
                arithmetic(slots, 2 + random.nextInt(5));
                branch(null, head, null);
                beginBlock(head);
                Value condition = compare(slots);
                if (random.nextBoolean()) {
                    // A loop: head -> body -> head, head -> join.
                    branch(condition, body, join);
                    beginBlock(body);
                    arithmetic(slots, 3 + random.nextInt(8));
                    branch(null, head, null);
                } else {
                    // A diamond: head -> body | other -> join.
                    branch(condition, body, other);
                    beginBlock(body);
                    arithmetic(slots, 2 + random.nextInt(6));
                    branch(null, join, null);
                    beginBlock(other);
                    arithmetic(slots, 2 + random.nextInt(6));
                    branch(null, join, null);
                }
                beginBlock(join);
            }
            Value result = load(slots.get(random.nextInt(slots.size())));
            exits.add(instruction("ret", "ret i32 " + result.name, List.of(result)));
            emit("}");
            emit("");

            for (PendingBranch branch : branches) {
                graph.addEdge(branch.instruction, blockEntry.get(branch.target), Flow.CONTROL, branch.position);
            }
            for (int[] site : callSites) {
                Callee callee = callees.get(site[1]);
                graph.addEdge(site[0], callee.entry, Flow.CALL, 0);
                for (int exit : callee.exits) {
                    graph.addEdge(exit, site[0], Flow.CALL, 0);
                }
            }
            int entry = blockEntry.get("entry");
            graph.addEdge(root, entry, Flow.CALL, 0);
            for (int exit : exits) {
                graph.addEdge(exit, root, Flow.CALL, 0);
            }
            callees.add(new Callee(functionName, arity, entry, List.copyOf(exits)));
        }

        private void beginBlock(String label) {
            if (!label.equals("entry")) {
                emit(label + ":");
            }
            block = graph.newBlock();
            blockValues.clear();
            unplacedLabel = label;
            previousInstruction = -1;
        }

        /** Adds an instruction node, the control edge from its predecessor in the block and its operand edges. */
        private int instruction(String opcode, String statement, List<Value> operands) {
            emit("  " + statement);
            int node = graph.addNode(NodeType.INSTRUCTION, opcode, statement, function, block, line, null);
            if (unplacedLabel != null) {
                blockEntry.put(unplacedLabel, node);
                unplacedLabel = null;
            }
            if (previousInstruction >= 0) {
                graph.addEdge(previousInstruction, node, Flow.CONTROL, 0);
            }
            previousInstruction = node;
            for (int position = 0; position < operands.size(); position++) {
                graph.addEdge(operands.get(position).node, node, Flow.DATA, position);
            }
            return node;
        }

        /** An instruction that defines a value: its variable node and the edge to it. */
        private Value define(String opcode, String rightHandSide, List<Value> operands, String type) {
            String valueName = "%v" + valueCounter++;
            String statement = valueName + " = " + rightHandSide;
            int node = instruction(opcode, statement, operands);
            int variable = graph.addNode(NodeType.VARIABLE, type, type + " " + valueName, function, block, line,
                    null);
            graph.addEdge(node, variable, Flow.DATA, 0);
            Value value = new Value(valueName, variable, type);
            blockValues.add(value);
            return value;
        }

        private Value constant(String type, long value) {
            String fullText = type + " " + value;
            int node = constants.computeIfAbsent(fullText,
                    k -> graph.addNode(NodeType.CONSTANT, type, k, -1, -1, 0, null));
            return new Value(Long.toString(value), node, type);
        }

        private Value load(Value slot) {
            return define("load", "load i32, ptr " + slot.name + ", align 4", List.of(slot), "i32");
        }

        /** An i32 operand: a constant, a value computed earlier in this block, or a fresh load. */
        private Value operand(List<Value> slots) {
            int choice = random.nextInt(10);
            if (choice < 3) {
                return constant("i32", random.nextInt(8) == 0 ? random.nextInt(1000) : random.nextInt(16));
            }
            List<Value> integers = blockValues.stream().filter(v -> v.type.equals("i32")).toList();
            if (choice < 6 && !integers.isEmpty()) {
                return integers.get(random.nextInt(integers.size()));
            }
            return load(slots.get(random.nextInt(slots.size())));
        }

        private void arithmetic(List<Value> slots, int count) {
            for (int i = 0; i < count; i++) {
                int kind = random.nextInt(12);
                if (kind < 6) {
                    Value a = load(slots.get(random.nextInt(slots.size())));
                    Value b = operand(slots);
                    String op = BINARY[random.nextInt(BINARY.length)];
                    store(define(op.split(" ")[0], op + " i32 " + a.name + ", " + b.name, List.of(a, b), "i32"),
                            slots);
                } else if (kind < 8) {
                    Value index = load(slots.get(random.nextInt(slots.size())));
                    Value mask = constant("i32", 63);
                    Value masked = define("and", "and i32 " + index.name + ", 63", List.of(index, mask), "i32");
                    Value wide = define("sext", "sext i32 " + masked.name + " to i64", List.of(masked), "i64");
                    Value pointer = define("getelementptr", "getelementptr inbounds [64 x i32], ptr @table, i64 0, i64 "
                            + wide.name, List.of(table, constant("i64", 0), wide), "ptr");
                    store(define("load", "load i32, ptr " + pointer.name + ", align 4", List.of(pointer), "i32"),
                            slots);
                } else if (kind < 10) {
                    int target = random.nextInt(callees.size());
                    Callee callee = callees.get(target);
                    List<Value> arguments = new ArrayList<>();
                    for (int a = 0; a < callee.arity; a++) {
                        arguments.add(load(slots.get(random.nextInt(slots.size()))));
                    }
                    StringBuilder call = new StringBuilder("call i32 " + callee.name + "(");
                    for (int a = 0; a < arguments.size(); a++) {
                        call.append(a == 0 ? "" : ", ").append("i32 noundef ").append(arguments.get(a).name);
                    }
                    Value result = define("call", call.append(")").toString(), arguments, "i32");
                    callSites.add(new int[] {previousInstruction, target});
                    store(result, slots);
                } else {
                    store(load(slots.get(random.nextInt(slots.size()))), slots);
                }
            }
        }

        private void store(Value value, List<Value> slots) {
            Value slot = slots.get(random.nextInt(slots.size()));
            instruction("store", "store i32 " + value.name + ", ptr " + slot.name + ", align 4", List.of(value, slot));
        }

        private Value compare(List<Value> slots) {
            Value a = load(slots.get(random.nextInt(slots.size())));
            Value b = constant("i32", random.nextInt(100));
            String predicate = PREDICATES[random.nextInt(PREDICATES.length)];
            return define("icmp", "icmp " + predicate + " i32 " + a.name + ", " + b.name, List.of(a, b), "i1");
        }

        /** {@code br label %target} when condition is null, else {@code br i1 %c, label %t, label %f}. */
        private void branch(Value condition, String whenTrue, String whenFalse) {
            if (condition == null) {
                int node = instruction("br", "br label %" + whenTrue, List.of());
                branches.add(new PendingBranch(node, whenTrue, 0));
            } else {
                int node = instruction("br", "br i1 " + condition.name + ", label %" + whenTrue + ", label %"
                        + whenFalse, List.of(condition));
                branches.add(new PendingBranch(node, whenTrue, 0));
                branches.add(new PendingBranch(node, whenFalse, 1));
            }
            previousInstruction = -1;
        }
    }
}
