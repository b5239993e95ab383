package org.mire.embed.baseline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.Provenance;
import org.mire.ir.IrProgram;
import org.mire.ir.llvm.BasicBlock;
import org.mire.ir.llvm.Function;
import org.mire.ir.llvm.Instruction;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.Opcode;

/**
 * The opcode-histogram baseline: for each LLVM opcode (in {@link Opcode} order) the fraction of the instructions
 * that have it, followed by {@link #EXTRAS} documented extras. Counts cover the bodies of defined functions; a
 * module vector counts all of them, a function vector its own body. No learning, no randomness.
 *
 * <p>Extras, in order: log1p(instructions), log1p(basic blocks), log1p(defined functions), loop headers per block
 * (blocks entered by a back edge of a depth-first walk of the CFG), and per instruction: calls to functions defined
 * in the module, calls to declared (external, non-intrinsic) functions, calls to {@code llvm.*} intrinsics,
 * {@code barrier} calls, OpenCL work-item queries ({@code get_global_id}, {@code get_local_size}, …), instructions
 * of vector type, instructions of {@code double} type, and loads/stores through a pointer argument of the function.
 */
public final class OpcodeHistogram implements EmbeddingMethod {
    public static final String ID = "opcode-histogram";
    public static final List<String> EXTRAS = List.of("log1p_instructions", "log1p_blocks", "log1p_functions",
            "loop_headers_per_block", "calls_defined", "calls_external", "calls_intrinsic", "barriers",
            "work_item_queries", "vector_typed", "double_typed", "argument_memory_access");
    private static final int VERSION = 1;
    private static final Opcode[] OPCODES = Opcode.values();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimension() {
        return OPCODES.length + EXTRAS.size();
    }

