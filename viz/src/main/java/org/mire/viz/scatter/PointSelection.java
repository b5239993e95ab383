package org.mire.viz.scatter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which points are selected, by row index. Two views that share one instance have linked selection. Listeners run on
 * the thread that changed the selection (the FX thread in the app).
 */
public final class PointSelection {
    private final BitSet bits = new BitSet();
    private final List<Runnable> listeners = new ArrayList<>();

    public boolean contains(int index) {
        return bits.get(index);
    }

    public int count() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    /** The selected rows, ascending. */
    public int[] indices() {
        return bits.stream().toArray();
    }

    public BitSet copy() {
        return (BitSet) bits.clone();
    }

    public void set(BitSet selected) {
        if (bits.equals(selected)) {
            return;
        }
        bits.clear();
        bits.or(selected);
        fire();
    }

    public void select(int index) {
        BitSet one = new BitSet();
        one.set(index);
        set(one);
    }

    public void clear() {
        if (!bits.isEmpty()) {
            bits.clear();
            fire();
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
