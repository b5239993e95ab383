package org.mire.graph;

/**
 * A directed edge of a {@link ProgramGraph}.
 *
 * @param source   id of the source node
 * @param target   id of the target node
 * @param flow     ProGraML flow
 * @param position operand index (data), successor index (control), or 0
 */
public record Edge(int source, int target, Flow flow, int position) {
}
