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
    /** Rows per block of the all-points search: a block of 512 × 512 dot products (1 MiB) stays in cache. */
    private static final int BLOCK = 512;

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
     * matrix multiplication (OpenBLAS through Smile), each block small enough to stay in a core's cache while its
     * rows are selected from; selection keeps each row's k best in a bounded heap. The blocks of different query
     * rows run on all cores, each multiplication on one BLAS thread: OpenBLAS's own threads would serialise the
     * concurrent calls and spin for a while after each one (measured: 20-40 ms of CPU per call here).
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
        // cosine works on unit vectors so a dot product is the similarity; a zero vector's dot products are all 0,
        // so its distance to everything is 1 - 0 = 1
        float[][] rows = new float[n][];
        float[] norms = new float[n];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                norm += (double) data[i][d] * data[i][d];
            }
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
        int blocks = (n + BLOCK - 1) / BLOCK;
        smile.tensor.DenseMatrix[] blockRows = new smile.tensor.DenseMatrix[blocks];
        int[][] indices = new int[n][k];
        float[][] distances = new float[n][k];
        try {
            for (int b = 0; b < blocks; b++) {
                blockRows[b] = smile.tensor.DenseMatrix.of(
                        java.util.Arrays.copyOfRange(rows, b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
            }
            OneBlasThread.enter(); // the first native call: a missing library fails here
        } catch (RuntimeException | LinkageError e) {
            throw blasMissing(e);
        }
        int parallel = Math.max(1, Math.min(blocks, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1));
        try {
            // rounds of one query block per core, so that progress and cancel stay on the calling thread
            for (int round = 0; round < blocks; round += parallel) {
                monitor.checkCancelled();
                IntStream.range(round, Math.min(blocks, round + parallel)).parallel()
                        .forEach(q -> nearestOfBlock(q, blockRows, norms, cosine, k, indices, distances));
                monitor.progress(Math.min(blocks, round + parallel), blocks, "nearest neighbours");
            }
        } finally {
            OneBlasThread.leave();
        }
        return new Graph(indices, distances, distance);
    }

    /**
     * OpenBLAS's thread count is process-wide: it is set to 1 while any search runs and restored when the last one
     * ends, so that two searches at once (say the window's t-SNE and a quality report) cannot leave it at 1.
     */
    static final class OneBlasThread {
        private static int searches;
        private static int saved;

        private OneBlasThread() {
        }

        static synchronized void enter() {
            if (searches == 0) {
                saved = smile.linalg.blas.cblas_h.openblas_get_num_threads();
                smile.linalg.blas.cblas_h.openblas_set_num_threads(1);
            }
            searches++;
        }

        static synchronized void leave() {
            searches--;
            if (searches == 0) {
                smile.linalg.blas.cblas_h.openblas_set_num_threads(saved);
            }
        }

        static synchronized int searches() {
            return searches;
        }
    }

    private static org.mire.MireException blasMissing(Throwable e) {
        return new org.mire.MireException("k-NN needs the native BLAS library (Debian/Ubuntu: apt-get install "
                + "libopenblas-dev): " + e.getMessage(), e);
    }

    /** The k nearest neighbours of the rows of query block {@code q} among all rows, into indices and distances. */
    private static void nearestOfBlock(int q, smile.tensor.DenseMatrix[] blockRows, float[] norms, boolean cosine,
                                       int k, int[][] indices, float[][] distances) {
        int qStart = q * BLOCK;
        int queries = blockRows[q].nrow();
        TopK[] tops = new TopK[queries];
        for (int r = 0; r < queries; r++) {
            tops[r] = new TopK(k);
        }
        // (candidates × queries), column-major: one column of candidate dot products per query
        smile.tensor.DenseMatrix full = smile.tensor.DenseMatrix.zeros(smile.tensor.ScalarType.Float32, BLOCK, queries);
        smile.tensor.DenseMatrix tail = null;
        float[] values = new float[BLOCK];
        for (int c = 0; c < blockRows.length; c++) {
            smile.tensor.DenseMatrix candidates = blockRows[c];
            int cStart = c * BLOCK;
            int width = candidates.nrow();
            if (width < BLOCK && tail == null) {
                tail = smile.tensor.DenseMatrix.zeros(smile.tensor.ScalarType.Float32, width, queries);
            }
            smile.tensor.DenseMatrix dots = width == BLOCK ? full : tail;
            smile.tensor.DenseMatrix.mm(1, smile.linalg.Transpose.NO_TRANSPOSE, candidates,
                    smile.linalg.Transpose.TRANSPOSE, blockRows[q], 0, dots);
            float[] products = dots.memory().heapBase().orElse(null) instanceof float[] array
                    ? array : dots.memory().toArray(java.lang.foreign.ValueLayout.JAVA_FLOAT);
            int ld = dots.ld();
            for (int r = 0; r < queries; r++) {
                int i = qStart + r;
                int column = r * ld;
                float qn = norms[i];
                // all distances of the column first (a loop the JIT vectorises), then the few that beat the k-th
                if (cosine) {
                    for (int j = 0; j < width; j++) {
                        values[j] = 1f - products[column + j];
                    }
                } else {
                    for (int j = 0; j < width; j++) {
                        values[j] = Math.max(0f, qn + norms[cStart + j] - 2f * products[column + j]);
                    }
                }
                TopK top = tops[r];
                float worst = top.worst();
                for (int j = 0; j < width; j++) {
                    if (values[j] < worst && cStart + j != i) {
                        top.offer(values[j], cStart + j);
                        worst = top.worst();
                    }
                }
            }
        }
        for (int r = 0; r < queries; r++) {
            int i = qStart + r;
            TopK top = tops[r];
            long[] sorted = top.sorted();
            for (int s = 0; s < k; s++) {
                indices[i][s] = (int) sorted[s];
                float value = Float.intBitsToFloat(orderedBitsToFloat((int) (sorted[s] >> 32)));
                distances[i][s] = cosine ? Math.max(0f, value) : (float) Math.sqrt(value);
            }
        }
    }

    /** Float bits turned into an int whose signed order is the float's order (−0 before +0, as Float.compare). */
    static int floatToOrderedBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    static int orderedBitsToFloat(int ordered) {
        return ordered ^ ((ordered >> 31) & 0x7fffffff);
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

        /**
         * The entries in ascending value order, ties by id (so results do not depend on scan order), each as
         * {@code (floatToOrderedBits(value) << 32) | id}.
         */
        long[] sorted() {
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = (long) floatToOrderedBits(values[i]) << 32 | (ids[i] & 0xFFFFFFFFL);
            }
            java.util.Arrays.sort(keys);
            return keys;
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
