package org.mire.embed.projection;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;

/**
 * Barnes-Hut t-SNE in 2-D (van der Maaten 2014): sparse input similarities from exact k-NN, attraction over those
 * neighbours, repulsion from a quadtree whose cells far enough away (width/distance &lt; θ) act as one body. While
 * the embedding is small enough (early exaggeration and a little after, from 2,048 points on) the repulsion comes
 * from FFT-accelerated interpolation instead ({@link InterpolatedRepulsion}, FIt-SNE), which is cheaper then at the
 * same accuracy (ADR 0014).
 * Optimiser as in bhtsne/openTSNE: PCA initialisation (scaled to σ = 1e-4), 250 iterations with exaggeration 12 and
 * momentum 0.5, then momentum 0.8, delta-bar-delta gains, learning rate max(200, n/12) by default.
 */
public final class BarnesHutTsne {
    private static final int CHUNK = 512;
    /** Points (consecutive on the Z-order curve) that share one walk of the tree. */
    private static final int GROUP = 16;

    private BarnesHutTsne() {
    }

    public static Projection project(float[][] data, ProjectionParameters.Tsne parameters, TsneController controller)
            throws MireException {
        long start = System.nanoTime();
        int n = data.length;
        if (n < 4) {
            throw new MireException("t-SNE needs at least 4 vectors, got " + n);
        }
        ProgressMonitor monitor = controller.monitor();
        float[][] input = data;
        if (parameters.pcaDimensions() > 0 && data[0].length > parameters.pcaDimensions()
                && n > parameters.pcaDimensions()) {
            monitor.progress(-1, "t-SNE: PCA to " + parameters.pcaDimensions() + " dimensions");
            input = Pca.project(data, parameters.pcaDimensions()).points();
        }
        monitor.progress(-1, "t-SNE: input similarities (k-NN)");
        TsneAffinities p = TsneAffinities.of(input, parameters.perplexity(), monitor);
        double[] y = initialise(input, parameters.seed());
        double[] kl = {Double.NaN};
        optimise(p, y, parameters, controller, kl);
        float[][] points = new float[n][2];
        for (int i = 0; i < n; i++) {
            points[i][0] = (float) y[2 * i];
            points[i][1] = (float) y[2 * i + 1];
        }
        return new Projection(points, parameters, new double[0], kl[0], (System.nanoTime() - start) / 1_000_000);
    }

