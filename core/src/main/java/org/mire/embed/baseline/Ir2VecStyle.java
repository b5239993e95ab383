package org.mire.embed.baseline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.Provenance;
import org.mire.ir.IrProgram;
import org.mire.ir.llvm.BasicBlock;
import org.mire.ir.llvm.Function;
import org.mire.ir.llvm.Instruction;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.Opcode;
import org.mire.ir.llvm.Operand;

/**
 * IR2Vec-style symbolic program vectors (after Venkatakeerthy et al., TACO 2020), without IR2Vec's trained seed
 * vocabulary, which we cannot download.
 *
 * <p>What is implemented:
 * <ul>
 * <li><b>Seed entities</b>: every opcode ({@code op:add}, …), 16 type classes ({@code type:pointer},
 *     {@code type:double}, …, see {@link TypeCategory}) and 6 operand kinds ({@code arg:variable}, {@code arg:pointer},
 *     {@code arg:constant}, {@code arg:function}, {@code arg:label}, {@code arg:metadata}). Each entity's seed vector is
 *     a random unit vector drawn from a generator seeded with the SHA-256 of its name — deterministic, identical on
 *     every machine, but not trained (IR2Vec trains its 63-entity vocabulary with TransE on triplets from a corpus).</li>
 * <li><b>Symbolic instruction vector</b>: W<sub>o</sub>·op + W<sub>t</sub>·type(result) + W<sub>a</sub>·Σ args, with
 *     IR2Vec's weights W<sub>o</sub> = 1, W<sub>t</sub> = 0.5, W<sub>a</sub> = 0.2; an argument contributes the seed of
 *     its operand kind.</li>
 * <li><b>Flow-aware</b> (default): an argument that is the result of another instruction contributes that
 *     instruction's vector instead (use-def); the pointer argument of a {@code load} contributes the mean vector of
 *     the {@code store}s to the same SSA pointer in the function when there are any (reaching definitions
 *     approximated by syntactic pointer identity — IR2Vec uses LLVM's reaching-definition analysis and alias
 *     information); a call to a function defined in the module contributes that function's mean instruction vector
 *     (interprocedural flow). The mutually recursive definitions (loops through phis and memory, recursion) are
 *     solved by 12 Jacobi iterations; an instruction's flow contributions together weigh at most 0.5 (each
 *     W<sub>a</sub>, scaled down when an instruction has more than two), which makes the iteration a contraction.
 *     IR2Vec solves the equations exactly instead.</li>
 * <li><b>Function vector</b> = Σ of its instruction vectors; <b>module vector</b> = Σ of its defined functions'
 *     vectors (no normalisation; heads standardise inside training folds). {@code llvm.dbg.*} calls are skipped.</li>
 * </ul>
 */
public final class Ir2VecStyle implements EmbeddingMethod {
    public static final String ID = "ir2vec-style";
    /** The id of the symbolic (not flow-aware) variant. */
    public static final String SYMBOLIC_ID = "ir2vec-symbolic";
    public static final int DEFAULT_DIMENSION = 300;
    static final double W_OPCODE = 1.0;
    static final double W_TYPE = 0.5;
    static final double W_ARG = 0.2;
    static final double MAX_FLOW_WEIGHT = 0.5;
    static final int ITERATIONS = 12;
    private static final int VERSION = 1;
    private static final List<String> OPERAND_KINDS = List.of("variable", "pointer", "constant", "function",
            "label", "metadata");

    private final int dimension;
    private final boolean flowAware;
    /** Filled once in the constructor and never changed: instances are safe to share between threads. */
    private final Map<String, double[]> seeds = new HashMap<>();

    public Ir2VecStyle() {
        this(DEFAULT_DIMENSION, true);
    }

    /**
     * @param dimension vector length (IR2Vec offers 75, 100 and 300)
     * @param flowAware use-def, store-load and call flow (IR2Vec "FA"); false gives IR2Vec's symbolic mode
     */
    public Ir2VecStyle(int dimension, boolean flowAware) {
        if (dimension < 2) {
            throw new IllegalArgumentException("dimension must be at least 2: " + dimension);
        }
        this.dimension = dimension;
        this.flowAware = flowAware;
        for (String entity : entities()) {
            seeds.put(entity, drawSeed(entity));
        }
    }

