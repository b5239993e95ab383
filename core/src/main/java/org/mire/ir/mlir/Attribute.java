package org.mire.ir.mlir;

/**
 * An attribute of an operation. In generic form every entry of the attribute dictionary and the properties;
 * in custom form the literal values written in the operation (numbers, strings, dense/array/affine-map literals),
 * which have no name there.
 *
 * @param name  the attribute name, or empty for a literal of a custom form
 * @param value the value as written (aliases resolved), without its trailing {@code : type}
 * @param type  the type of the value when it has one ({@code f32} for {@code 1.0 : f32}), else its kind
 *              ({@code int}, {@code float}, {@code string}, {@code affine_map}, {@code dense}, ...)
 */
public record Attribute(String name, String value, String type) {
}
