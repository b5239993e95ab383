package org.mire.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mire.progress.ProgressMonitor;

/**
 * Exact k-nearest neighbours in the original space. The all-points search computes distances a block at a time from
 * dot products (a matrix multiplication per block) and keeps each row's k best in a bounded heap, so 100,000 × 256
 * needs neither an n × n matrix nor a tree that high dimensions defeat.
 */
public final class Neighbours {
    private static final int QUERY_BLOCK = 2048;
    private static final int CANDIDATE_BLOCK = 4096;

    /** One neighbour of a row: its index and its distance. */
    public record Neighbour(int index, double distance) {
    }

    /**
     * The k nearest neighbours of every row, nearest first, the row itself excluded.
     *
     * @param indices   n × k row indices
     * @param distances n × k distances (cosine distance or Euclidean norm)
     */
    public record Graph(int[][] indices, float[][] distances, Distance distance) {
        public int k() {
            return indices.length == 0 ? 0 : indices[0].length;
        }
    }

    private Neighbours() {
    }

    /** The k nearest rows of {@code data} to {@code query}, nearest first; {@code exclude} (a row or −1) is skipped. */
    public static List<Neighbour> nearest(float[][] data, float[] query, int k, Distance distance, int exclude) {
        TopK top = new TopK(Math.min(k, data.length));
        double queryNorm = 0;
        for (float v : query) {
            queryNorm += (double) v * v;
        }
        for (int j = 0; j < data.length; j++) {
            if (j == exclude) {
                continue;
            }
            float[] row = data[j];
            double dot = 0;
            double norm = 0;
            for (int d = 0; d < row.length; d++) {
                dot += (double) query[d] * row[d];
                norm += (double) row[d] * row[d];
            }
            double value = distance == Distance.COSINE
                    ? (queryNorm == 0 || norm == 0 ? 1 : 1 - dot / Math.sqrt(queryNorm * norm))
                    : Math.max(0, queryNorm + norm - 2 * dot);
            top.offer((float) value, j);
        }
        List<Neighbour> result = new ArrayList<>();
        int[] order = top.sortedIndices();
        for (int slot : order) {
            double value = top.values[slot];
            result.add(new Neighbour(top.ids[slot], distance == Distance.EUCLIDEAN ? Math.sqrt(value) : value));
        }
        return result;
    }

