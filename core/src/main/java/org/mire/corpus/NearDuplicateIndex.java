package org.mire.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mire.text.NormalisedFunction;
import org.mire.text.NormalisedStatement;

/**
 * Finds functions that are near-duplicates of indexed reference functions (the evaluation kernels): the Jaccard
 * similarity of their multisets of {@link #SHINGLE}-statement shingles (consecutive normalised statements) is at
 * least a threshold. Exact hashes miss a kernel copied with an extra line, another constant folded in or a renamed
 * helper; shingles of normalised statements still match there. Shingles count with their multiplicity (the k-th
 * occurrence of a shingle is an element of its own): unoptimised code repeats the same load/store shingles many
 * times, and as plain sets two unrelated -O0 functions would look alike.
 *
 * <p>Candidates come from MinHash locality-sensitive hashing ({@link #BANDS} bands of {@link #ROWS} rows, so pairs
 * well below the threshold rarely become candidates); every candidate is then checked with the exact Jaccard
 * similarity of the two shingle sets, so the answer does not depend on the hashing's luck above the threshold.
 */
final class NearDuplicateIndex {
    /** Changes whenever shingles are computed differently, so that cached shingle sets are made again. */
    static final String VERSION = "multiset-shingles-1";
    /** Statements per shingle: one statement alone says little, three are a local piece of code. */
    static final int SHINGLE = 3;
    static final int BANDS = 32;
    static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + i);
            SEEDS[i] = x;
        }
    }

    /** A near-duplicate: the reference's name, its function, and the exact Jaccard similarity. */
    record Match(String reference, double similarity) {
    }

    private final double threshold;
    private final int minStatements;
    private final List<String> names = new ArrayList<>();
    private final List<long[]> shingleSets = new ArrayList<>();
    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();

    /**
     * @param threshold     the smallest Jaccard similarity that counts as a near-duplicate, in (0, 1]
     * @param minStatements shorter functions are neither indexed nor looked up (getters and stubs are alike everywhere)
     */
    NearDuplicateIndex(double threshold, int minStatements) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("similarity threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.minStatements = minStatements;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    double threshold() {
        return threshold;
    }

    int minStatements() {
        return minStatements;
    }

    /** Indexed reference functions. */
    int size() {
        return names.size();
    }

    /** Indexes a reference function (ignored when it is too short). */
    void add(String name, NormalisedFunction function) {
        if (function.statements().size() >= minStatements) {
            add(name, shingles(function));
        }
    }

    /** Indexes a reference function's shingle set (sorted, distinct), e.g. read back from a cache. */
    void add(String name, long[] shingles) {
        if (shingles.length == 0) {
            return;
        }
        int id = names.size();
        names.add(name);
        shingleSets.add(shingles);
        long[] signature = signature(shingles);
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(1)).add(id);
        }
    }

    /** The indexed references in order, with their shingle sets (for a cache). */
    List<Map.Entry<String, long[]>> entries() {
        List<Map.Entry<String, long[]>> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(Map.entry(names.get(i), shingleSets.get(i)));
        }
        return out;
    }

    /** The most similar reference at or above the threshold, or null. */
    Match nearest(NormalisedFunction function) {
        if (function.statements().size() < minStatements || names.isEmpty()) {
            return null;
        }
        long[] shingles = shingles(function);
        if (shingles.length == 0) {
            return null;
        }
        long[] signature = signature(shingles);
        int best = -1;
        double bestSimilarity = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            List<Integer> candidates = bands.get(b).get(bandKey(signature, b));
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                if (seen.add(id)) {
                    double similarity = jaccard(shingles, shingleSets.get(id));
                    if (similarity >= threshold && similarity > bestSimilarity) {
                        best = id;
                        bestSimilarity = similarity;
                    }
                }
            }
        }
        return best < 0 ? null : new Match(names.get(best), bestSimilarity);
    }

    /**
     * The sorted, distinct 64-bit hashes of a function's shingles: every run of {@link #SHINGLE} consecutive
     * statement texts (or the whole function when it is shorter), each hashed with its occurrence number.
     */
    static long[] shingles(NormalisedFunction function) {
        List<NormalisedStatement> statements = function.statements();
        long[] statementHashes = new long[statements.size()];
        for (int i = 0; i < statementHashes.length; i++) {
            statementHashes[i] = hash(statements.get(i).text());
        }
        int count = Math.max(1, statementHashes.length - SHINGLE + 1);
        if (statementHashes.length == 0) {
            return new long[0];
        }
        long[] out = new long[count];
        Map<Long, Integer> occurrences = new HashMap<>();
        for (int i = 0; i < count; i++) {
            long h = 0x6A09E667F3BCC909L;
            for (int j = i; j < Math.min(i + SHINGLE, statementHashes.length); j++) {
                h = mix(h * 31 + statementHashes[j]);
            }
            int occurrence = occurrences.merge(h, 1, Integer::sum);
            out[i] = mix(h + 0x9E3779B97F4A7C15L * occurrence);
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    /** Exact Jaccard similarity of two sorted, distinct arrays. */
    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private static long[] signature(long[] shingles) {
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return min;
    }

    private static long bandKey(long[] signature, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + signature[band * ROWS + r]);
        }
        return h;
    }

    /** 64-bit FNV-1a of a string's UTF-16 units, then mixed: stable across runs and JVMs. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: a cheap, well-distributed bijection on 64-bit values. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
