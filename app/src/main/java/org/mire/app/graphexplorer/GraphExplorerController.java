package org.mire.app.graphexplorer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.InvalidationListener;
import org.eclipse.elk.core.options.EdgeRouting;
import org.mire.app.background.LatestTask;
import org.mire.app.background.TaskExecutor;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.Flow;
import org.mire.graph.GraphScope;
import org.mire.graph.GraphStatistics;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.graph.view.GraphProjection;
import org.mire.graph.view.NodeDetails;
import org.mire.graph.view.NodeLines;
import org.mire.graph.view.VisibleGraph;
import org.mire.progress.CancelledException;
import org.mire.viz.graph.GraphPalette;
import org.mire.viz.graph.GraphScene;
import org.mire.viz.graph.NodeShape;
import org.mire.viz.graph.ProgramGraphScenes;
import org.mire.viz.graph.TextBlocks;
import org.mire.viz.graph.layout.ElkLayeredLayout;
import org.mire.viz.graph.layout.GraphLayout;
import org.mire.viz.graph.layout.LayoutAlgorithm;
import org.mire.viz.graph.layout.LayoutGraph;
import org.mire.viz.graph.layout.ProgramGraphLayouts;

/**
 * Keeps an {@link GraphExplorerModel}'s computed state in step with its settings: a change of graph, view, scope,
 * function, layout or collapsed functions re-projects and re-lays out in the background (the newest request wins,
 * older ones are cancelled); a change of palette or filter only restyles the current layout, so nothing moves.
 * Also the interactor for selection, linking with IR lines, search and collapsing.
 */
public final class GraphExplorerController {
    /** Longest instruction shown in a control-flow block, in characters. */
    private static final int BLOCK_COLUMNS = 72;
    /** Above this many nodes a graph opens on its first function rather than the whole module. */
    static final int MODULE_SCOPE_LIMIT = 60_000;

    private final GraphExplorerModel model;
    private final LatestTask layoutTask;
    private NodeLines lines;
    private long requests;
    private int searchCursor = -1;

    /** The result of a background structure computation. */
    private record Structure(VisibleGraph visible, GraphLayout layout, ControlFlowGraph controlFlow, long nanos,
                             GraphScene scene, Style style) {
    }

    /** What a scene's look depends on besides the layout: the palette and the filters. */
    private record Style(GraphPalette palette, Set<Flow> flows, Set<NodeType> types) {
    }

    private Style currentStyle() {
        Set<Flow> flows = java.util.EnumSet.noneOf(Flow.class);
        model.flowVisible.forEach((flow, visible) -> {
            if (visible.get()) {
                flows.add(flow);
            }
        });
        Set<NodeType> types = java.util.EnumSet.noneOf(NodeType.class);
        model.typeVisible.forEach((type, visible) -> {
            if (visible.get()) {
                types.add(type);
            }
        });
        return new Style(model.palette.get(), flows, types);
    }

    public GraphExplorerController(GraphExplorerModel model, TaskExecutor executor) {
        this.model = model;
        this.layoutTask = new LatestTask(executor);
        // Measure the block font once here, on the FX thread, before any background layout needs it.
        TextBlocks.charWidth();

        model.graph.addListener((obs, old, now) -> graphChanged(now));
        InvalidationListener structure = obs -> scheduleStructure();
        model.viewMode.addListener(structure);
        model.layout.addListener(structure);
        model.scope.addListener(structure);
        model.function.addListener((obs, old, now) -> {
            if (model.scope.get() != GraphScope.MODULE || model.viewMode.get() == GraphExplorerModel.ViewMode.CONTROL_FLOW) {
                scheduleStructure();
            }
        });
        model.collapsed.addListener((javafx.collections.SetChangeListener<Integer>) change -> scheduleStructure());
        InvalidationListener style = obs -> restyle(false);
        model.palette.addListener(style);
        model.flowVisible.values().forEach(p -> p.addListener(style));
        model.typeVisible.values().forEach(p -> p.addListener(style));
        model.selectedNode.addListener((obs, old, now) -> updateDetails());
        model.searchQuery.addListener((obs, old, now) -> updateSearch());
    }

    public GraphExplorerModel model() {
        return model;
    }

    // ---- structure

    private void graphChanged(ProgramGraph graph) {
        model.selectedNode.set(-1);
        model.linkedNodes.set(new int[0]);
        model.collapsed.clear();
        lines = graph == null ? null : new NodeLines(graph);
        model.statistics.set(null);
        if (graph == null) {
            layoutTask.cancel();
            model.visibleGraph.set(null);
            model.graphLayout.set(null);
            model.controlFlow.set(null);
            model.busy.set(false);
            setScene(GraphScene.empty(), true);
            return;
        }
        List<String> defined = graph.definedFunctions();
        if (model.function.get() == null || graph.functionIndex(model.function.get()) < 0) {
            model.function.set(defined.isEmpty() ? null : defined.getFirst());
        }
        if (graph.nodeCount() > MODULE_SCOPE_LIMIT && model.scope.get() == GraphScope.MODULE) {
            model.scope.set(GraphScope.FUNCTION);
        }
        scheduleStructure();
    }