    /**
     * The k nearest neighbours of every row (exact). Dot products come a block at a time from single-precision
     * matrix multiplication (OpenBLAS through Smile); selection keeps each row's k best in a bounded heap.
     *
     * @throws org.mire.MireException when the native BLAS library is missing
     */
    public static Graph all(float[][] data, int k, Distance distance, ProgressMonitor monitor)
            throws org.mire.MireException {
        int n = data.length;
        if (k >= n) {
            throw new IllegalArgumentException("k = " + k + " needs more than " + n + " rows");
        }
        int dim = n == 0 ? 0 : data[0].length;
        boolean cosine = distance == Distance.COSINE;
        // cosine works on unit vectors so a dot product is the similarity
        float[][] rows = new float[n][];
        float[] norms = new float[n];
        boolean[] zero = new boolean[n];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                norm += (double) data[i][d] * data[i][d];
            }
            zero[i] = norm == 0;
            if (cosine && norm > 0) {
                float[] unit = new float[dim];
                double scale = 1 / Math.sqrt(norm);
                for (int d = 0; d < dim; d++) {
                    unit[d] = (float) (data[i][d] * scale);
                }
                rows[i] = unit;
            } else {
                rows[i] = data[i];
            }
            norms[i] = (float) (cosine ? (norm > 0 ? 1 : 0) : norm);
        }
        int[][] indices = new int[n][k];
        float[][] distances = new float[n][k];
        TopK[] tops = new TopK[n];
        for (int i = 0; i < n; i++) {
            tops[i] = new TopK(k);
        }
        smile.tensor.DenseMatrix all;
        try {
            all = smile.tensor.DenseMatrix.of(rows);
        } catch (RuntimeException | LinkageError e) {
            throw new org.mire.MireException("k-NN needs the native BLAS library (Debian/Ubuntu: apt-get install "
                    + "libopenblas-dev): " + e.getMessage(), e);
        }
        long total = (long) ((n + QUERY_BLOCK - 1) / QUERY_BLOCK) * ((n + CANDIDATE_BLOCK - 1) / CANDIDATE_BLOCK);
        long done = 0;
        for (int qStart = 0; qStart < n; qStart += QUERY_BLOCK) {
            int qEnd = Math.min(n, qStart + QUERY_BLOCK);
            smile.tensor.DenseMatrix queries = all.rows(range(qStart, qEnd));
            for (int cStart = 0; cStart < n; cStart += CANDIDATE_BLOCK) {
                monitor.checkCancelled();
                int cEnd = Math.min(n, cStart + CANDIDATE_BLOCK);
                smile.tensor.DenseMatrix candidates = all.rows(range(cStart, cEnd));
                smile.tensor.DenseMatrix dots;
                try {
                    dots = candidates.mt(queries); // (candidates × queries), column-major: one column per query
                } catch (RuntimeException | LinkageError e) {
                    throw new org.mire.MireException("k-NN needs the native BLAS library (Debian/Ubuntu: "
                            + "apt-get install libopenblas-dev): " + e.getMessage(), e);
                }
                float[] block = dots.memory().heapBase().orElse(null) instanceof float[] array
                        ? array : dots.memory().toArray(java.lang.foreign.ValueLayout.JAVA_FLOAT);
                int ld = dots.ld();
                int from = cStart;
                int width = cEnd - cStart;
                int firstQuery = qStart;
                IntStream.range(qStart, qEnd).parallel().forEach(i -> {
                    TopK top = tops[i];
                    int column = (i - firstQuery) * ld;
                    float qn = norms[i];
                    for (int j = 0; j < width; j++) {
                        int c = from + j;
                        if (c == i) {
                            continue;
                        }
                        float dot = block[column + j];
                        float value = cosine
                                ? (zero[i] || zero[c] ? 1f : 1f - dot)
                                : Math.max(0f, qn + norms[c] - 2f * dot);
                        if (value < top.worst()) {
                            top.offer(value, c);
                        }
                    }
                });
                done++;
                monitor.progress(done, total, "nearest neighbours");
            }
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            TopK top = tops[i];
            int[] order = top.sortedIndices();
            for (int s = 0; s < k; s++) {
                indices[i][s] = top.ids[order[s]];
                float value = top.values[order[s]];
                distances[i][s] = cosine ? Math.max(0f, value) : (float) Math.sqrt(value);
            }
            tops[i] = null;
        });
        return new Graph(indices, distances, distance);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    /** A bounded max-heap of the k smallest values seen. */
    static final class TopK {
        final float[] values;
        final int[] ids;
        int size;

        TopK(int k) {
            values = new float[k];
            ids = new int[k];
        }

        float worst() {
            return size < values.length ? Float.POSITIVE_INFINITY : values[0];
        }

        void offer(float value, int id) {
            if (size < values.length) {
                int i = size++;
                values[i] = value;
                ids[i] = id;
                while (i > 0) {
                    int parent = (i - 1) / 2;
                    if (values[parent] >= values[i]) {
                        break;
                    }
                    swap(i, parent);
                    i = parent;
                }
                return;
            }
            if (value >= values[0]) {
                return;
            }
            values[0] = value;
            ids[0] = id;
            int i = 0;
            while (true) {
                int left = 2 * i + 1;
                int largest = i;
                if (left < size && values[left] > values[largest]) {
                    largest = left;
                }
                if (left + 1 < size && values[left + 1] > values[largest]) {
                    largest = left + 1;
                }
                if (largest == i) {
                    break;
                }
                swap(i, largest);
                i = largest;
            }
        }

        private void swap(int a, int b) {
            float v = values[a];
            values[a] = values[b];
            values[b] = v;
            int t = ids[a];
            ids[a] = ids[b];
            ids[b] = t;
        }

        /** Slots in ascending value order (ties by id, so results do not depend on scan order). */
        int[] sortedIndices() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> {
                int c = Float.compare(values[a], values[b]);
                return c != 0 ? c : Integer.compare(ids[a], ids[b]);
            });
            int[] result = new int[size];
            for (int i = 0; i < size; i++) {
                result[i] = order[i];
            }
            return result;
        }
    }
}
