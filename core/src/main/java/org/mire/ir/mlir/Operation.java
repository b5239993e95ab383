package org.mire.ir.mlir;

import java.util.List;
import org.mire.ir.SourceLocation;

/**
 * An MLIR operation.
 *
 * @param name           full operation name ({@code arith.addf}; default-dialect short names are expanded, so
 *                       {@code return} inside {@code func.func} is {@code func.return})
 * @param results        results in order
 * @param operands       operands in order (for custom forms: in the order they are written)
 * @param successors     successor blocks of a terminator
 * @param regions        regions in order
 * @param attributes     attributes (see {@link Attribute})
 * @param line           1-based line where the operation starts (its first result, or its name); for an implicit
 *                       terminator the line of its region's closing brace
 * @param column         1-based column of that position
 * @param location       the source location from a trailing {@code loc(...)}, or null
 * @param text           the operation as written on one line, with nested region bodies shown as {@code {...}};
 *                       empty for an implicit terminator
 * @param generic        whether it was written in generic form
 * @param implicit       whether it is a terminator that the custom form leaves out (such as {@code scf.yield}
 *                       with no operands) and the parser added, as mlir-opt's parser does
 * @param impliedRegions number of regions the custom form implies but does not print (named linalg ops carry
 *                       their computation as a region that only the generic form shows); they are not in
 *                       {@link #regions()}
 */
public record Operation(String name, List<Value> results, List<Operand> operands, List<Successor> successors,
                        List<Region> regions, List<Attribute> attributes, int line, int column,
                        SourceLocation location, String text, boolean generic, boolean implicit,
                        int impliedRegions) {
    public Operation {
        results = List.copyOf(results);
        operands = List.copyOf(operands);
        successors = List.copyOf(successors);
        regions = List.copyOf(regions);
        attributes = List.copyOf(attributes);
    }

    /** The dialect prefix of the name ({@code arith} for {@code arith.addf}). */
    public String dialect() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The value of the attribute with this name, or null. */
    public String attribute(String attributeName) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(attributeName)) {
                return attribute.value();
            }
        }
        return null;
    }
}
