package org.mire.viz.graph;

/** How a node of a {@link GraphScene} is drawn. */
public enum NodeShape {
    /** ProGraML instructions. */
    BOX,
    /** ProGraML variables. */
    ELLIPSE,
    /** ProGraML constants. */
    DIAMOND,
    /** A collapsed group (a function folded into one node). */
    ROUNDED_BOX,
    /** A basic block: a header line and text lines, like a block of Compiler Explorer's CFG view. */
    TEXT_BLOCK
}
