package org.mire.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.projection.Projection;
import org.mire.embed.projection.ProjectionParameters;
import org.mire.embed.projection.Projections;
import org.mire.embed.projection.TsneController;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Project vectors to 2-D (or 3-D) with t-SNE, PCA or UMAP and write the points as CSV "
                + "(id, metadata…, x, y[, z]).")
final class ProjectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EmbeddingInput input;

    @Option(names = "--method", required = true, paramLabel = "METHOD", description = "tsne, pca or umap.")
    String method;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Points file (.csv or .tsv).")
    Path out;

    @Option(names = "--dims", defaultValue = "2", description = "Output dimensions: 2 or 3 (default ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--perplexity", defaultValue = "30", description = "t-SNE perplexity (default ${DEFAULT-VALUE}).")
    double perplexity;

    @Option(names = "--learning-rate", defaultValue = "0",
            description = "t-SNE learning rate; 0 = automatic, max(200, n/12) (default).")
    double learningRate;

    @Option(names = "--iterations", defaultValue = "750", description = "t-SNE iterations (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--theta", defaultValue = "0.5",
            description = "Barnes-Hut accuracy θ for the iterations that use the tree (default ${DEFAULT-VALUE}).")
    double theta;

    @Option(names = "--exact", description = "Use Smile's exact O(n²) t-SNE (also chosen for --dims 3).")
    boolean exact;

    @Option(names = "--pca-dims", defaultValue = "50",
            description = "t-SNE: reduce inputs with more dimensions to this many principal components first; 0 = off "
                    + "(default ${DEFAULT-VALUE}).")
    int pcaDims;

    @Option(names = "--neighbours", defaultValue = "15", description = "UMAP neighbours (default ${DEFAULT-VALUE}).")
    int neighbours;

    @Option(names = "--min-dist", defaultValue = "0.1", description = "UMAP minimum distance (default ${DEFAULT-VALUE}).")
    double minDist;

    @Option(names = "--epochs", defaultValue = "0", description = "UMAP epochs; 0 = Smile's automatic choice.")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws MireException {
        ProjectionParameters parameters;
        try {
            parameters = switch (method.toLowerCase(Locale.ROOT)) {
                case "tsne", "t-sne" -> new ProjectionParameters.Tsne(dims, perplexity, learningRate, iterations, seed,
                        theta, pcaDims, exact || dims == 3 ? ProjectionParameters.TsneAlgorithm.EXACT
                        : ProjectionParameters.TsneAlgorithm.BARNES_HUT);
                case "pca" -> new ProjectionParameters.Pca(dims);
                case "umap" -> new ProjectionParameters.Umap(dims, neighbours, minDist, epochs, seed);
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown --method '" + method + "': use tsne, pca or umap");
            };
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        EmbeddingSet set = input.read();
        var err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, quiet);
        Projection projection = Projections.project(set, parameters, TsneController.of(progress));
        EmbeddingFiles.writePoints(out, set, projection.points());
        var outWriter = spec.commandLine().getOut();
        outWriter.printf(Locale.ROOT, "%s: %d points, %s, %.1f s%n", out, projection.size(), parameters.describe(),
                projection.millis() / 1000.0);
        if (projection.explainedVariance().length > 0) {
            StringBuilder variance = new StringBuilder("explained variance:");
            for (double v : projection.explainedVariance()) {
                variance.append(String.format(Locale.ROOT, " %.4f", v));
            }
            outWriter.println(variance);
        }
        if (!Double.isNaN(projection.klDivergence())) {
            outWriter.printf(Locale.ROOT, "KL divergence: %.4f%n", projection.klDivergence());
        }
        outWriter.flush();
        return MireCommand.EXIT_OK;
    }
}