    /** Column names: one per opcode, then the extras. */
    public static List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (Opcode opcode : OPCODES) {
            names.add("op_" + opcode.llvmName());
        }
        names.addAll(EXTRAS);
        return names;
    }

    @Override
    public String fingerprint() {
        return ID + "/v" + VERSION + "/opcodes=" + OPCODES.length + "/extras=" + String.join(",", EXTRAS);
    }

    @Override
    public Provenance provenance(String level) {
        return new Provenance(ID, sha256(fingerprint()), "none", "none", 0, level, "");
    }

    @Override
    public float[] embedModule(IrProgram program) throws MireException {
        LlvmModule module = requireLlvm(program);
        List<Function> defined = module.functions().stream().filter(f -> !f.declaration()).toList();
        return histogram(module, defined);
    }

    @Override
    public List<float[]> embedFunctions(IrProgram program) throws MireException {
        LlvmModule module = requireLlvm(program);
        List<float[]> vectors = new ArrayList<>();
        for (Function function : module.functions()) {
            if (!function.declaration()) {
                vectors.add(histogram(module, List.of(function)));
            }
        }
        return vectors;
    }

    static LlvmModule requireLlvm(IrProgram program) throws MireException {
        if (program instanceof LlvmModule module) {
            return module;
        }
        throw new MireException(program.sourceName() + ": the symbolic baselines read LLVM IR, not "
                + program.language());
    }

    private float[] histogram(LlvmModule module, List<Function> functions) {
        Set<String> definedNames = new HashSet<>();
        for (Function function : module.functions()) {
            if (!function.declaration()) {
                definedNames.add(function.name());
            }
        }
        double[] counts = new double[OPCODES.length];
        double instructions = 0;
        double blocks = 0;
        double loopHeaders = 0;
        double[] extra = new double[EXTRAS.size()];
        for (Function function : functions) {
            blocks += function.blocks().size();
            loopHeaders += loopHeaders(function);
            Set<String> parameters = new HashSet<>();
            function.parameters().forEach(p -> parameters.add(p.name()));
            for (BasicBlock block : function.blocks()) {
                for (Instruction instruction : block.instructions()) {
                    if (isDebugIntrinsic(instruction)) {
                        continue; // -g must not change the vector
                    }
                    instructions++;
                    counts[instruction.opcode().ordinal()]++;
                    if (instruction.opcode().isCall() && instruction.callee() != null) {
                        String callee = instruction.callee();
                        if (callee.startsWith("@llvm.")) {
                            extra[6]++;
                        } else if (definedNames.contains(callee)) {
                            extra[4]++;
                        } else {
                            extra[5]++;
                        }
                        String name = demangle(callee);
                        if (name.contains("barrier")) {
                            extra[7]++;
                        }
                        if (name.startsWith("get_global_") || name.startsWith("get_local_")
                                || name.startsWith("get_group_id") || name.startsWith("get_num_groups")
                                || name.startsWith("get_work_dim")) {
                            extra[8]++;
                        }
                    }
                    TypeCategory type = TypeCategory.of(instruction.type());
                    if (type == TypeCategory.VECTOR) {
                        extra[9]++;
                    }
                    if ("double".equals(instruction.type())) {
                        extra[10]++;
                    }
                    if (instruction.opcode() == Opcode.LOAD || instruction.opcode() == Opcode.STORE) {
                        int pointerOperand = instruction.opcode() == Opcode.LOAD ? 0 : 1;
                        if (instruction.operands().size() > pointerOperand
                                && parameters.contains(instruction.operands().get(pointerOperand).value())) {
                            extra[11]++;
                        }
                    }
                }
            }
        }
        float[] vector = new float[dimension()];
        for (int i = 0; i < OPCODES.length; i++) {
            vector[i] = instructions == 0 ? 0 : (float) (counts[i] / instructions);
        }
        int at = OPCODES.length;
        vector[at] = (float) Math.log1p(instructions);
        vector[at + 1] = (float) Math.log1p(blocks);
        vector[at + 2] = (float) Math.log1p(functions.size());
        vector[at + 3] = blocks == 0 ? 0 : (float) (loopHeaders / blocks);
        for (int i = 4; i < EXTRAS.size(); i++) {
            vector[at + i] = instructions == 0 ? 0 : (float) (extra[i] / instructions);
        }
        return vector;
    }

    /** Calls to {@code llvm.dbg.*}, which only carry debug information. */
    static boolean isDebugIntrinsic(Instruction instruction) {
        return instruction.opcode().isCall() && instruction.callee() != null
                && instruction.callee().startsWith("@llvm.dbg.");
    }

    /** Blocks that are the target of a back edge in an iterative depth-first walk from the entry block. */
    static int loopHeaders(Function function) {
        List<BasicBlock> blocks = function.blocks();
        if (blocks.isEmpty()) {
            return 0;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            index.put(blocks.get(i).label(), i);
        }
        int[] state = new int[blocks.size()]; // 0 new, 1 on stack, 2 done
        boolean[] header = new boolean[blocks.size()];
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {0, 0});
        state[0] = 1;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            List<String> successors = blocks.get(top[0]).terminator().successors();
            if (top[1] < successors.size()) {
                Integer next = index.get(successors.get(top[1]++));
                if (next == null) {
                    continue;
                }
                if (state[next] == 1) {
                    header[next] = true;
                } else if (state[next] == 0) {
                    state[next] = 1;
                    stack.push(new int[] {next, 0});
                }
            } else {
                state[top[0]] = 2;
                stack.pop();
            }
        }
        int count = 0;
        for (boolean h : header) {
            count += h ? 1 : 0;
        }
        return count;
    }

    /** The source name of an Itanium-mangled callee ({@code @_Z13get_global_idj} → {@code get_global_id}). */
    static String demangle(String callee) {
        String name = callee.startsWith("@") ? callee.substring(1) : callee;
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.startsWith("_Z")) {
            int i = 2;
            while (i < name.length() && Character.isDigit(name.charAt(i))) {
                i++;
            }
            if (i > 2) {
                int length = Integer.parseInt(name.substring(2, i));
                if (i + length <= name.length()) {
                    return name.substring(i, i + length);
                }
            }
        }
        return name;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
