package org.mire.ir.llvm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;

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
 *
 * <p>Each function's nodes and edges are built on their own ({@link FunctionFragment}), on several threads for a
 * large module ({@link FragmentQueue}), and appended in function order; the module-wide nodes and edges follow.
 * The result does not depend on the number of threads (ADR 0016).
 */
public final class LlvmGraphBuilder {
    /**
     * Modules with fewer instructions are built on the calling thread alone. Chosen, not tuned: small modules are
     * the many-files case, where FileBatch already keeps every core busy with a file each.
     */
    static final int PARALLEL_MIN_INSTRUCTIONS = 20_000;

    private final ProgramGraph.Builder graph;
    private final List<Function> functions;
    private final Set<String> functionNames;
    private final Map<String, GlobalVariable> globalsByName = new HashMap<>();
    /** Constant (keyed by type and text) → its users as (node, position) pairs, in first-use order. */
    private final Map<String, ConstantUses> constants = new LinkedHashMap<>();
    private int[] directCallSites = new int[64];
    private String[] directCallees = new String[64];
    private int directCallSiteCount;
    private int[] indirectCallSites = new int[16];
    private int indirectCallSiteCount;
    private final int[] functionEntries;
    private final int[][] functionExits;
    private final int root;

    private static final class ConstantUses {
        final String type;
        final String value;
        final int line;
        int[] users = new int[4];
        int[] positions = new int[4];
        int count;

        ConstantUses(String type, String value, int line) {
            this.type = type;
            this.value = value;
            this.line = line;
        }

        void add(int user, int position) {
            if (count == users.length) {
                users = Arrays.copyOf(users, count * 2);
                positions = Arrays.copyOf(positions, count * 2);
            }
            users[count] = user;
            positions[count++] = position;
        }
    }

