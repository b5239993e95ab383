package org.mire.encoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sanity check of a trained encoder: is the same function compiled at two optimisation levels nearer (by cosine
 * similarity) than two unrelated functions? For every function f of program p present at both levels, its low-level
 * vector is compared with its own high-level vector and with the high-level vector of every function of every
 * other program; the rate is the fraction of those (own, unrelated) comparisons the own vector wins, ties counting
 * half. Chance is 50%.
 */
public final class OptimisationLevelCheck {

    /** One function's vector at one level. */
    public record Vector(String program, String function, float[] values) {
    }

    /**
     * @param rate      fraction of (own, unrelated) comparisons won by the own vector
     * @param top1      fraction of functions whose own high-level vector is the nearest of all high-level vectors
     * @param functions functions present at both levels
     * @param pairs     comparisons made
     */
    public record Result(double rate, double top1, int functions, long pairs) {
    }

    private OptimisationLevelCheck() {
    }

    public static Result evaluate(List<Vector> low, List<Vector> high) {
        Map<String, Vector> highByKey = new HashMap<>();
        for (Vector v : high) {
            highByKey.put(v.program() + "\u0000" + v.function(), v);
        }
        List<Vector[]> matched = new ArrayList<>();
        for (Vector v : low) {
            Vector own = highByKey.get(v.program() + "\u0000" + v.function());
            if (own != null) {
                matched.add(new Vector[] {v, own});
            }
        }
        double wins = 0;
        long pairs = 0;
        int top1 = 0;
        for (Vector[] pair : matched) {
            double ownSimilarity = cosine(pair[0].values(), pair[1].values());
            boolean nearest = true;
            for (Vector other : high) {
                if (other == pair[1]) {
                    continue;
                }
                double similarity = cosine(pair[0].values(), other.values());
                if (similarity >= ownSimilarity) {
                    nearest = false;
                }
                if (other.program().equals(pair[0].program())) {
                    continue;
                }
                pairs++;
                wins += ownSimilarity > similarity ? 1 : ownSimilarity == similarity ? 0.5 : 0;
            }
            if (nearest) {
                top1++;
            }
        }
        return new Result(pairs == 0 ? Double.NaN : wins / pairs,
                matched.isEmpty() ? Double.NaN : (double) top1 / matched.size(), matched.size(), pairs);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(Math.max(na * nb, 1e-30));
    }
}