    @Override
    public String id() {
        return flowAware ? ID : SYMBOLIC_ID;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String fingerprint() {
        return String.format(Locale.ROOT, "%s/v%d/dim=%d/%s/wo=%.2f,wt=%.2f,wa=%.2f/iter=%d/maxflow=%.2f", id(), VERSION,
                dimension, flowAware ? "flow-aware" : "symbolic", W_OPCODE, W_TYPE, W_ARG, ITERATIONS,
                MAX_FLOW_WEIGHT);
    }

    @Override
    public Provenance provenance(String level) {
        return new Provenance(id(), OpcodeHistogram.sha256(fingerprint()), "none", "none", 0, level, "");
    }

    /** The seed vector of an entity such as {@code op:load}, {@code type:pointer} or {@code arg:constant}. */
    public double[] seed(String entity) {
        return seedRef(entity).clone();
    }

    private double[] seedRef(String entity) {
        double[] seed = seeds.get(entity);
        if (seed == null) {
            throw new IllegalArgumentException("no seed entity " + entity);
        }
        return seed;
    }

    private double[] drawSeed(String entity) {
        byte[] digest = OpcodeHistogram.sha256("mire-ir2vec-seed/" + entity)
                .getBytes(StandardCharsets.US_ASCII);
        long seed = 0;
        for (int i = 0; i < 16; i++) {
            seed = seed * 16 + Character.digit(digest[i], 16);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] vector = new double[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i += 2) {
            // Box–Muller on the generator's specified nextDouble(), so vectors do not depend on the JDK version.
            double u = 1 - random.nextDouble();
            double v = random.nextDouble();
            double r = Math.sqrt(-2 * Math.log(u));
            vector[i] = r * Math.cos(2 * Math.PI * v);
            if (i + 1 < dimension) {
                vector[i + 1] = r * Math.sin(2 * Math.PI * v);
            }
        }
        for (double x : vector) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < dimension; i++) {
            vector[i] /= norm;
        }
        return vector;
    }

    /** All seed entity names, in a fixed order. */
    public static List<String> entities() {
        List<String> names = new ArrayList<>();
        for (Opcode opcode : Opcode.values()) {
            names.add("op:" + opcode.llvmName());
        }
        for (TypeCategory type : TypeCategory.values()) {
            names.add("type:" + type.name().toLowerCase(Locale.ROOT));
        }
        for (String kind : OPERAND_KINDS) {
            names.add("arg:" + kind);
        }
        return names;
    }

    @Override
    public float[] embedModule(IrProgram program) throws MireException {
        double[] sum = new double[dimension];
        for (double[] vector : functionVectors(OpcodeHistogram.requireLlvm(program)).values()) {
            add(sum, vector, 1);
        }
        return toFloat(sum);
    }

    @Override
    public List<float[]> embedFunctions(IrProgram program) throws MireException {
        List<float[]> result = new ArrayList<>();
        for (double[] vector : functionVectors(OpcodeHistogram.requireLlvm(program)).values()) {
            result.add(toFloat(vector));
        }
        return result;
    }

    /** One instruction's equation: a constant part and the instructions / functions whose vectors flow in. */
    private static final class Equation {
        final double[] constant;
        final List<int[]> uses = new ArrayList<>(); // {function, instruction} pairs, weight flowWeight each
        final List<int[][]> storeSets = new ArrayList<>(); // mean over the stores, weight flowWeight
        final List<Integer> callees = new ArrayList<>(); // mean instruction vector, weight flowWeight
        double flowWeight = W_ARG;

        Equation(int dimension) {
            constant = new double[dimension];
        }

        int flowCount() {
            return uses.size() + storeSets.size() + callees.size();
        }
    }

