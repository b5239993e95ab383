package org.mire.app.embeddingexplorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public CorpusEncoder.Result encode(CorpusDefinition corpus, MethodChoice choice, String device,
                                       ProgressMonitor monitor) throws MireException {
        org.mire.embed.EmbeddingMethod method = choice.factory().create(device);
        try {
            return new CorpusEncoder(loader, cache).encode(corpus, method, monitor);
        } finally {
            // the encoder holds a native model; its vectors are cached, so free it now
            org.mire.task.EmbeddingChoice.release(List.of(method));
        }
    }

    /**
     * Imported vectors, lined up with the corpus when there is one: by id where ids match corpus row ids (or file
     * names), else by row order when the counts are equal; the corpus's label columns are added.
     */
    public EmbeddingSet importVectors(Path file, Path metadata, CorpusDefinition corpus) throws MireException {
        EmbeddingSet imported = EmbeddingFiles.read(file, metadata);
        if (corpus == null) {
            return imported;
        }
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < imported.size(); i++) {
            byId.putIfAbsent(imported.ids().get(i), i);
        }
        List<Integer> order = new ArrayList<>();
        List<CorpusDefinition.Row> rows = new ArrayList<>();
        for (CorpusDefinition.Row row : corpus.rows()) {
            Integer index = byId.get(row.id());
            if (index == null) {
                index = byId.get(row.file().getFileName().toString());
            }
            if (index != null) {
                order.add(index);
                rows.add(row);
            }
        }
        if (order.isEmpty()) {
            if (imported.size() != corpus.size()) {
                throw new MireException(file + ": " + imported.size() + " vectors, none with an id of the corpus's "
                        + corpus.size() + " rows");
            }
            for (int i = 0; i < corpus.size(); i++) {
                order.add(i);
            }
            rows = corpus.rows();
        }
        List<String> ids = new ArrayList<>();
        float[][] vectors = new float[order.size()][];
        Map<String, List<String>> metadata2 = new LinkedHashMap<>();
        metadata2.put("file", new ArrayList<>());
        for (String column : corpus.columns()) {
            metadata2.put(column, new ArrayList<>());
        }
        for (String column : imported.columnNames()) {
            metadata2.putIfAbsent(column, new ArrayList<>());
        }
        for (int r = 0; r < order.size(); r++) {
            CorpusDefinition.Row row = rows.get(r);
            int index = order.get(r);
            ids.add(row.id());
            vectors[r] = imported.vectors()[index];
            for (Map.Entry<String, List<String>> column : metadata2.entrySet()) {
                String value;
                if (column.getKey().equals("file")) {
                    value = row.file().toString();
                } else if (row.labels().containsKey(column.getKey())) {
                    value = row.labels().get(column.getKey());
                } else {
                    value = imported.metadata().get(column.getKey()).get(index);
                }
                column.getValue().add(value);
            }
        }
        return new EmbeddingSet(ids, vectors, metadata2, imported.provenance());
    }

    /** Both sets restricted to their common ids, in the first set's order (so linked selection lines up). */
    public static EmbeddingSet[] align(EmbeddingSet first, EmbeddingSet second) throws MireException {
        if (first.ids().equals(second.ids())) {
            return new EmbeddingSet[] {first, second};
        }
        Map<String, Integer> inSecond = new HashMap<>();
        for (int i = 0; i < second.size(); i++) {
            inSecond.putIfAbsent(second.ids().get(i), i);
        }
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Integer j = inSecond.get(first.ids().get(i));
            if (j != null) {
                a.add(i);
                b.add(j);
            }
        }
        if (a.isEmpty()) {
            throw new MireException("the two embedding sets have no row id in common");
        }
        return new EmbeddingSet[] {subset(first, a), subset(second, b)};
    }

    static EmbeddingSet subset(EmbeddingSet set, List<Integer> rows) {
        List<String> ids = new ArrayList<>();
        float[][] vectors = new float[rows.size()][];
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (String column : set.columnNames()) {
            metadata.put(column, new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            ids.add(set.ids().get(i));
            vectors[r] = set.vectors()[i];
            for (String column : set.columnNames()) {
                metadata.get(column).add(set.metadata().get(column).get(i));
            }
        }
        return new EmbeddingSet(ids, vectors, metadata, set.provenance());
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

    /** Silhouette and k-NN accuracy by {@code labelColumn}, and trustworthiness of {@code projection} (nullable). */
    public static EmbeddingExplorerModel.MetricRow metrics(String name, EmbeddingSet set, String labelColumn, Distance distance,
                                                  int k, Projection projection, ProgressMonitor monitor)
            throws MireException {
        double silhouette = Double.NaN;
        double accuracy = Double.NaN;
        List<String> labels = labelColumn == null ? null : set.metadata().get(labelColumn);
        int kk = Math.min(k, set.size() - 1);
        if (labels != null && kk > 0) {
            silhouette = EmbeddingQuality.silhouette(set.vectors(), labels, distance, 3000, 1);
            monitor.checkCancelled();
            Neighbours.Graph graph = Neighbours.all(set.vectors(), kk, distance, monitor);
            accuracy = EmbeddingQuality.knnAccuracy(graph, labels, kk);
        }
        double trust = Double.NaN;
        if (projection != null && projection.size() == set.size() && kk > 0 && kk < set.size() / 2) {
            trust = EmbeddingQuality.trustworthiness(set.vectors(), projection.points(), kk, distance, 2000, 1, monitor);
        }
        return new EmbeddingExplorerModel.MetricRow(name, labelColumn == null ? "" : labelColumn, silhouette, accuracy, trust);
    }
}