    private LlvmGraphBuilder(LlvmModule module) {
        this.functions = module.functions();
        this.graph = new ProgramGraph.Builder(module.sourceName());
        this.root = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.EXTERNAL, ProgramGraph.EXTERNAL, -1, -1, 0, null);
        this.functionNames = HashSet.newHashSet(functions.size());
        for (GlobalVariable global : module.globals()) {
            globalsByName.put(global.name(), global);
        }
        for (Function function : functions) {
            graph.addFunction(function.name());
            functionNames.add(function.name());
        }
        this.functionEntries = new int[functions.size()];
        this.functionExits = new int[functions.size()][];
    }

    /**
     * Builds the graph of a module; large modules build their functions on all processors. The graph is the same
     * whatever the number of threads: nodes, edges and their order.
     */
    public static ProgramGraph build(LlvmModule module) {
        int threads = module.instructionCount() < PARALLEL_MIN_INSTRUCTIONS ? 1
                : Runtime.getRuntime().availableProcessors();
        return build(module, threads);
    }

    /** Builds with at most {@code threads} threads (the caller's and helpers from the common fork-join pool). */
    static ProgramGraph build(LlvmModule module, int threads) {
        return new LlvmGraphBuilder(module).buildGraph(threads);
    }

    private ProgramGraph buildGraph(int threads) {
        FragmentQueue fragments = new FragmentQueue(functions, functionNames, globalsByName);
        fragments.startHelpers(threads - 1);
        for (int f = 0; f < functions.size(); f++) {
            append(f, fragments.take(f));
        }
        for (int f = 0; f < functions.size(); f++) {
            addCallSite(root, f);
        }
        Map<String, Integer> functionIndex = HashMap.newHashMap(functions.size());
        for (int f = 0; f < functions.size(); f++) {
            functionIndex.put(functions.get(f).name(), f);
        }
        for (int i = 0; i < directCallSiteCount; i++) {
            Integer callee = functionIndex.get(directCallees[i]);
            if (callee != null) {
                addCallSite(directCallSites[i], callee);
            } else {
                // Calls to a name the module does not declare (aliases, ifuncs): treat like indirect calls.
                addIndirectCallSite(directCallSites[i]);
            }
        }
        if (indirectCallSiteCount > 0) {
            int indirect = graph.addNode(NodeType.INSTRUCTION, ProgramGraph.INDIRECT, ProgramGraph.INDIRECT, -1, -1,
                    0, null);
            for (int i = 0; i < indirectCallSiteCount; i++) {
                graph.addEdge(indirectCallSites[i], indirect, Flow.CALL, 0);
                graph.addEdge(indirect, indirectCallSites[i], Flow.CALL, 0);
            }
        }
        for (ConstantUses constant : constants.values()) {
            int node = graph.addNode(NodeType.CONSTANT, constant.type, constant.type + " " + constant.value, -1, -1,
                    constant.line, null);
            for (int i = 0; i < constant.count; i++) {
                graph.addEdge(node, constant.users[i], Flow.DATA, constant.positions[i]);
            }
        }
        return graph.build();
    }

    /** Appends one function's fragment: its nodes and edges shifted to module-wide ids and blocks. */
    private void append(int function, FunctionFragment fragment) {
        int nodeOffset = graph.nodeCount();
        int blockOffset = graph.blockCount();
        for (int b = 0; b < fragment.blockCount; b++) {
            graph.newBlock();
        }
        for (int n = 0; n < fragment.nodeCount; n++) {
            int block = fragment.blocks[n];
            graph.addNode(fragment.nodeTypes[n], fragment.texts[n], fragment.fullTexts[n], function,
                    block < 0 ? -1 : block + blockOffset, fragment.lines[n], fragment.locations[n]);
        }
        for (int e = 0; e < fragment.edgeCount; e++) {
            graph.addEdge(fragment.sources[e] + nodeOffset, fragment.targets[e] + nodeOffset, fragment.flows[e],
                    fragment.positions[e]);
        }
        for (int c = 0; c < fragment.callSiteCount; c++) {
            int node = fragment.callSites[c] + nodeOffset;
            if (fragment.callees[c] != null) {
                if (directCallSiteCount == directCallSites.length) {
                    directCallSites = Arrays.copyOf(directCallSites, directCallSiteCount * 2);
                    directCallees = Arrays.copyOf(directCallees, directCallSiteCount * 2);
                }
                directCallSites[directCallSiteCount] = node;
                directCallees[directCallSiteCount++] = fragment.callees[c];
            } else {
                addIndirectCallSite(node);
            }
        }
        for (int u = 0; u < fragment.constantUseCount; u++) {
            ConstantUses uses = constants.get(fragment.constantKeys[u]);
            if (uses == null) {
                uses = new ConstantUses(fragment.constantTypes[u], fragment.constantValues[u],
                        fragment.constantLines[u]);
                constants.put(fragment.constantKeys[u], uses);
            }
            uses.add(fragment.constantUsers[u] + nodeOffset, fragment.constantPositions[u]);
        }
        functionEntries[function] = fragment.entry + nodeOffset;
        int[] exits = fragment.exits.clone();
        for (int i = 0; i < exits.length; i++) {
            exits[i] += nodeOffset;
        }
        functionExits[function] = exits;
    }

    private void addIndirectCallSite(int node) {
        if (indirectCallSiteCount == indirectCallSites.length) {
            indirectCallSites = Arrays.copyOf(indirectCallSites, indirectCallSiteCount * 2);
        }
        indirectCallSites[indirectCallSiteCount++] = node;
    }

    private void addCallSite(int source, int function) {
        graph.addEdge(source, functionEntries[function], Flow.CALL, 0);
        for (int exit : functionExits[function]) {
            graph.addEdge(exit, source, Flow.CALL, 0);
        }
    }

    /**
     * The instruction's text without indentation and trailing metadata attachments ({@code , !dbg !12}): the text
     * up to the first comma from which attachments ({@code , !name !N}, {@code , !name !{...}}, {@code , !name
     * distinct !{...}}) run to the end. Scanned by hand rather than with a regular expression because it runs for
     * every instruction, mostly in a cold JVM; {@code METADATA_ATTACHMENTS} in the tests is the definition it is
     * checked against.
     */
    static String fullText(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('!') < 0) {
            return stripped;
        }
        // The attachments start at a comma; the first comma from which they run to the end is where they begin.
        for (int comma = stripped.indexOf(','); comma >= 0; comma = stripped.indexOf(',', comma + 1)) {
            if (attachmentsToEnd(stripped, comma)) {
                return stripped.substring(0, comma);
            }
        }
        return stripped;
    }

    /** Whether {@code text} from {@code at} (a comma) is one or more metadata attachments and then only spaces. */
    private static boolean attachmentsToEnd(String text, int at) {
        int n = text.length();
        int i = at;
        while (i < n && text.charAt(i) == ',') {
            i = skipSpaces(text, i + 1);
            if (i >= n || text.charAt(i) != '!') {
                return false;
            }
            int nameStart = ++i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            int spaces = skipSpaces(text, i);
            if (i == nameStart || spaces == i) {
                return false;
            }
            i = spaces;
            if (text.startsWith("distinct", i)) {
                int afterWord = skipSpaces(text, i + "distinct".length());
                if (afterWord == i + "distinct".length() || !text.startsWith("!{", afterWord)) {
                    return false;
                }
                i = afterWord;
            }
            if (text.startsWith("!{", i)) {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            } else if (i + 1 < n && text.charAt(i) == '!' && isDigit(text.charAt(i + 1))) {
                i += 2;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                return false;
            }
            if (skipSpaces(text, i) == n) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} of java.util.regex: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '$'
                || c == '.' || c == '_';
    }
}
