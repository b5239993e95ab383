package org.mire.viz.graph;

import java.util.Arrays;

/**
 * Where each caller item appears in a scene: as whole nodes, or as lines of text blocks. Items are small
 * non-negative ints (program-graph node ids), so the index is a compressed array, built once per scene.
 */
final class ItemIndex {
    /** Entries are {@code node << 20 | (line + 1)}; line -1 (stored as 0) means the whole node. */
    private final int[] start;
    private final long[] entries;

    ItemIndex(GraphScene scene) {
        int max = -1;
        for (int i = 0; i < scene.nodeCount; i++) {
            max = Math.max(max, scene.item[i]);
            int[] items = scene.lineItems[i];
            if (items != null) {
                for (int item : items) {
                    max = Math.max(max, item);
                }
            }
        }
        int[] count = new int[max + 2];
        for (int i = 0; i < scene.nodeCount; i++) {
            if (scene.item[i] >= 0) {
                count[scene.item[i] + 1]++;
            }
            int[] items = scene.lineItems[i];
            if (items != null) {
                for (int item : items) {
                    if (item >= 0) {
                        count[item + 1]++;
                    }
                }
            }
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        start = count;
        entries = new long[count[count.length - 1]];
        int[] fill = Arrays.copyOf(count, count.length - 1);
        for (int i = 0; i < scene.nodeCount; i++) {
            if (scene.item[i] >= 0) {
                entries[fill[scene.item[i]]++] = (long) i << 20;
            }
            int[] items = scene.lineItems[i];
            if (items != null) {
                for (int line = 0; line < items.length; line++) {
                    if (items[line] >= 0) {
                        entries[fill[items[line]]++] = ((long) i << 20) | (line + 1);
                    }
                }
            }
        }
    }

    /** Calls back (node, line) for each place the item appears; line is -1 for a whole node. */
    void forEach(int item, Placement placement) {
        if (item < 0 || item + 1 >= start.length) {
            return;
        }
        for (int k = start[item]; k < start[item + 1]; k++) {
            long entry = entries[k];
            placement.at((int) (entry >>> 20), (int) (entry & 0xFFFFF) - 1);
        }
    }

    interface Placement {
        void at(int node, int line);
    }
}
