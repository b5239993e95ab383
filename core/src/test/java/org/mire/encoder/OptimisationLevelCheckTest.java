package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimisationLevelCheckTest {
    private static OptimisationLevelCheck.Vector v(String program, String function, float... values) {
        return new OptimisationLevelCheck.Vector(program, function, values);
    }

    @Test
    void ownVectorsThatAreNearestGiveFullRate() {
        List<OptimisationLevelCheck.Vector> low = List.of(v("a", "f", 1, 0), v("b", "g", 0, 1), v("c", "only", 1, 1));
        List<OptimisationLevelCheck.Vector> high = List.of(v("a", "f", 0.9f, 0.1f), v("b", "g", 0.1f, 0.9f));
        OptimisationLevelCheck.Result result = OptimisationLevelCheck.evaluate(low, high);
        assertEquals(2, result.functions());
        assertEquals(2, result.pairs());
        assertEquals(1.0, result.rate(), 1e-12);
        assertEquals(1.0, result.top1(), 1e-12);
    }

    @Test
    void swappedVectorsGiveZeroAndIdenticalVectorsGiveChance() {
        List<OptimisationLevelCheck.Vector> low = List.of(v("a", "f", 1, 0), v("b", "g", 0, 1));
        assertEquals(0.0, OptimisationLevelCheck.evaluate(low,
                List.of(v("a", "f", 0, 1), v("b", "g", 1, 0))).rate(), 1e-12);
        assertEquals(0.5, OptimisationLevelCheck.evaluate(low,
                List.of(v("a", "f", 1, 1), v("b", "g", 1, 1))).rate(), 1e-12);
    }
}