    /** Recomputes projection and layout in the background. */
    public void scheduleStructure() {
        ProgramGraph graph = model.graph.get();
        if (graph == null) {
            return;
        }
        GraphExplorerModel.ViewMode mode = model.viewMode.get();
        LayoutAlgorithm algorithm = model.layout.get();
        GraphScope scope = model.scope.get();
        String function = model.function.get();
        Set<Integer> collapsed = new HashSet<>(model.collapsed);
        String text = model.irText.get();
        model.busy.set(true);
        model.problem.set(null);
        Style style = currentStyle();
        String title = mode == GraphExplorerModel.ViewMode.CONTROL_FLOW
                ? "Control-flow graph of " + function : algorithm.displayName() + " of " + graph.name();
        layoutTask.submit(title, monitor -> {
            long start = System.nanoTime();
            if (mode == GraphExplorerModel.ViewMode.CONTROL_FLOW) {
                if (function == null) {
                    return new Structure(null, null, null, 0, GraphScene.empty(), style);
                }
                ControlFlowGraph cfg = ControlFlowGraph.of(graph, function, text);
                GraphLayout layout = ElkLayeredLayout.inModelOrder(EdgeRouting.ORTHOGONAL, 28, 34, 7)
                        .layout(blockLayoutInput(cfg), monitor);
                long nanos = System.nanoTime() - start;
                return new Structure(null, layout, cfg, nanos,
                        controlFlowScene(cfg, layout, style.palette()).prepare(), style);
            }
            VisibleGraph visible = GraphProjection.project(graph, scope, function, collapsed, monitor);
            LayoutGraph input = ProgramGraphLayouts.input(visible.graph(), visible::isSummary);
            GraphLayout layout = algorithm.layout(input, monitor);
            long nanos = System.nanoTime() - start;
            // The scene and its lookup structures are built here too, so the UI thread only swaps it in.
            GraphScene scene = programScene(graph, visible, layout, style).prepare();
            return new Structure(visible, layout, null, nanos, scene, style);
        }, this::structureReady, failure -> {
            model.busy.set(false);
            if (!(failure instanceof CancelledException)) {
                model.problem.set("Layout failed: " + (failure.getMessage() == null ? failure.toString()
                        : failure.getMessage()));
            }
        });
    }

    private static LayoutGraph blockLayoutInput(ControlFlowGraph cfg) {
        LayoutGraph input = new LayoutGraph();
        for (ControlFlowGraph.Block block : cfg.blocks()) {
            int columns = block.label().length() + 1;
            for (String line : block.lines()) {
                columns = Math.max(columns, Math.min(BLOCK_COLUMNS, line.length()));
            }
            input.addNode(TextBlocks.width(columns), TextBlocks.height(block.lines().length + 1), 0);
        }
        for (ControlFlowGraph.BlockEdge edge : cfg.edges()) {
            input.addEdge(edge.source(), edge.target(), 1);
        }
        return input;
    }

    private void structureReady(Structure structure) {
        model.busy.set(false);
        model.layoutNanos.set(structure.nanos());
        model.visibleGraph.set(structure.visible());
        model.controlFlow.set(structure.controlFlow());
        model.graphLayout.set(structure.layout());
        if (structure.visible() != null) {
            model.statistics.set(GraphStatistics.of(structure.visible().graph()));
            ProgramGraph shown = structure.visible().graph();
            model.summary.set(String.format(Locale.ROOT, "%,d nodes · %,d edges · %s in %.2f s", shown.nodeCount(),
                    shown.edgeCount(), model.layout.get().displayName(), structure.nanos() / 1e9));
        } else if (structure.controlFlow() != null) {
            ControlFlowGraph cfg = structure.controlFlow();
            model.summary.set(String.format(Locale.ROOT, "Control flow of %s: %,d blocks · %,d edges · %.2f s",
                    cfg.function(), cfg.blocks().size(), cfg.edges().size(), structure.nanos() / 1e9));
        } else {
            model.summary.set("No function to show");
        }
        if (structure.style().equals(currentStyle()) && structure.scene() != null) {
            setScene(structure.scene(), true);
        } else {
            restyle(true);
        }
        // A node the new view does not draw (another function, the program graph's variables in a CFG) is no longer
        // selected, so Details shows what is on screen rather than a node from the previous view.
        if (model.selectedNode.get() >= 0 && !shows(structure, model.selectedNode.get())) {
            model.selectedNode.set(-1);
        }
        updateSearch();
    }

