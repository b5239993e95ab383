package org.mire.app.embeddingexplorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.embed.CorpusDefinition;
import org.mire.embed.CorpusEncoder;
import org.mire.embed.Distance;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingQuality;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.EncodingCache;
import org.mire.embed.Neighbours;
import org.mire.embed.projection.Projection;
import org.mire.embed.projection.ProjectionParameters;
import org.mire.embed.projection.Projections;
import org.mire.embed.projection.TsneController;
import org.mire.progress.ProgressMonitor;

/** The explorer's logic without JavaFX: loading, encoding, aligning sets, projecting, neighbours and metrics. */
public final class EmbeddingExplorerInteractor {
    private final EncodingCache cache;
    private final CorpusEncoder.ProgramLoader loader;

    public EmbeddingExplorerInteractor(EncodingCache cache, CorpusEncoder.ProgramLoader loader) {
        this.cache = cache;
        this.loader = loader;
    }

    /** A corpus as {@code mire encode} opens it ({@link CorpusDefinition#open(Path)}). */
    public CorpusDefinition openCorpus(Path path) throws MireException {
        return CorpusDefinition.open(path);
    }

    /**
     * Encodes the corpus; cancelling the monitor stops it with the rows encoded so far
     * ({@link CorpusEncoder.Result#stopped}).
     */
    public CorpusEncoder.Result encode(CorpusDefinition corpus, MethodChoice choice, String device,
                                       ProgressMonitor monitor) throws MireException {
        org.mire.embed.EmbeddingMethod method = choice.factory().create(device);
        try {
            return new CorpusEncoder(loader, cache).encodeUntilStopped(corpus, method, CorpusEncoder.Level.MODULE,
                    monitor);
        } finally {
            // the encoder holds a native model; its vectors are cached, so free it now
            org.mire.task.EmbeddingChoice.release(List.of(method));
        }
    }

    /** Imported vectors, lined up with the corpus when there is one ({@link CorpusDefinition#lineUp}). */
    public EmbeddingSet importVectors(Path file, Path metadata, CorpusDefinition corpus) throws MireException {
        EmbeddingSet imported = EmbeddingFiles.read(file, metadata);
        return corpus == null ? imported : corpus.lineUp(imported, file.toString());
    }

    /** Both sets restricted to their common ids, in the first set's order ({@link EmbeddingSet#align}). */
    public static EmbeddingSet[] align(EmbeddingSet first, EmbeddingSet second) throws MireException {
        return EmbeddingSet.align(first, second);
    }

    /** The parameters the model's controls describe, for a set of n rows. */
    public static ProjectionParameters parameters(EmbeddingExplorerModel.Method method, double perplexity, double learningRate,
                                                  int iterations, int seed, int neighbours, double minDist, int n) {
        return switch (method) {
            case PCA -> new ProjectionParameters.Pca(2);
            case UMAP -> new ProjectionParameters.Umap(2, Math.max(2, Math.min(neighbours, n - 1)), minDist, 0, seed);
            case TSNE -> new ProjectionParameters.Tsne(2, Math.max(1, Math.min(perplexity, (n - 1) / 3.0)),
                    learningRate, iterations, seed, 0.5, 50, ProjectionParameters.TsneAlgorithm.BARNES_HUT);
        };
    }

    public static Projection project(EmbeddingSet set, ProjectionParameters parameters, TsneController controller)
            throws MireException {
        return Projections.project(set, parameters, controller);
    }

    public static List<EmbeddingExplorerModel.NeighbourRow> neighbours(EmbeddingSet set, int row, int k, Distance distance,
                                                               String labelColumn) {
        List<EmbeddingExplorerModel.NeighbourRow> result = new ArrayList<>();
        List<String> labels = labelColumn == null ? null : set.metadata().get(labelColumn);
        int rank = 1;
        for (Neighbours.Neighbour n : Neighbours.nearest(set.vectors(), set.vectors()[row], k, distance, row)) {
            result.add(new EmbeddingExplorerModel.NeighbourRow(rank++, set.ids().get(n.index()), n.distance(),
                    labels == null ? "" : labels.get(n.index()), n.index()));
        }
        return result;
    }

    /** The scoring job of {@code mire quality} ({@link EmbeddingQuality#score}) as a row of the metrics table. */
    public static EmbeddingExplorerModel.MetricRow metrics(String name, EmbeddingSet set, String labelColumn,
                                                           Distance distance, int k, Projection projection,
                                                           ProgressMonitor monitor) throws MireException {
        EmbeddingQuality.Report report = EmbeddingQuality.score(set, labelColumn, distance, k,
                projection == null || projection.size() != set.size() ? null : projection.points(),
                EmbeddingQuality.DEFAULT_SAMPLE, monitor);
        return new EmbeddingExplorerModel.MetricRow(name, labelColumn == null ? "" : labelColumn,
                report.silhouette(), report.knnAccuracy(), report.trustworthiness());
    }
}
