package org.mire.ir.mlir;

import java.util.List;

/** A region of an operation: a list of blocks, the first of which is the entry block. */
public record Region(List<Block> blocks) {
    public Region {
        blocks = List.copyOf(blocks);
    }
}
