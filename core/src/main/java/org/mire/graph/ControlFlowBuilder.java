package org.mire.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link ControlFlowGraph} from the program graph of one function.
 *
 * <p>The program graph says, for MLIR, which op holds which regions: a region op has control edges into the first
 * op of each region (position = region index) and the exits of each region (its terminators without successors)
 * have control edges back to it. A <em>holder</em> is therefore an instruction that is not the last of its block
 * and has control edges into other blocks (a branch is always last). Each original block is cut after every holder
 * (and before a loop, which gets a header block of its own); a region's blocks are those reachable from its entry
 * block by successor edges that do not go back to the holder. {@link RegionOps} says how control moves between the
 * pieces. An LLVM function has no holders, so its blocks are its basic blocks.
 */
final class ControlFlowBuilder {
    private static final Pattern RESULTS = Pattern.compile("^(%[^=]*=\\s*)");

    private final ProgramGraph graph;
    private final int function;
    private final String[] textLines;

    /** Original blocks (program-graph block index → instruction ids in order), in order of their first id. */
    private final Map<Integer, List<Integer>> blocks = new LinkedHashMap<>();
    private final Map<Integer, Integer> blockOf = new HashMap<>();
    /** Holder → the entry node of each region, by region index. */
    private final Map<Integer, List<Integer>> regionEntries = new HashMap<>();
    /** Region entry node → {holder, region index}. */
    private final Map<Integer, int[]> entryOf = new HashMap<>();

    private final List<List<Integer>> pieces = new ArrayList<>();
    private final Map<Integer, Integer> pieceOf = new HashMap<>();
    /** The next piece of the same original block, or -1. */
    private final List<Integer> nextInBlock = new ArrayList<>();
    /** Whether a piece was cut off before a loop (so that control falls through into the loop's header). */
    private final Set<Integer> cutBeforeLoop = new HashSet<>();

    ControlFlowBuilder(ProgramGraph graph, String functionName, String irText) {
        this.graph = graph;
        this.function = graph.functionIndex(functionName);
        if (function < 0) {
            throw new IllegalArgumentException("no function " + functionName);
        }
        this.textLines = irText == null || irText.isEmpty() ? new String[0] : irText.split("\n", -1);
    }

