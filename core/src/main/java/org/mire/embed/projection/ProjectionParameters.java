package org.mire.embed.projection;

/** What to compute: the method and its parameters. Records, so equal requests compare equal. */
public sealed interface ProjectionParameters
        permits ProjectionParameters.Tsne, ProjectionParameters.Pca, ProjectionParameters.Umap {

    /** {@code tsne}, {@code pca} or {@code umap}. */
    String method();

    int dimensions();

    /** One line for logs, file headers and the UI. */
    String describe();

    /** Which t-SNE implementation runs. */
    enum TsneAlgorithm {
        /**
         * Our sparse t-SNE: input similarities from exact k-NN, repulsion from a Barnes-Hut quadtree (O(n log n) per
         * iteration), or from an FFT-interpolated grid while the embedding is small enough for that to be cheaper.
         */
        BARNES_HUT,
        /** Smile's exact t-SNE: O(n²) time and memory; the reference for small sets. */
        EXACT
    }

    /**
     * t-SNE. {@code learningRate} ≤ 0 means automatic (max(200, n / 12), Belkina et al. 2019, as openTSNE does);
     * {@code pcaDimensions} > 0 first reduces inputs with more dimensions to that many principal components.
     */
    record Tsne(int dimensions, double perplexity, double learningRate, int iterations, long seed, double theta,
                int pcaDimensions, TsneAlgorithm algorithm) implements ProjectionParameters {
        public static final int EARLY_EXAGGERATION_ITERATIONS = 250;
        public static final double EARLY_EXAGGERATION = 12;

        public Tsne {
            if (dimensions < 2 || dimensions > 3) {
                throw new IllegalArgumentException("t-SNE projects to 2 or 3 dimensions, not " + dimensions);
            }
            if (algorithm == TsneAlgorithm.BARNES_HUT && dimensions != 2) {
                throw new IllegalArgumentException("Barnes-Hut t-SNE is 2-D; use the exact algorithm for 3-D");
            }
            if (perplexity < 1) {
                throw new IllegalArgumentException("perplexity must be at least 1, not " + perplexity);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be positive, not " + iterations);
            }
            if (theta < 0 || theta > 1.5) {
                throw new IllegalArgumentException("theta must be in [0, 1.5], not " + theta);
            }
        }

        /** Defaults: 2-D, perplexity 30, automatic learning rate, 750 iterations (250 exaggerated), θ = 0.5. */
        public static Tsne defaults() {
            return new Tsne(2, 30, 0, 750, 42, 0.5, 50, TsneAlgorithm.BARNES_HUT);
        }

        public Tsne withPerplexity(double value) {
            return new Tsne(dimensions, value, learningRate, iterations, seed, theta, pcaDimensions, algorithm);
        }

        public Tsne withLearningRate(double value) {
            return new Tsne(dimensions, perplexity, value, iterations, seed, theta, pcaDimensions, algorithm);
        }

        public Tsne withIterations(int value) {
            return new Tsne(dimensions, perplexity, learningRate, value, seed, theta, pcaDimensions, algorithm);
        }

        public Tsne withSeed(long value) {
            return new Tsne(dimensions, perplexity, learningRate, iterations, value, theta, pcaDimensions, algorithm);
        }

        public Tsne withAlgorithm(TsneAlgorithm value) {
            return new Tsne(dimensions, perplexity, learningRate, iterations, seed, theta, pcaDimensions, value);
        }

        public Tsne withDimensions(int value) {
            return new Tsne(value, perplexity, learningRate, iterations, seed, theta, pcaDimensions, algorithm);
        }

        /** The learning rate used for n points. */
        public double learningRate(int n) {
            return learningRate > 0 ? learningRate : Math.max(200, n / EARLY_EXAGGERATION);
        }

        @Override
        public String method() {
            return "tsne";
        }

        @Override
        public String describe() {
            return "t-SNE (" + (algorithm == TsneAlgorithm.EXACT ? "exact, Smile" : "Barnes-Hut θ=" + theta)
                    + ") perplexity=" + perplexity + " learning-rate=" + (learningRate > 0 ? learningRate : "auto")
                    + " iterations=" + iterations + " seed=" + seed + " dims=" + dimensions;
        }
    }

    /** Principal component analysis (centred covariance). */
    record Pca(int dimensions) implements ProjectionParameters {
        public Pca {
            if (dimensions < 1) {
                throw new IllegalArgumentException("PCA needs at least one dimension");
            }
        }

        @Override
        public String method() {
            return "pca";
        }

        @Override
        public String describe() {
            return "PCA dims=" + dimensions;
        }
    }

    /** UMAP (Smile's), on centred data. */
    record Umap(int dimensions, int neighbours, double minDist, int epochs, long seed)
            implements ProjectionParameters {
        public Umap {
            if (dimensions < 2 || dimensions > 3) {
                throw new IllegalArgumentException("UMAP projects to 2 or 3 dimensions, not " + dimensions);
            }
            if (neighbours < 2) {
                throw new IllegalArgumentException("UMAP needs at least 2 neighbours");
            }
        }

        public static Umap defaults() {
            return new Umap(2, 15, 0.1, 0, 42);
        }

        @Override
        public String method() {
            return "umap";
        }

        @Override
        public String describe() {
            return "UMAP neighbours=" + neighbours + " min-dist=" + minDist + " epochs="
                    + (epochs > 0 ? epochs : "auto") + " seed=" + seed + " dims=" + dimensions;
        }
    }
}
