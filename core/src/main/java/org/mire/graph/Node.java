package org.mire.graph;

import org.mire.ir.SourceLocation;

/**
 * A node of a {@link ProgramGraph}.
 *
 * @param id             index of the node in its graph
 * @param type           ProGraML node type
 * @param text           ProGraML's {@code text}: the opcode for instructions, the type for variables and constants,
 *                       {@code [external]} for the root
 * @param fullText       ProGraML's {@code full_text}: the instruction, or the value with its type
 * @param function       index into {@link ProgramGraph#functions()}, or -1 for nodes outside any function
 *                       (the root, constants shared by several functions)
 * @param block          module-wide index of the basic block, or -1
 * @param irLine         1-based line in the IR text that defines the node (instruction, value definition,
 *                       function header for arguments, global definition), or 0 when none
 * @param sourceLocation debug location in the original source, or null
 */
public record Node(int id, NodeType type, String text, String fullText, int function, int block, int irLine,
                   SourceLocation sourceLocation) {
}
