package org.mire.viz.graph.layout;

import org.mire.progress.ProgressMonitor;

/** The layouts the graph view offers. Each runs off the UI thread and honours cancellation. */
public enum LayoutAlgorithm {
    /** Own Sugiyama-style layered layout of each function, functions packed in file order. Fast at any size. */
    LAYERED("Layered per function", "Sugiyama layering of each function; fast for any size"),
    /** ELK Layered on each function: fewer crossings and routed edges, slower. */
    LAYERED_ELK("Layered per function (ELK)", "Eclipse Layout Kernel, layered; better routing, slower"),
    /** JGraphT Fruchterman–Reingold, O(n²) per iteration. */
    FORCE_DIRECTED("Force-directed (FR)", "JGraphT Fruchterman-Reingold; O(n^2) per iteration, small graphs"),
    /** JGraphT Fruchterman–Reingold with a Barnes–Hut quadtree, O(n log n) per iteration. */
    FORCE_DIRECTED_INDEXED("Force-directed (Barnes-Hut)", "JGraphT indexed FR (Barnes-Hut); large graphs"),
    /** JGraphT circular layout, nodes in function order. */
    CIRCULAR("Circular", "JGraphT circular layout in function order");

    private final String displayName;
    private final String description;

    LayoutAlgorithm(String displayName, String description) {
        this.displayName = displayName;
        this.description = description;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    /** Lays the graph out. Throws {@link org.mire.progress.CancelledException} when the monitor is cancelled. */
    public GraphLayout layout(LayoutGraph graph, ProgressMonitor monitor) {
        return switch (this) {
            case LAYERED -> new LayeredLayout().layout(graph, monitor);
            case LAYERED_ELK -> new ElkLayeredLayout().layout(graph, monitor);
            case FORCE_DIRECTED -> new ForceDirectedLayout(false).layout(graph, monitor);
            case FORCE_DIRECTED_INDEXED -> new ForceDirectedLayout(true).layout(graph, monitor);
            case CIRCULAR -> new CircularLayout().layout(graph, monitor);
        };
    }

    @Override
    public String toString() {
        return displayName;
    }
}
