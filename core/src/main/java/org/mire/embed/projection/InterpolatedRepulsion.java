package org.mire.embed.projection;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The repulsive half of the 2-D t-SNE gradient by FFT-accelerated interpolation (FIt-SNE: Linderman, Rachh, Hoskins,
 * Steinerberger and Kluger, Nature Methods 16, 2019). The embedding's bounding square is cut into B × B boxes with
 * {@value #NODES_PER_BOX} equispaced interpolation nodes per box and dimension. Each point spreads its charges 1, y₁
 * and y₂ onto the 3 × 3 nodes around it with Lagrange weights; the node grid is convolved with the kernels
 * w = 1/(1 + d²) (for the normaliser Z) and w² (for the forces) by a zero-padded 2-D FFT; the potentials are
 * interpolated back to the points with the same weights. Then Z = Σᵢ φ_w(i) − n and the repulsion on i is
 * Σⱼ wᵢⱼ² (yᵢ − yⱼ) = yᵢ φ_w²[1](i) − φ_w²[y](i).
 *
 * <p>FIt-SNE makes one square kernel serve both (charges 1, y₁, y₂, |y|²); convolving the charge 1 with w directly
 * costs the same number of transforms and keeps Z free of the cancellation of large terms.
 *
 * <p>Cost per call: O(n) to spread and interpolate, and seven FFTs of N × N (N a power of two, JTransforms' fast
 * real transform) — three charges forward, four potentials back — plus two for the kernels when the node spacing
 * moves to the next step of its ladder (see {@link #prepare}).
 * Not thread-safe: one instance per optimisation.
 */
final class InterpolatedRepulsion {
    static final int NODES_PER_BOX = 3;
    private static final int CHUNK = 512;
    /** Most FFT cells per point for which the grid beats the tree (see {@link #cheaperThanTree}). */
    private static final int CELLS_PER_POINT = 8;
    private static final int SPACING_STEPS_PER_OCTAVE = 16;

    static {
        // we run independent transforms on the cores ourselves; JTransforms' own threads would only compete with them
        pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
    }

    /**
     * How fine the grid is: at least {@code minBoxes} boxes per dimension, and boxes no wider than {@code boxWidth}
     * embedding units unless that would need an FFT larger than {@code maxFftSize} per dimension. The FFT size is the
     * smallest power of two that holds the zero-padded node grid, and the boxes are then as many as it holds.
     */
    record Grid(int minBoxes, double boxWidth, int maxFftSize) {
        /**
         * FIt-SNE's resolution (boxes one unit wide, p = 3), up to the largest grid that is cheaper than the tree:
         * 256 × 256 (42 boxes), measured in docs/benchmarks.md. FIt-SNE's minimum of 50 boxes would double the FFT
         * size; at the extents where this grid runs, 21 boxes are already finer than one unit.
         */
        static final Grid FIT_SNE = new Grid(21, 1, 256);

        Grid {
            if (minBoxes < 1 || !(boxWidth > 0) || maxFftSize < 8
                    || Integer.bitCount(maxFftSize) != 1) {
                throw new IllegalArgumentException("bad interpolation grid " + minBoxes + ", " + boxWidth + ", "
                        + maxFftSize);
            }
        }

        /** The FFT size (per dimension) for an embedding {@code extent} wide. */
        int fftSize(double extent) {
            long boxes = Math.max(minBoxes, (long) Math.ceil(extent / boxWidth));
            // a linear (not circular) convolution of M nodes needs 2M − 1 ≤ N
            long needed = 2 * boxes * NODES_PER_BOX - 1;
            int size = 8;
            while (size < needed && size < maxFftSize) {
                size *= 2;
            }
            return size;
        }

        static int boxes(int fftSize) {
            return fftSize / 2 / NODES_PER_BOX;
        }
    }

    private final int n;
    private final Grid grid;
    // per point: first node index in x and y, and the three Lagrange weights in each dimension
    private final int[] firstNode;
    private final double[] weights;
    private final double[] partialZ;
    // the bounding square of the last call
    private double extent;
    private double centre0;
    private double centre1;
    private int size;
    private int nodes;
    private double spacing;
    private DoubleFFT_2D[] transforms;
    // packed spectra of w and w² laid out so that a charge spectrum is multiplied slot by slot
    private double[] multiplierW;
    private double[] multiplierW2;
    // work grids: charges 1, y₁, y₂ (then their potentials under w², in place), and charge 1 under w
    private double[][] grids;

    InterpolatedRepulsion(int n, Grid grid) {
        this.n = n;
        this.grid = grid;
        this.firstNode = new int[2 * n];
        this.weights = new double[2 * NODES_PER_BOX * n];
        this.partialZ = new double[(n + CHUNK - 1) / CHUNK];
    }

    /** The grid's FFT size per dimension in the last call (for tests and benchmarks). */
    int fftSize() {
        return size;
    }

    /** Whether the embedding fits this grid at its resolution: boxes no wider than asked, FFT within the maximum. */
    boolean fits(double[] y) {
        bounds(y);
        return Math.ceil(extent / grid.boxWidth()) * NODES_PER_BOX * 2 - 1 <= grid.maxFftSize();
    }

    /**
     * Whether interpolation is the cheaper way to the repulsion now: the grid fits at its resolution, and it has at
     * most {@value #CELLS_PER_POINT} FFT cells per point. The transforms cost the same for any n, the tree's walk
     * grows with n. On 2 cores a 128² grid lost to the tree at 2,000 points and broke even at 3,000; a 256² grid
     * broke even at 5,000 and won at 10,000 (docs/benchmarks.md).
     */
    boolean cheaperThanTree(double[] y) {
        if (!fits(y)) {
            return false;
        }
        long cells = (long) grid.fftSize(extent) * grid.fftSize(extent);
        return (long) n * CELLS_PER_POINT >= cells;
    }

    private void bounds(double[] y) {
        double[] box = BarnesHutTsne.boundingBox(y, n); // {min0, min1, max0, max1}
        // a square a little larger than the points, so none sits exactly on the far edge
        extent = Math.max(Math.max(box[2] - box[0], box[3] - box[1]), 1e-9) * (1 + 1e-9);
        centre0 = (box[0] + box[2]) / 2;
        centre1 = (box[1] + box[3]) / 2;
    }

    /**
     * Writes Σⱼ wᵢⱼ² (yᵢ − yⱼ) into {@code out} (x, y interleaved like {@code y}) and returns
     * Z = Σᵢ Σ_{j≠i} wᵢⱼ, with wᵢⱼ = 1/(1 + |yᵢ − yⱼ|²). Beyond {@link #fits} the grid is capped at the maximum
     * size and its boxes are wider than asked.
     */
    double repulsion(double[] y, double[] out) {
        bounds(y);
        final double centre0 = this.centre0;
        final double centre1 = this.centre1;
        prepare(grid.fftSize(extent), extent);
        double side = nodes * spacing; // ≥ extent: the spacing is rounded up to its ladder
        double lo0 = centre0 - side / 2;
        double lo1 = centre1 - side / 2;
        int chunks = partialZ.length;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            for (int i = chunk * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                locate(i, 0, (y[2 * i] - lo0) / spacing);
                locate(i, 1, (y[2 * i + 1] - lo1) / spacing);
            }
        });
        // charges relative to the square's centre keep yᵢ φ[1] − φ[y] from cancelling large numbers
        IntStream.range(0, 3).parallel().forEach(charge -> {
            double[] g = grids[charge];
            java.util.Arrays.fill(g, 0);
            spread(g, charge == 0 ? null : y, charge - 1, charge == 1 ? centre0 : centre1);
            transforms[charge].realForward(g);
        });
        System.arraycopy(grids[0], 0, grids[3], 0, grids[3].length);
        IntStream.range(0, 4).parallel().forEach(potential -> {
            double[] g = grids[potential];
            double[] multiplier = potential == 3 ? multiplierW : multiplierW2;
            for (int s = 0; s < g.length; s++) {
                g[s] *= multiplier[s];
            }
            transforms[potential].realInverse(g, true);
        });
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double z = 0;
            for (int i = chunk * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                double one = interpolate(grids[0], i);
                double py0 = interpolate(grids[1], i);
                double py1 = interpolate(grids[2], i);
                z += interpolate(grids[3], i);
                out[2 * i] = (y[2 * i] - centre0) * one - py0;
                out[2 * i + 1] = (y[2 * i + 1] - centre1) * one - py1;
            }
            partialZ[chunk] = z;
        });
        double z = -n; // each point's own kernel value w(0) = 1 is in its potential
        for (double part : partialZ) {
            z += part;
        }
        return z;
    }

    /** Point i's first node and weights in dimension d, from its position in units of node spacing. */
    private void locate(int i, int d, double position) {
        int box = Math.min(Grid.boxes(size) - 1, (int) (position / NODES_PER_BOX));
        int first = box * NODES_PER_BOX;
        // nodes sit at the centres of the box's p equal parts: first + 0.5, + 1.5, …
        double t = position - first - 0.5;
        firstNode[2 * i + d] = first;
        int w = NODES_PER_BOX * (2 * i + d);
        for (int k = 0; k < NODES_PER_BOX; k++) {
            double l = 1;
            for (int m = 0; m < NODES_PER_BOX; m++) {
                if (m != k) {
                    l *= (t - m) / (k - m);
                }
            }
            weights[w + k] = l;
        }
    }

    private void spread(double[] g, double[] y, int coordinate, double centre) {
        for (int i = 0; i < n; i++) {
            double charge = y == null ? 1 : y[2 * i + coordinate] - centre;
            int row = firstNode[2 * i] * size + firstNode[2 * i + 1];
            int w = 2 * NODES_PER_BOX * i;
            for (int a = 0; a < NODES_PER_BOX; a++) {
                double ca = charge * weights[w + a];
                int r = row + a * size;
                for (int b = 0; b < NODES_PER_BOX; b++) {
                    g[r + b] += ca * weights[w + NODES_PER_BOX + b];
                }
            }
        }
    }

    private double interpolate(double[] g, int i) {
        int row = firstNode[2 * i] * size + firstNode[2 * i + 1];
        int w = 2 * NODES_PER_BOX * i;
        double sum = 0;
        for (int a = 0; a < NODES_PER_BOX; a++) {
            int r = row + a * size;
            double inner = 0;
            for (int b = 0; b < NODES_PER_BOX; b++) {
                inner += g[r + b] * weights[w + NODES_PER_BOX + b];
            }
            sum += weights[w + a] * inner;
        }
        return sum;
    }

    /**
     * Sets up the grid for this FFT size and extent. The node spacing is rounded up to a ladder of steps of 2^(1/16)
     * (boxes at most 4.4% wider than needed), so that the kernels' spectra, which depend on the size and the spacing
     * alone, are computed again only when the embedding has grown by a step: ~50 times in a run, not every iteration.
     */
    private void prepare(int fftSize, double extent) {
        boolean resized = fftSize != size;
        if (resized) {
            size = fftSize;
            transforms = new DoubleFFT_2D[4];
            grids = new double[4][];
            for (int t = 0; t < 4; t++) {
                transforms[t] = new DoubleFFT_2D(size, size);
                grids[t] = new double[size * size];
            }
            multiplierW = new double[size * size];
            multiplierW2 = new double[size * size];
        }
        nodes = Grid.boxes(size) * NODES_PER_BOX;
        double step = Math.ceil(SPACING_STEPS_PER_OCTAVE * Math.log(extent / nodes) / Math.log(2));
        double quantised = Math.pow(2, step / SPACING_STEPS_PER_OCTAVE);
        if (resized || quantised != spacing) {
            spacing = quantised;
            IntStream.range(0, 2).parallel().forEach(k -> kernelSpectrum(k == 1, k == 0 ? multiplierW : multiplierW2,
                    transforms[k]));
        }
    }

    /**
     * The kernel on the grid's offsets (−(M−1)…M−1 in each dimension, wrapped), transformed, and spread over the
     * packed layout of JTransforms' real 2-D FFT so that each slot holds the spectrum at that slot's frequency. The
     * kernel is real and even in each dimension, so its spectrum is real and even and a charge spectrum is
     * multiplied slot by slot.
     */
    private void kernelSpectrum(boolean squared, double[] spectrum, DoubleFFT_2D transform) {
        java.util.Arrays.fill(spectrum, 0);
        double h2 = spacing * spacing;
        for (int dx = -(nodes - 1); dx < nodes; dx++) {
            int row = Math.floorMod(dx, size) * size;
            for (int dy = -(nodes - 1); dy < nodes; dy++) {
                double w = 1 / (1 + h2 * ((double) dx * dx + (double) dy * dy));
                spectrum[row + Math.floorMod(dy, size)] = squared ? w * w : w;
            }
        }
        transform.realForward(spectrum);
        // packed layout (Ooura's rdft2d): columns 2c, 2c+1 (c ≥ 1) hold Re, Im of frequency (row, c); column 0, 1
        // hold Re, Im of (row, 0) for rows 1 … N/2−1, Im, Re of (N−row, N/2) for rows N/2+1 …, and four pure reals
        // in rows 0 and N/2. The spectrum is real: copy each frequency's real part over its imaginary slot.
        int half = size / 2;
        for (int r = 0; r < size; r++) {
            int base = r * size;
            for (int c = 2; c < size; c += 2) {
                spectrum[base + c + 1] = spectrum[base + c];
            }
            if (r != 0 && r != half) {
                if (r < half) {
                    spectrum[base + 1] = spectrum[base];
                } else {
                    spectrum[base] = spectrum[base + 1];
                }
            }
        }
    }
}
