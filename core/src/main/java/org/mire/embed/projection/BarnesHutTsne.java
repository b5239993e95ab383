package org.mire.embed.projection;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;

/**
 * Barnes-Hut t-SNE in 2-D (van der Maaten 2014): sparse input similarities from exact k-NN, attraction over those
 * neighbours, repulsion from a quadtree whose cells far enough away (width/distance &lt; θ) act as one body.
 * Optimiser as in bhtsne/openTSNE: PCA initialisation (scaled to σ = 1e-4), 250 iterations with exaggeration 12 and
 * momentum 0.5, then momentum 0.8, delta-bar-delta gains, learning rate max(200, n/12) by default.
 */
public final class BarnesHutTsne {
    private static final int CHUNK = 512;

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

    static void optimise(TsneAffinities p, double[] y, ProjectionParameters.Tsne parameters,
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
        QuadTree tree = new QuadTree(n);
        int[] order = new int[n];
        for (int iteration = 1; iteration <= iterations; iteration++) {
            boolean exaggerated = iteration <= ProjectionParameters.Tsne.EARLY_EXAGGERATION_ITERATIONS;
            double exaggeration = exaggerated ? ProjectionParameters.Tsne.EARLY_EXAGGERATION : 1;
            double momentum = exaggerated ? 0.5 : 0.8;
            boolean wantKl = iteration % 50 == 0 || iteration == iterations;
            if (iteration == 1 || iteration % 10 == 0) {
                mortonOrder(y, order);
            }
            tree.build(y, order);
            IntStream.range(0, chunks).parallel().forEach(chunk -> {
                int from = chunk * CHUNK;
                int to = Math.min(n, from + CHUNK);
                double z = 0;
                for (int o = from; o < to; o++) {
                    z += tree.repulsion(order[o], y, theta, repulse);
                }
                zChunks[chunk] = z;
            });
            double zSum = 0;
            for (double z : zChunks) {
                zSum += z;
            }
            final double zTotal = zSum;
            IntStream.range(0, chunks).parallel().forEach(chunk -> {
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
                            double pij = p.values()[e];
                            klPart += pij * Math.log(pij / (w / zTotal));
                        }
                    }
                    attract[2 * i] = exaggeration * f0;
                    attract[2 * i + 1] = exaggeration * f1;
                }
                klChunks[chunk] = klPart;
            });
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
                kl = 0;
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
    }

    /** Orders points along a Z-order curve so that neighbours in the plane are neighbours in memory and time. */
    static void mortonOrder(double[] y, int[] order) {
        int n = order.length;
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

    /** A quadtree over the current embedding in flat arrays, rebuilt each iteration. */
    static final class QuadTree {
        private static final int MAX_DEPTH = 48;
        // per node: centre x, centre y, half width, then sums of x and y and the point count
        private double[] centre0;
        private double[] centre1;
        private double[] half;
        private double[] com0;
        private double[] com1;
        private double[] width2;
        private int[] count;
        private int[] leafPoint;
        private int[] children;
        private int nodes;

        QuadTree(int n) {
            allocate(Math.max(16, 2 * n));
        }

        private void allocate(int capacity) {
            centre0 = centre0 == null ? new double[capacity] : Arrays.copyOf(centre0, capacity);
            centre1 = centre1 == null ? new double[capacity] : Arrays.copyOf(centre1, capacity);
            half = half == null ? new double[capacity] : Arrays.copyOf(half, capacity);
            com0 = com0 == null ? new double[capacity] : Arrays.copyOf(com0, capacity);
            com1 = com1 == null ? new double[capacity] : Arrays.copyOf(com1, capacity);
            width2 = width2 == null ? new double[capacity] : Arrays.copyOf(width2, capacity);
            count = count == null ? new int[capacity] : Arrays.copyOf(count, capacity);
            leafPoint = leafPoint == null ? new int[capacity] : Arrays.copyOf(leafPoint, capacity);
            children = children == null ? new int[4 * capacity] : Arrays.copyOf(children, 4 * capacity);
        }

        private int newNode(double c0, double c1, double h) {
            if (nodes == count.length) {
                allocate(count.length * 2);
            }
            int node = nodes++;
            centre0[node] = c0;
            centre1[node] = c1;
            half[node] = h;
            width2[node] = 4 * h * h;
            com0[node] = 0;
            com1[node] = 0;
            count[node] = 0;
            leafPoint[node] = -1;
            Arrays.fill(children, 4 * node, 4 * node + 4, -1);
            return node;
        }

        void build(double[] y, int[] order) {
            int n = order.length;
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
            double h = Math.max(max0 - min0, max1 - min1) / 2 * (1 + 1e-9) + 1e-12;
            nodes = 0;
            newNode((min0 + max0) / 2, (min1 + max1) / 2, h);
            for (int o = 0; o < n; o++) {
                insert(order[o], y);
            }
            for (int node = 0; node < nodes; node++) {
                com0[node] /= count[node];
                com1[node] /= count[node];
            }
        }

        private void insert(int point, double[] y) {
            double p0 = y[2 * point];
            double p1 = y[2 * point + 1];
            int node = 0;
            for (int depth = 0; ; depth++) {
                com0[node] += p0;
                com1[node] += p1;
                count[node]++;
                boolean leaf = children[4 * node] < 0 && children[4 * node + 1] < 0 && children[4 * node + 2] < 0
                        && children[4 * node + 3] < 0;
                if (leaf) {
                    if (count[node] == 1) {
                        leafPoint[node] = point;
                        return;
                    }
                    int other = leafPoint[node];
                    if (other < 0 || depth >= MAX_DEPTH
                            || (y[2 * other] == p0 && y[2 * other + 1] == p1)) {
                        return; // duplicates stay together in one leaf
                    }
                    // split: push the resident point one level down, then continue with the new one
                    leafPoint[node] = -1;
                    int quadrant = quadrant(node, y[2 * other], y[2 * other + 1]);
                    int child = child(node, quadrant);
                    com0[child] += y[2 * other] * (count[node] - 1);
                    com1[child] += y[2 * other + 1] * (count[node] - 1);
                    count[child] = count[node] - 1;
                    leafPoint[child] = other;
                }
                node = child(node, quadrant(node, p0, p1));
            }
        }

        private int quadrant(int node, double p0, double p1) {
            return (p0 >= centre0[node] ? 1 : 0) | (p1 >= centre1[node] ? 2 : 0);
        }

        private int child(int node, int quadrant) {
            int existing = children[4 * node + quadrant];
            if (existing >= 0) {
                return existing;
            }
            double h = half[node] / 2;
            int created = newNode(centre0[node] + ((quadrant & 1) != 0 ? h : -h),
                    centre1[node] + ((quadrant & 2) != 0 ? h : -h), h);
            children[4 * node + quadrant] = created;
            return created;
        }

        /** Writes Σ_j w_ij² (y_i − y_j) into {@code out} and returns Σ_{j≠i} w_ij, with w = 1/(1+d²). */
        double repulsion(int point, double[] y, double theta, double[] out) {
            double p0 = y[2 * point];
            double p1 = y[2 * point + 1];
            double theta2 = theta * theta;
            int[] stack = new int[4 * MAX_DEPTH + 8];
            int top = 0;
            stack[top++] = 0;
            double z = 0;
            double f0 = 0;
            double f1 = 0;
            while (top > 0) {
                int node = stack[--top];
                int c = count[node];
                if (c == 0) {
                    continue;
                }
                double d0 = p0 - com0[node];
                double d1 = p1 - com1[node];
                double d2 = d0 * d0 + d1 * d1;
                int base = 4 * node;
                boolean leaf = leafPoint[node] >= 0 || (children[base] < 0 && children[base + 1] < 0
                        && children[base + 2] < 0 && children[base + 3] < 0);
                if (leaf || width2[node] < theta2 * d2) {
                    int weight = c;
                    if (leaf && d2 == 0) {
                        weight = c - 1; // the point itself sits in this leaf; its duplicates add w = 1 and no force
                        z += weight;
                        continue;
                    }
                    double w = 1 / (1 + d2);
                    z += weight * w;
                    double ww = weight * w * w;
                    f0 += ww * d0;
                    f1 += ww * d1;
                } else {
                    for (int q = 0; q < 4; q++) {
                        int child = children[base + q];
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