    /** First two principal components, scaled so the first has standard deviation 1e-4, plus seeded jitter. */
    static double[] initialise(float[][] data, long seed) throws MireException {
        int n = data.length;
        float[][] pcs = Pca.project(data, 2).points();
        double sd = 0;
        for (float[] pc : pcs) {
            sd += (double) pc[0] * pc[0];
        }
        sd = Math.sqrt(sd / n);
        double scale = sd > 0 ? 1e-4 / sd : 1;
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 2; d++) {
                double v = d < pcs[i].length ? pcs[i][d] * scale : 0;
                // a little seeded noise separates duplicate inputs and makes the seed matter
                y[2 * i + d] = v + 1e-6 * (random.nextDouble() - 0.5);
            }
        }
        return y;
    }

    /** Runs the iterations on {@code y} in place; returns how many took the repulsion from the interpolation grid. */
    static int optimise(TsneAffinities p, double[] y, ProjectionParameters.Tsne parameters,
                        TsneController controller, double[] klOut) {
        int n = p.size();
        int iterations = parameters.iterations();
        double rate = parameters.learningRate(n);
        double theta = parameters.theta();
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        Arrays.fill(gains, 1);
        double[] attract = new double[2 * n];
        double[] repulse = new double[2 * n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] zChunks = new double[chunks];
        double[] klChunks = new double[chunks];
        InterpolatedRepulsion fft = new InterpolatedRepulsion(n, InterpolatedRepulsion.Grid.FIT_SNE);
        QuadTree tree = null;
        int[] order = new int[n];
        boolean ordered = false;
        int interpolations = 0;
        for (int iteration = 1; iteration <= iterations; iteration++) {
            boolean exaggerated = iteration <= ProjectionParameters.Tsne.EARLY_EXAGGERATION_ITERATIONS;
            double exaggeration = exaggerated ? ProjectionParameters.Tsne.EARLY_EXAGGERATION : 1;
            double momentum = exaggerated ? 0.5 : 0.8;
            boolean wantKl = iteration % 50 == 0 || iteration == iterations;
            // the interpolation grid's cost grows with the embedding's area, the tree's with n log n: FFT while the
            // embedding is small (early exaggeration and a little after), the tree once its grid would be larger
            boolean interpolated = fft.cheaperThanTree(y);
            if (!interpolated && (!ordered || iteration % 10 == 0)) {
                mortonOrder(y, order);
                ordered = true;
                if (tree == null) {
                    tree = new QuadTree(n);
                }
            }
            final QuadTree quadTree = tree;
            // attraction needs no tree: one pool thread starts on it while this thread builds the tree, then helps
            java.util.concurrent.atomic.AtomicInteger nextChunk = new java.util.concurrent.atomic.AtomicInteger();
            Runnable attraction = () -> {
                for (int chunk; (chunk = nextChunk.getAndIncrement()) < chunks; ) {
                    int from = chunk * CHUNK;
                    int to = Math.min(n, from + CHUNK);
                    double klPart = 0;
                    for (int i = from; i < to; i++) {
                        double yi0 = y[2 * i];
                        double yi1 = y[2 * i + 1];
                        double f0 = 0;
                        double f1 = 0;
                        for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                            int j = p.columns()[e];
                            double d0 = yi0 - y[2 * j];
                            double d1 = yi1 - y[2 * j + 1];
                            double w = 1 / (1 + d0 * d0 + d1 * d1);
                            double pw = p.values()[e] * w;
                            f0 += pw * d0;
                            f1 += pw * d1;
                            if (wantKl) {
                                // Σ p log(p/q) = Σ p log(p/w) + log Z, as Σ p = 1; Z is added below
                                double pij = p.values()[e];
                                klPart += pij * Math.log(pij / w);
                            }
                        }
                        attract[2 * i] = exaggeration * f0;
                        attract[2 * i + 1] = exaggeration * f1;
                    }
                    klChunks[chunk] = klPart;
                }
            };
            java.util.concurrent.ForkJoinTask<?> helper = java.util.concurrent.ForkJoinPool.commonPool()
                    .submit(attraction);
            double zSum = 0;
            if (interpolated) {
                interpolations++;
                attraction.run();
                helper.join();
                zSum = fft.repulsion(y, repulse);
            } else {
                quadTree.build(y, order);
                attraction.run();
                helper.join();
                IntStream.range(0, chunks).parallel().forEach(chunk -> {
                    int from = chunk * CHUNK;
                    int to = Math.min(n, from + CHUNK);
                    double z = 0;
                    for (int g = from; g < to; g += GROUP) {
                        z += quadTree.repulsionOfGroup(order, g, Math.min(to, g + GROUP), y, theta, repulse);
                    }
                    zChunks[chunk] = z;
                });
                for (double z : zChunks) {
                    zSum += z;
                }
            }
            final double zTotal = zSum;
            double mean0 = 0;
            double mean1 = 0;
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < 2; d++) {
                    int a = 2 * i + d;
                    double gradient = attract[a] - repulse[a] / zTotal;
                    gains[a] = Math.signum(gradient) != Math.signum(update[a]) ? gains[a] + 0.2 : gains[a] * 0.8;
                    if (gains[a] < 0.01) {
                        gains[a] = 0.01;
                    }
                    update[a] = momentum * update[a] - rate * gains[a] * gradient;
                    y[a] += update[a];
                }
                mean0 += y[2 * i];
                mean1 += y[2 * i + 1];
            }
            mean0 /= n;
            mean1 /= n;
            for (int i = 0; i < n; i++) {
                y[2 * i] -= mean0;
                y[2 * i + 1] -= mean1;
            }
            double kl = Double.NaN;
            if (wantKl) {
                kl = Math.log(zTotal);
                for (double part : klChunks) {
                    kl += part;
                }
                if (exaggerated) {
                    kl = Double.NaN; // the exaggerated P is not a distribution; report KL only after exaggeration
                }
                klOut[0] = kl;
            }
            float[][] snapshot = null;
            if (controller.wantsSnapshot(iteration, iterations)) {
                snapshot = new float[n][2];
                for (int i = 0; i < n; i++) {
                    snapshot[i][0] = (float) y[2 * i];
                    snapshot[i][1] = (float) y[2 * i + 1];
                }
            }
            controller.iteration(iteration, iterations, kl, snapshot);
        }
        return interpolations;
    }

    /** The bounding box {min0, min1, max0, max1} of the first n points of y (x, y interleaved). */
    static double[] boundingBox(double[] y, int n) {
        double min0 = Double.POSITIVE_INFINITY;
        double min1 = Double.POSITIVE_INFINITY;
        double max0 = Double.NEGATIVE_INFINITY;
        double max1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min0 = Math.min(min0, y[2 * i]);
            max0 = Math.max(max0, y[2 * i]);
            min1 = Math.min(min1, y[2 * i + 1]);
            max1 = Math.max(max1, y[2 * i + 1]);
        }
        return new double[] {min0, min1, max0, max1};
    }

    /** Orders points along a Z-order curve so that neighbours in the plane are neighbours in memory and time. */
    static void mortonOrder(double[] y, int[] order) {
        int n = order.length;
        double[] box = boundingBox(y, n);
        double min0 = box[0];
        double min1 = box[1];
        double max0 = box[2];
        double max1 = box[3];
        double span = Math.max(max0 - min0, max1 - min1);
        double scale = span > 0 ? ((1 << 20) - 1) / span : 0;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long a = (long) ((y[2 * i] - min0) * scale);
            long b = (long) ((y[2 * i + 1] - min1) * scale);
            keys[i] = (interleave(a) | interleave(b) << 1) << 21 | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & ((1L << 21) - 1));
        }
    }

    private static long interleave(long x) {
        x &= 0xFFFFF;
        x = (x | x << 16) & 0x0000FFFF0000FFFFL;
        x = (x | x << 8) & 0x00FF00FF00FF00FFL;
        x = (x | x << 4) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | x << 2) & 0x3333333333333333L;
        x = (x | x << 1) & 0x5555555555555555L;
        return x;
    }

    /**
     * A quadtree over the current embedding, rebuilt each iteration. What the force walk reads of a node (centre of
     * mass, squared width, count) sits in one 32-byte slot of {@code body}, so a visit touches one cache line.
     */
    static final class QuadTree {
        private static final int MAX_DEPTH = 48;
        private static final int STACK = 4 * MAX_DEPTH + 8;
        // body: per node [sum or centre of mass x, y, squared width, point count]
        private double[] body;
        // per node: cell centre x, y and half width (only for building)
        private double[] cell;
        // per node: four children (−1: none) and the resident point of a leaf (−1: internal or empty)
        private int[] links;
        private int nodes;
        private final ThreadLocal<int[]> stacks = ThreadLocal.withInitial(() -> new int[STACK]);

        QuadTree(int n) {
            allocate(Math.max(16, 2 * n));
        }

        private void allocate(int capacity) {
            body = body == null ? new double[4 * capacity] : Arrays.copyOf(body, 4 * capacity);
            cell = cell == null ? new double[3 * capacity] : Arrays.copyOf(cell, 3 * capacity);
            links = links == null ? new int[5 * capacity] : Arrays.copyOf(links, 5 * capacity);
        }

        private int newNode(double c0, double c1, double h) {
            if (4 * (nodes + 1) > body.length) {
                allocate(2 * body.length / 4);
            }
            int node = nodes++;
            cell[3 * node] = c0;
            cell[3 * node + 1] = c1;
            cell[3 * node + 2] = h;
            int b = 4 * node;
            body[b] = 0;
            body[b + 1] = 0;
            body[b + 2] = 4 * h * h;
            body[b + 3] = 0;
            Arrays.fill(links, 5 * node, 5 * node + 5, -1);
            return node;
        }

        void build(double[] y, int[] order) {
            int n = order.length;
            double[] box = boundingBox(y, n); // {min0, min1, max0, max1}
            double h = Math.max(box[2] - box[0], box[3] - box[1]) / 2 * (1 + 1e-9) + 1e-12;
            nodes = 0;
            newNode((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, h);
            for (int o = 0; o < n; o++) {
                insert(order[o], y);
            }
            for (int node = 0; node < nodes; node++) {
                int b = 4 * node;
                body[b] /= body[b + 3];
                body[b + 1] /= body[b + 3];
            }
        }

        private boolean isLeaf(int node) {
            int l = 5 * node;
            return links[l] < 0 && links[l + 1] < 0 && links[l + 2] < 0 && links[l + 3] < 0;
        }

        private void insert(int point, double[] y) {
            double p0 = y[2 * point];
            double p1 = y[2 * point + 1];
            int node = 0;
            for (int depth = 0; ; depth++) {
                int b = 4 * node;
                body[b] += p0;
                body[b + 1] += p1;
                body[b + 3] += 1;
                if (isLeaf(node)) {
                    if (body[b + 3] == 1) {
                        links[5 * node + 4] = point;
                        return;
                    }
                    int other = links[5 * node + 4];
                    if (other < 0 || depth >= MAX_DEPTH || (y[2 * other] == p0 && y[2 * other + 1] == p1)) {
                        return; // duplicates stay together in one leaf
                    }
                    // split: push the resident point(s) one level down, then continue with the new one
                    links[5 * node + 4] = -1;
                    double residents = body[b + 3] - 1;
                    int child = child(node, quadrant(node, y[2 * other], y[2 * other + 1]));
                    int c = 4 * child;
                    body[c] += y[2 * other] * residents;
                    body[c + 1] += y[2 * other + 1] * residents;
                    body[c + 3] = residents;
                    links[5 * child + 4] = other;
                }
                node = child(node, quadrant(node, p0, p1));
            }
        }

        private int quadrant(int node, double p0, double p1) {
            return (p0 >= cell[3 * node] ? 1 : 0) | (p1 >= cell[3 * node + 1] ? 2 : 0);
        }

        private int child(int node, int quadrant) {
            int existing = links[5 * node + quadrant];
            if (existing >= 0) {
                return existing;
            }
            double h = cell[3 * node + 2] / 2;
            int created = newNode(cell[3 * node] + ((quadrant & 1) != 0 ? h : -h),
                    cell[3 * node + 1] + ((quadrant & 2) != 0 ? h : -h), h);
            links[5 * node + quadrant] = created;
            return created;
        }

        /** Per-thread scratch: the bodies a group interacts with, as separate float arrays, and their weights. */
        private static final class Scratch {
            float[] x = new float[1024];
            float[] y = new float[1024];
            float[] count = new float[1024];
            float[] w = new float[1024];

            void grow() {
                int size = 2 * x.length;
                x = java.util.Arrays.copyOf(x, size);
                y = java.util.Arrays.copyOf(y, size);
                count = java.util.Arrays.copyOf(count, size);
                w = new float[size];
            }
        }

        private final ThreadLocal<Scratch> scratches = ThreadLocal.withInitial(Scratch::new);

        /**
         * Repulsion for a group of nearby points with one walk of the tree: a cell is taken as one body when it is far
         * enough from every point of the group (its width below θ times the distance from the cell's centre of mass
         * to the group's bounding circle), which is at least as strict as the per-point test; the bodies collected are
         * then summed for each point: first all kernel values 1/(1+d²) in one loop the JIT vectorises (float), then
         * the sums. Returns Σ over the group of Σ_{j≠i} w_ij.
         */
        double repulsionOfGroup(int[] order, int from, int to, double[] y, double theta, double[] out) {
            double min0 = Double.POSITIVE_INFINITY;
            double min1 = Double.POSITIVE_INFINITY;
            double max0 = Double.NEGATIVE_INFINITY;
            double max1 = Double.NEGATIVE_INFINITY;
            for (int o = from; o < to; o++) {
                int i = order[o];
                min0 = Math.min(min0, y[2 * i]);
                max0 = Math.max(max0, y[2 * i]);
                min1 = Math.min(min1, y[2 * i + 1]);
                max1 = Math.max(max1, y[2 * i + 1]);
            }
            double c0 = (min0 + max0) / 2;
            double c1 = (min1 + max1) / 2;
            double radius = Math.hypot(max0 - min0, max1 - min1) / 2;
            double theta2 = theta * theta;
            int[] stack = stacks.get();
            Scratch scratch = scratches.get();
            int size = 0;
            int top = 0;
            stack[top++] = 0;
            final double[] body = this.body;
            final int[] links = this.links;
            // coordinates relative to the group centre keep float precision where it matters
            while (top > 0) {
                int node = stack[--top];
                int b = 4 * node;
                int l = 5 * node;
                boolean leaf = links[l + 4] >= 0;
                boolean far = false;
                if (!leaf) {
                    double d0 = c0 - body[b];
                    double d1 = c1 - body[b + 1];
                    double gap = Math.sqrt(d0 * d0 + d1 * d1) - radius;
                    far = gap > 0 && body[b + 2] < theta2 * gap * gap;
                }
                if (leaf || far) {
                    if (size == scratch.x.length) {
                        scratch.grow();
                    }
                    scratch.x[size] = (float) (body[b] - c0);
                    scratch.y[size] = (float) (body[b + 1] - c1);
                    scratch.count[size] = (float) body[b + 3];
                    size++;
                } else {
                    for (int q = 0; q < 4; q++) {
                        int child = links[l + q];
                        if (child >= 0) {
                            stack[top++] = child;
                        }
                    }
                }
            }
            final float[] bx = scratch.x;
            final float[] by = scratch.y;
            final float[] bc = scratch.count;
            final float[] w = scratch.w;
            double zGroup = 0;
            for (int o = from; o < to; o++) {
                int i = order[o];
                float px = (float) (y[2 * i] - c0);
                float py = (float) (y[2 * i + 1] - c1);
                for (int e = 0; e < size; e++) {
                    float a = px - bx[e];
                    float b = py - by[e];
                    w[e] = 1f / (1f + a * a + b * b);
                }
                float z = 0;
                float f0 = 0;
                float f1 = 0;
                for (int e = 0; e < size; e++) {
                    float cw = bc[e] * w[e];
                    z += cw;
                    float ww = cw * w[e];
                    f0 += ww * (px - bx[e]);
                    f1 += ww * (py - by[e]);
                }
                out[2 * i] = f0;
                out[2 * i + 1] = f1;
                // the point's own leaf is in the list at distance 0: it added w = 1 for itself and no force
                zGroup += (double) z - 1;
            }
            return zGroup;
        }

        /** Writes Σ_j w_ij² (y_i − y_j) into {@code out} and returns Σ_{j≠i} w_ij, with w = 1/(1+d²). */
        double repulsion(int point, double[] y, double theta, double[] out) {
            double p0 = y[2 * point];
            double p1 = y[2 * point + 1];
            double theta2 = theta * theta;
            int[] stack = stacks.get();
            int top = 0;
            stack[top++] = 0;
            double z = 0;
            double f0 = 0;
            double f1 = 0;
            final double[] body = this.body;
            final int[] links = this.links;
            while (top > 0) {
                int node = stack[--top];
                int b = 4 * node;
                double count = body[b + 3];
                double d0 = p0 - body[b];
                double d1 = p1 - body[b + 1];
                double d2 = d0 * d0 + d1 * d1;
                int l = 5 * node;
                boolean leaf = links[l + 4] >= 0;
                if (leaf || body[b + 2] < theta2 * d2) {
                    if (leaf && d2 == 0) {
                        z += count - 1; // the point itself sits in this leaf; its duplicates add w = 1, no force
                        continue;
                    }
                    double w = 1 / (1 + d2);
                    double cw = count * w;
                    z += cw;
                    double ww = cw * w;
                    f0 += ww * d0;
                    f1 += ww * d1;
                } else {
                    for (int q = 0; q < 4; q++) {
                        int child = links[l + q];
                        if (child >= 0) {
                            stack[top++] = child;
                        }
                    }
                }
            }
            out[2 * point] = f0;
            out[2 * point + 1] = f1;
            return z;
        }
    }
}