    private static boolean shows(Structure structure, int node) {
        if (structure.visible() != null) {
            for (int origin : structure.visible().origin()) {
                if (origin == node) {
                    return true;
                }
            }
            return false;
        }
        if (structure.controlFlow() != null) {
            for (ControlFlowGraph.Block block : structure.controlFlow().blocks()) {
                for (int instruction : block.instructions()) {
                    if (instruction == node) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- scenes

    /** Rebuilds the scene from the current layout with the current palette and filters. */
    public void restyle(boolean isNew) {
        GraphLayout layout = model.graphLayout.get();
        if (layout == null) {
            setScene(GraphScene.empty(), isNew);
            return;
        }
        GraphPalette palette = model.palette.get();
        if (model.controlFlow.get() != null && model.viewMode.get() == GraphExplorerModel.ViewMode.CONTROL_FLOW) {
            setScene(controlFlowScene(model.controlFlow.get(), layout, palette), isNew);
            return;
        }
        VisibleGraph visible = model.visibleGraph.get();
        if (visible == null) {
            setScene(GraphScene.empty(), isNew);
            return;
        }
        setScene(programScene(model.graph.get(), visible, layout, currentStyle()), isNew);
    }

    private static GraphScene programScene(ProgramGraph full, VisibleGraph visible, GraphLayout layout, Style style) {
        ProgramGraph shown = visible.graph();
        ProgramGraphScenes.Options options = new ProgramGraphScenes.Options(style.palette(), visible.items(),
                visible::isSummary,
                i -> visible.isSummary(i) || style.types().contains(shown.node(i).type()),
                e -> style.flows().contains(shown.edges().get(e).flow()),
                g -> g < full.functions().size() ? full.functions().get(g) : null);
        return ProgramGraphScenes.build(shown, layout, options);
    }

    private static GraphScene controlFlowScene(ControlFlowGraph cfg, GraphLayout layout, GraphPalette palette) {
        GraphScene.Builder builder = new GraphScene.Builder();
        List<ControlFlowGraph.Block> blocks = cfg.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            ControlFlowGraph.Block block = blocks.get(b);
            int lineCount = block.lines().length + 1;
            int columns = block.label().length() + 1;
            String[] text = new String[lineCount];
            int[] items = new int[lineCount];
            text[0] = block.label() + ":";
            items[0] = -1;
            for (int i = 0; i < block.lines().length; i++) {
                text[i + 1] = block.lines()[i];
                items[i + 1] = block.instructions()[i];
                columns = Math.max(columns, Math.min(BLOCK_COLUMNS, block.lines()[i].length()));
            }
            int node = builder.addNode(layout.x(b), layout.y(b), TextBlocks.width(columns),
                    TextBlocks.height(lineCount), NodeShape.TEXT_BLOCK, palette.blockFill(), palette.blockStroke(),
                    palette.text(), block.label(), block.instructions()[0]);
            builder.setLines(node, text, items);
        }
        for (int e = 0; e < cfg.edges().size(); e++) {
            ControlFlowGraph.BlockEdge edge = cfg.edges().get(e);
            int color = switch (edge.kind()) {
                case TRUE -> palette.branchTrue();
                case FALSE -> palette.branchFalse();
                case UNCONDITIONAL -> palette.branchAlways();
                case OTHER -> palette.flow(Flow.CONTROL);
            };
            builder.addEdge(edge.source(), edge.target(), color, 1.6, layout.edgeRoute(e), null, false);
        }
        return builder.build();
    }

    private void setScene(GraphScene scene, boolean isNew) {
        model.sceneIsNew.set(isNew);
        model.scene.set(scene);
    }

    // ---- selection and linking

    /** Selects a node (full-graph id, -1 clears), asks the text to show its line and, optionally, the graph. */
    public void selectNode(int id, boolean revealInGraph) {
        ProgramGraph graph = model.graph.get();
        if (graph == null || id < 0 || id >= graph.nodeCount()) {
            model.selectedNode.set(-1);
            return;
        }
        model.selectedNode.set(id);
        int line = graph.node(id).irLine();
        if (line > 0) {
            model.revealLine.set(new GraphExplorerModel.Request(line, ++requests));
        }
        if (revealInGraph) {
            model.revealItem.set(new GraphExplorerModel.Request(id, ++requests));
        }
    }

    /** A click in the graph on an item: a node, or (beyond the node count) a collapsed function. */
    public void itemClicked(int item, int clickCount) {
        ProgramGraph graph = model.graph.get();
        if (graph == null || item < 0) {
            model.selectedNode.set(-1);
            return;
        }
        if (item >= graph.nodeCount()) {
            int function = item - graph.nodeCount();
            if (clickCount >= 2) {
                model.collapsed.remove(function);
            } else {
                model.selectedNode.set(-1);
                int line = headerLine(function);
                if (line > 0) {
                    model.revealLine.set(new GraphExplorerModel.Request(line, ++requests));
                }
            }
            return;
        }
        selectNode(item, false);
    }

    private int headerLine(int function) {
        int best = 0;
        for (Node node : model.graph.get().nodes()) {
            if (node.function() == function && node.irLine() > 0 && (best == 0 || node.irLine() < best)) {
                best = node.irLine();
            }
        }
        return best;
    }

    /** These IR lines (1-based, e.g. those a source line became) are marked: mark their nodes in the graph. */
    public void irLinesSelected(int[] irLines) {
        if (lines == null) {
            model.linkedNodes.set(new int[0]);
            return;
        }
        model.linkedNodes.set(java.util.Arrays.stream(irLines).flatMap(l -> java.util.Arrays.stream(
                lines.nodesOnLines(l, l))).distinct().toArray());
    }

    /** The text selection covers these lines (1-based): mark their nodes in the graph. */
    public void linesSelected(int first, int last) {
        model.linkedNodes.set(lines == null ? new int[0] : lines.nodesOnLines(first, last));
    }

    private void updateDetails() {
        int id = model.selectedNode.get();
        ProgramGraph graph = model.graph.get();
        model.details.set(graph == null || id < 0 ? null : NodeDetails.of(graph, id));
    }

    // ---- collapsing

    public void collapse(int function) {
        model.collapsed.add(function);
    }

    public void expand(int function) {
        model.collapsed.remove(function);
    }

    public void expandAll() {
        model.collapsed.clear();
    }

    /** Collapses every defined function but this one. */
    public void collapseAllExcept(int keep) {
        ProgramGraph graph = model.graph.get();
        if (graph == null) {
            return;
        }
        Set<Integer> all = new LinkedHashSet<>();
        for (String name : graph.definedFunctions()) {
            int f = graph.functionIndex(name);
            if (f != keep) {
                all.add(f);
            }
        }
        model.collapsed.retainAll(all);
        model.collapsed.addAll(all);
    }

    // ---- search

    private void updateSearch() {
        String query = model.searchQuery.get();
        searchCursor = -1;
        if (query == null || query.isBlank() || model.graph.get() == null) {
            model.searchHits.set(new int[0]);
            return;
        }
        model.searchHits.set(find(query.strip()));
    }

    /** Shown nodes whose text or full text contains the query, ignoring case. */
    int[] find(String query) {
        ProgramGraph graph = model.graph.get();
        String needle = query.toLowerCase(Locale.ROOT);
        List<Integer> hits = new ArrayList<>();
        for (int id : shownNodes()) {
            Node node = graph.node(id);
            if (node.text().toLowerCase(Locale.ROOT).contains(needle)
                    || node.fullText().toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(id);
            }
        }
        return hits.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] shownNodes() {
        if (model.viewMode.get() == GraphExplorerModel.ViewMode.CONTROL_FLOW && model.controlFlow.get() != null) {
            return model.controlFlow.get().blocks().stream().flatMapToInt(b -> java.util.Arrays.stream(
                    b.instructions())).toArray();
        }
        VisibleGraph visible = model.visibleGraph.get();
        if (visible == null) {
            return new int[0];
        }
        ProgramGraph graph = model.graph.get();
        return java.util.Arrays.stream(visible.origin()).filter(id -> id >= 0
                && model.typeVisible.get(graph.node(id).type()).get()).toArray();
    }

    /** Selects and shows the next (or previous) search hit; returns its position (1-based) or 0. */
    public int nextSearchHit(boolean forward) {
        int[] hits = model.searchHits.get();
        if (hits.length == 0) {
            return 0;
        }
        searchCursor = Math.floorMod(searchCursor + (forward ? 1 : -1), hits.length);
        if (searchCursor < 0) {
            searchCursor = 0;
        }
        selectNode(hits[searchCursor], true);
        return searchCursor + 1;
    }

    // ---- scope helpers

    /** Shows one function (its program graph, or its CFG in the control-flow view) and its header in the text. */
    public void focusFunction(String name) {
        model.function.set(name);
        if (model.viewMode.get() == GraphExplorerModel.ViewMode.PROGRAM_GRAPH) {
            model.scope.set(GraphScope.FUNCTION);
        }
        ProgramGraph graph = model.graph.get();
        int function = graph == null ? -1 : graph.functionIndex(name);
        int line = function < 0 ? 0 : headerLine(function);
        if (line > 0) {
            model.revealLine.set(new GraphExplorerModel.Request(line, ++requests));
        }
    }

    /** Whether a node type is one the legend filters (TYPE nodes are not produced by default). */
    public static boolean filterable(NodeType type) {
        return type != NodeType.TYPE;
    }
}
