package org.mire.embed.projection;

import org.mire.MireException;
import smile.util.AlgoStatus;
import smile.util.IterativeAlgorithmController;

/**
 * Smile's t-SNE: the exact O(n²) algorithm (dense n × n affinities), kept as the reference and for small sets.
 * Smile reports iterations and cost but not coordinates, so it has progress, cancel and pause but no live points.
 */
public final class ExactTsne {
    private ExactTsne() {
    }

    public static Projection project(float[][] data, ProjectionParameters.Tsne parameters, TsneController controller)
            throws MireException {
        long start = System.nanoTime();
        int n = data.length;
        if (n < 4) {
            throw new MireException("t-SNE needs at least 4 vectors, got " + n);
        }
        double perplexity = Math.min(parameters.perplexity(), (n - 1) / 3.0);
        int iterations = Math.max(parameters.iterations(), 251);
        Bridge bridge = new Bridge(controller, iterations);
        smile.manifold.TSNE tsne;
        try (bridge) {
            smile.math.MathEx.setSeed(parameters.seed());
            // Smile's gradient carries van der Maaten's factor 4, so its rate is a quarter of ours for the same step.
            double eta = parameters.learningRate(n) / 4;
            var options = new smile.manifold.TSNE.Options(parameters.dimensions(), perplexity, eta,
                    ProjectionParameters.Tsne.EARLY_EXAGGERATION, iterations, iterations, 1e-7, 0.5, 0.8,
                    ProjectionParameters.Tsne.EARLY_EXAGGERATION_ITERATIONS, 0.01, bridge);
            tsne = smile.manifold.TSNE.fit(SmileBridge.toDouble(data), options);
        } catch (org.mire.progress.CancelledException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            if (bridge.cancelled) {
                throw new org.mire.progress.CancelledException();
            }
            throw SmileBridge.failure("t-SNE", e);
        }
        if (bridge.cancelled) {
            throw new org.mire.progress.CancelledException();
        }
        return new Projection(SmileBridge.toFloat(tsne.coordinates()), parameters, new double[0], tsne.cost(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Smile calls submit() on its own thread after each reported iteration: the place to pause and cancel. */
    private static final class Bridge extends IterativeAlgorithmController<AlgoStatus> {
        private final TsneController controller;
        private final int iterations;
        volatile boolean cancelled;

        Bridge(TsneController controller, int iterations) {
            this.controller = controller;
            this.iterations = iterations;
        }

        @Override
        public void submit(AlgoStatus status) {
            try {
                controller.iteration(Math.min(status.iteration(), iterations), iterations, status.objective(), null);
            } catch (org.mire.progress.CancelledException e) {
                cancelled = true;
                stop();
            }
        }
    }
}