    /** The vector of each defined function, in file order, keyed by name. */
    Map<String, double[]> functionVectors(LlvmModule module) {
        List<Function> functions = module.functions().stream().filter(f -> !f.declaration()).toList();
        Map<String, Integer> functionIndex = new HashMap<>();
        for (int f = 0; f < functions.size(); f++) {
            functionIndex.put(functions.get(f).name(), f);
        }
        java.util.Set<String> allFunctionNames = new java.util.HashSet<>();
        module.functions().forEach(f -> allFunctionNames.add(f.name()));

        List<List<Equation>> equations = new ArrayList<>();
        for (Function function : functions) {
            List<Instruction> body = new ArrayList<>();
            for (BasicBlock block : function.blocks()) {
                for (Instruction instruction : block.instructions()) {
                    if (!OpcodeHistogram.isDebugIntrinsic(instruction)) {
                        body.add(instruction);
                    }
                }
            }
            Map<String, Integer> definedBy = new HashMap<>();
            Map<String, List<Integer>> storesTo = new HashMap<>();
            for (int i = 0; i < body.size(); i++) {
                Instruction instruction = body.get(i);
                if (instruction.result() != null) {
                    definedBy.put(instruction.result(), i);
                }
                if (instruction.opcode() == Opcode.STORE && instruction.operands().size() >= 2) {
                    storesTo.computeIfAbsent(instruction.operands().get(1).value(), k -> new ArrayList<>()).add(i);
                }
            }
            int f = equations.size();
            List<Equation> functionEquations = new ArrayList<>();
            for (Instruction instruction : body) {
                Equation equation = new Equation(dimension);
                add(equation.constant, seedRef("op:" + instruction.opcode().llvmName()), W_OPCODE);
                add(equation.constant, seedRef("type:" + TypeCategory.of(instruction.type()).name()
                        .toLowerCase(Locale.ROOT)), W_TYPE);
                List<Operand> operands = instruction.operands();
                for (int o = 0; o < operands.size(); o++) {
                    Operand operand = operands.get(o);
                    if (flowAware) {
                        if (instruction.opcode() == Opcode.LOAD && o == 0 && storesTo.containsKey(operand.value())) {
                            equation.storeSets.add(storesTo.get(operand.value()).stream()
                                    .map(s -> new int[] {f, s}).toArray(int[][]::new));
                            continue;
                        }
                        if (operand.kind() == Operand.Kind.LOCAL && definedBy.containsKey(operand.value())) {
                            equation.uses.add(new int[] {f, definedBy.get(operand.value())});
                            continue;
                        }
                        if (operand.kind() == Operand.Kind.GLOBAL && instruction.opcode().isCall()
                                && o == operands.size() - 1 && functionIndex.containsKey(operand.value())) {
                            equation.callees.add(functionIndex.get(operand.value()));
                            continue;
                        }
                    }
                    add(equation.constant, seedRef("arg:" + operandKind(operand, allFunctionNames)), W_ARG);
                }
                if (equation.flowCount() * W_ARG > MAX_FLOW_WEIGHT) {
                    equation.flowWeight = MAX_FLOW_WEIGHT / equation.flowCount();
                }
                functionEquations.add(equation);
            }
            equations.add(functionEquations);
        }

        // Jacobi iteration from the constant parts.
        List<double[][]> vectors = new ArrayList<>();
        for (List<Equation> functionEquations : equations) {
            double[][] v = new double[functionEquations.size()][];
            for (int i = 0; i < v.length; i++) {
                v[i] = functionEquations.get(i).constant.clone();
            }
            vectors.add(v);
        }
        boolean anyFlow = equations.stream().flatMap(List::stream).anyMatch(e -> e.flowCount() > 0);
        for (int iteration = 0; anyFlow && iteration < ITERATIONS; iteration++) {
            double[][] meanOfFunction = new double[functions.size()][];
            for (int f = 0; f < functions.size(); f++) {
                meanOfFunction[f] = mean(vectors.get(f));
            }
            List<double[][]> next = new ArrayList<>();
            for (int f = 0; f < equations.size(); f++) {
                List<Equation> functionEquations = equations.get(f);
                double[][] v = new double[functionEquations.size()][];
                for (int i = 0; i < v.length; i++) {
                    Equation equation = functionEquations.get(i);
                    double[] value = equation.constant.clone();
                    for (int[] use : equation.uses) {
                        add(value, vectors.get(use[0])[use[1]], equation.flowWeight);
                    }
                    for (int[][] stores : equation.storeSets) {
                        for (int[] store : stores) {
                            add(value, vectors.get(store[0])[store[1]], equation.flowWeight / stores.length);
                        }
                    }
                    for (int callee : equation.callees) {
                        add(value, meanOfFunction[callee], equation.flowWeight);
                    }
                    v[i] = value;
                }
                next.add(v);
            }
            vectors = next;
        }
        Map<String, double[]> result = new LinkedHashMap<>();
        for (int f = 0; f < functions.size(); f++) {
            double[] sum = new double[dimension];
            for (double[] instruction : vectors.get(f)) {
                add(sum, instruction, 1);
            }
            result.put(functions.get(f).name(), sum);
        }
        return result;
    }

    private static String operandKind(Operand operand, java.util.Set<String> functionNames) {
        return switch (operand.kind()) {
            case LOCAL -> TypeCategory.of(operand.type()) == TypeCategory.POINTER ? "pointer" : "variable";
            case GLOBAL -> functionNames.contains(operand.value()) ? "function" : "pointer";
            case CONSTANT -> "constant";
            case BLOCK -> "label";
            case METADATA -> "metadata";
            case INLINE_ASM -> "function";
        };
    }

    private double[] mean(double[][] rows) {
        double[] mean = new double[dimension];
        for (double[] row : rows) {
            add(mean, row, 1.0 / rows.length);
        }
        return mean;
    }

    private static void add(double[] target, double[] source, double weight) {
        for (int i = 0; i < target.length; i++) {
            target[i] += weight * source[i];
        }
    }

    private static float[] toFloat(double[] vector) {
        float[] result = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = (float) vector[i];
        }
        return result;
    }
}