    ControlFlowGraph build() {
        collectBlocks();
        findHolders();
        cutPieces();
        List<ControlFlowGraph.BlockEdge> edges = new ArrayList<>();
        Set<Long> exitEdges = new HashSet<>();
        for (int holder : regionEntries.keySet().stream().sorted().toList()) {
            holderEdges(holder, edges, exitEdges);
        }
        successorEdges(edges, exitEdges);
        for (int p : cutBeforeLoop) {
            edges.add(new ControlFlowGraph.BlockEdge(p, nextInBlock.get(p), ControlFlowGraph.Kind.UNCONDITIONAL));
        }
        edges.sort(Comparator.comparingInt(ControlFlowGraph.BlockEdge::source)
                .thenComparingInt(ControlFlowGraph.BlockEdge::target));
        List<ControlFlowGraph.Block> result = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            result.add(block(p));
        }
        return new ControlFlowGraph(graph.functions().get(function), List.copyOf(result), List.copyOf(edges));
    }

    private void collectBlocks() {
        for (Node node : graph.nodes()) {
            if (node.function() == function && node.type() == NodeType.INSTRUCTION && node.block() >= 0) {
                blocks.computeIfAbsent(node.block(), b -> new ArrayList<>()).add(node.id());
                blockOf.put(node.id(), node.block());
            }
        }
    }

    /** Control edges from a node to instructions of this function in another block, ordered by position. */
    private List<Edge> controlIntoOtherBlocks(int node) {
        List<Edge> out = new ArrayList<>();
        Integer own = blockOf.get(node);
        for (int e : graph.outEdges(node)) {
            Edge edge = graph.edges().get(e);
            Integer target = blockOf.get(edge.target());
            if (edge.flow() == Flow.CONTROL && target != null && !target.equals(own)) {
                out.add(edge);
            }
        }
        out.sort(Comparator.comparingInt(Edge::position));
        return out;
    }

    private void findHolders() {
        for (List<Integer> members : blocks.values()) {
            for (int i = 0; i < members.size() - 1; i++) {
                int node = members.get(i);
                List<Edge> into = controlIntoOtherBlocks(node);
                if (into.isEmpty()) {
                    continue;
                }
                List<Integer> entries = new ArrayList<>();
                for (Edge edge : into) {
                    entries.add(edge.target());
                    entryOf.putIfAbsent(edge.target(), new int[] {node, entries.size() - 1});
                }
                regionEntries.put(node, entries);
            }
        }
    }

    private boolean isLoop(int node) {
        return regionEntries.containsKey(node) && RegionOps.of(graph.node(node).text()) == RegionOps.LOOP;
    }

    private void cutPieces() {
        List<List<Integer>> cut = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        for (List<Integer> members : blocks.values()) {
            List<Integer> current = new ArrayList<>();
            int first = cut.size();
            for (int node : members) {
                if (isLoop(node) && !current.isEmpty()) {
                    cutBeforeLoop.add(cut.size());
                    cut.add(current);
                    current = new ArrayList<>();
                }
                current.add(node);
                if (regionEntries.containsKey(node)) {
                    cut.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                cut.add(current);
            }
            for (int p = first; p < cut.size(); p++) {
                next.add(p + 1 < cut.size() ? p + 1 : -1);
            }
        }
        // Text order: a region's blocks come between its holder and the ops after it.
        Integer[] order = new Integer[cut.size()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(p -> cut.get(p).getFirst()));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            pieces.add(cut.get(order[r]));
        }
        for (int r = 0; r < order.length; r++) {
            int following = next.get(order[r]);
            nextInBlock.add(following < 0 ? -1 : rank[following]);
        }
        Set<Integer> ranked = new HashSet<>();
        for (int p : cutBeforeLoop) {
            ranked.add(rank[p]);
        }
        cutBeforeLoop.clear();
        cutBeforeLoop.addAll(ranked);
        for (int p = 0; p < pieces.size(); p++) {
            for (int node : pieces.get(p)) {
                pieceOf.put(node, p);
            }
        }
    }

    /** The exits of a region: last ops of the region's blocks with a control edge back to the holder. */
    private List<Integer> exits(int holder, int entry) {
        List<Integer> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(blockOf.get(entry));
        seen.add(blockOf.get(entry));
        while (!queue.isEmpty()) {
            List<Integer> members = blocks.get(queue.poll());
            int last = members.getLast();
            for (Edge edge : controlIntoOtherBlocks(last)) {
                if (edge.target() == holder) {
                    found.add(last);
                } else if (seen.add(blockOf.get(edge.target()))) {
                    queue.add(blockOf.get(edge.target()));
                }
            }
        }
        return found;
    }

    private void holderEdges(int holder, List<ControlFlowGraph.BlockEdge> edges, Set<Long> exitEdges) {
        RegionOps ops = RegionOps.of(graph.node(holder).text());
        List<Integer> entries = regionEntries.get(holder);
        int at = pieceOf.get(holder);
        int after = nextInBlock.get(at);
        List<List<Integer>> exits = new ArrayList<>();
        for (int entry : entries) {
            List<Integer> regionExits = exits(holder, entry);
            for (int exit : regionExits) {
                exitEdges.add(pair(exit, holder));
            }
            exits.add(regionExits);
        }
        int count = entries.size();
        switch (ops) {
            case LOOP -> {
                add(edges, at, entry(entries, 0), ControlFlowGraph.Kind.TRUE);
                add(edges, at, after, ControlFlowGraph.Kind.FALSE);
                join(edges, exits.getFirst(), at, ControlFlowGraph.Kind.UNCONDITIONAL);
                for (int r = 1; r < count; r++) {
                    add(edges, at, entry(entries, r), ControlFlowGraph.Kind.OTHER);
                    join(edges, exits.get(r), after, ControlFlowGraph.Kind.OTHER);
                }
            }
            case CONDITIONAL -> {
                add(edges, at, entry(entries, 0), ControlFlowGraph.Kind.TRUE);
                add(edges, at, count > 1 ? entry(entries, 1) : after, ControlFlowGraph.Kind.FALSE);
                for (List<Integer> regionExits : exits) {
                    join(edges, regionExits, after, ControlFlowGraph.Kind.UNCONDITIONAL);
                }
            }
            case WHILE -> {
                add(edges, at, entry(entries, 0), ControlFlowGraph.Kind.UNCONDITIONAL);
                if (count > 1) {
                    join(edges, exits.get(0), entry(entries, 1), ControlFlowGraph.Kind.TRUE);
                    join(edges, exits.get(0), after, ControlFlowGraph.Kind.FALSE);
                    join(edges, exits.get(1), entry(entries, 0), ControlFlowGraph.Kind.UNCONDITIONAL);
                } else {
                    join(edges, exits.get(0), after, ControlFlowGraph.Kind.UNCONDITIONAL);
                }
            }
            case SWITCH, OTHER -> {
                ControlFlowGraph.Kind kind = count == 1 ? ControlFlowGraph.Kind.UNCONDITIONAL
                        : ControlFlowGraph.Kind.OTHER;
                for (int r = 0; r < count; r++) {
                    add(edges, at, entry(entries, r), kind);
                    join(edges, exits.get(r), after, ControlFlowGraph.Kind.UNCONDITIONAL);
                }
            }
        }
    }

    private int entry(List<Integer> entries, int region) {
        return pieceOf.get(entries.get(region));
    }

    private void join(List<ControlFlowGraph.BlockEdge> edges, List<Integer> exits, int target,
                      ControlFlowGraph.Kind kind) {
        for (int exit : exits) {
            add(edges, pieceOf.get(exit), target, kind);
        }
    }

    private static void add(List<ControlFlowGraph.BlockEdge> edges, int source, int target,
                            ControlFlowGraph.Kind kind) {
        if (source >= 0 && target >= 0) {
            edges.add(new ControlFlowGraph.BlockEdge(source, target, kind));
        }
    }

    private static long pair(int source, int target) {
        return ((long) source << 32) | (target & 0xffffffffL);
    }

    /** Branches: the last op of each original block to the blocks it names (not the exits of regions). */
    private void successorEdges(List<ControlFlowGraph.BlockEdge> edges, Set<Long> exitEdges) {
        for (List<Integer> members : blocks.values()) {
            int last = members.getLast();
            if (regionEntries.containsKey(last)) {
                continue;
            }
            List<Edge> successors = new ArrayList<>();
            for (int e : graph.outEdges(last)) {
                Edge edge = graph.edges().get(e);
                if (edge.flow() == Flow.CONTROL && blockOf.containsKey(edge.target())
                        && !exitEdges.contains(pair(last, edge.target()))) {
                    successors.add(edge);
                }
            }
            boolean conditional = successors.size() == 2 && RegionOps.isConditionalBranch(graph.node(last).text());
            for (Edge edge : successors) {
                ControlFlowGraph.Kind kind = successors.size() == 1 ? ControlFlowGraph.Kind.UNCONDITIONAL
                        : conditional ? (edge.position() == 0 ? ControlFlowGraph.Kind.TRUE
                        : ControlFlowGraph.Kind.FALSE) : ControlFlowGraph.Kind.OTHER;
                add(edges, pieceOf.get(last), pieceOf.get(edge.target()), kind);
            }
        }
    }

    // ---- labels and lines

    private ControlFlowGraph.Block block(int p) {
        List<Integer> members = pieces.get(p);
        int[] ids = members.stream().mapToInt(Integer::intValue).toArray();
        String[] lines = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Node node = graph.node(ids[i]);
            String line = lineText(node.irLine());
            boolean repeated = i > 0 && graph.node(ids[i - 1]).irLine() == node.irLine();
            lines[i] = line != null && !repeated && line.contains(node.text()) ? line : node.fullText();
        }
        return new ControlFlowGraph.Block(label(p), ids, lines);
    }

    private String lineText(int line) {
        return line > 0 && line <= textLines.length ? textLines[line - 1].strip() : null;
    }

    private String label(int p) {
        int first = pieces.get(p).getFirst();
        int[] region = entryOf.get(first);
        if (region != null) {
            int holder = region[0];
            return describe(holder) + " " + RegionOps.of(graph.node(holder).text())
                    .regionName(region[1], regionEntries.get(holder).size());
        }
        boolean startsBlock = blocks.get(blockOf.get(first)).getFirst() == first;
        if (!startsBlock) {
            if (isLoop(first)) {
                return describe(first);
            }
            int previous = nextInBlock.indexOf(p);
            return "after " + describe(pieces.get(previous).getLast());
        }
        String written = writtenLabel(graph.node(first));
        if (written != null) {
            return written;
        }
        if (p == 0) {
            return "entry";
        }
        return isLoop(first) ? describe(first) : "%" + p;
    }

    /** The label line above the block's first instruction ({@code name:}, {@code 5:}, {@code ^bb1(...):}). */
    private String writtenLabel(Node first) {
        String above = lineText(first.irLine() - 1);
        if (above == null) {
            return null;
        }
        // LLVM: "5:   ; preds = %4"; MLIR as mlir-opt prints it: "^bb1:  // pred: ^bb0"
        int comment = above.startsWith("^") ? above.indexOf("//") : above.indexOf(';');
        String code = comment >= 0 ? above.substring(0, comment).strip() : above;
        return code.endsWith(":") ? code.substring(0, code.length() - 1) : null;
    }

    /** A region op in a few words: its name and the value it is about ({@code affine.for %i}, {@code scf.if %c}). */
    private String describe(int holder) {
        Node node = graph.node(holder);
        String text = node.fullText();
        Matcher results = RESULTS.matcher(text);
        if (results.find()) {
            text = text.substring(results.end());
        }
        int at = text.indexOf(node.text());
        if (at >= 0) {
            String rest = text.substring(at + node.text().length()).strip();
            if (rest.startsWith("%")) {
                int end = 1;
                while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_'
                        || rest.charAt(end) == '.' || rest.charAt(end) == '$' || rest.charAt(end) == '-')) {
                    end++;
                }
                return node.text() + " " + rest.substring(0, end);
            }
        }
        return node.text();
    }
}
