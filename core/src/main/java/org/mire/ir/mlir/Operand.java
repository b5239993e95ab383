package org.mire.ir.mlir;

/** A use of a value by an operation, in operand order. */
public record Operand(String name, Value value) {
}
