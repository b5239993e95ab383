package org.mire.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.Provenance;
import org.mire.embed.projection.ProjectionParameters;

/** Workspace states with every kind of content, for the folder tests and the save loop killed mid-write. */
final class WorkspaceStates {
    private WorkspaceStates() {
    }

    static EmbeddingSet set(int rows, int dimension, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        float[][] vectors = new float[rows][dimension];
        List<String> files = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ids.add("ll/p" + i + ".O" + (i % 4) + ".ll");
            files.add("/data/p" + i + ".ll");
            labels.add("O" + (i % 4));
            for (int d = 0; d < dimension; d++) {
                vectors[i][d] = (float) random.nextGaussian();
            }
        }
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("file", files);
        metadata.put("opt", labels);
        return new EmbeddingSet(ids, vectors, metadata, new Provenance("opcode-histogram", "abc123", "none", "cpu",
                seed, "module", "2026-12-07T10:00:00Z"));
    }

    static EmbeddingSet points(EmbeddingSet set, long seed) {
        Random random = new Random(seed);
        float[][] points = new float[set.size()][2];
        for (float[] point : points) {
            point[0] = (float) random.nextGaussian();
            point[1] = (float) random.nextGaussian();
        }
        return new EmbeddingSet(set.ids(), points, Map.of(), set.provenance());
    }

    /**
     * A state holding two open files, an explorer with two sets, a projection and a bookmark, a training run and a
     * Predict list; {@code marker} goes into the search text, so states can be told apart.
     */
    static WorkspaceState full(Path openA, Path openB, Path headFolder, String marker, EmbeddingSet first,
                               EmbeddingSet second) {
        GraphViewState view = new GraphViewState("CONTROL_FLOW", "FUNCTION", "@main", "LAYERED_ELK", List.of(2),
                List.of("data"), List.of("constant"), true, false, 17, "load", 120.5, -40, 0.75, 0.3);
        ExplorerState.StoredSet a = new ExplorerState.StoredSet("opcode-histogram · sample-ir", "opcode-histogram",
                "sample-ir", null, first);
        ExplorerState.StoredSet b = new ExplorerState.StoredSet("imported.npy", "imported", null, null, second);
        ExplorerState.StoredProjection projection = new ExplorerState.StoredProjection("left", a.name(), null,
                ExplorerState.ProjectionSettings.of(ProjectionParameters.Tsne.defaults()), new double[0], 0.812, 1500,
                null, points(first, 7));
        ExplorerState.Bookmark bookmark = new ExplorerState.Bookmark("kernels", a.name(), b.name(), true, "TSNE", 30,
                0, 750, 42, 15, 0.1, "opt", null, "^ll/p1", List.of("ll/p1.O1.ll"), 1.5, -2, 40);
        ExplorerState explorer = new ExplorerState(openA.getParent(), List.of(a, b), a.name(), b.name(), true, "TSNE",
                30, 0, 750, 42, 15, 0.1, "opt", "id", marker, null, List.of(projection), List.of(bookmark),
                "MIREncoder: my-model", openA.getParent().resolve("my-model"), "gpu:1", "ll/p1.O1.ll", true);
        TrainingRun run = new TrainingRun("DevMap amd (aux) · mirencoder fine-tuned", "2026-12-07T10:00:00Z",
                "Done: 10 folds.", new TrainingRun.Request("DEVMAP_AMD", openA.getParent(), null, "",
                "mirencoder", "auto", "stratified", 204, true),
                List.of(new TrainingRun.CurvePoint("fold 0 train", 1, 0.9),
                        new TrainingRun.CurvePoint("fold 0 validation", 1, Double.NaN)),
                List.of(new TrainingRun.Fold(0, 612, 68, "gbt", "82.4%", "1.2")),
                new TrainingRun.Confusion(List.of("CPU", "GPU"), new int[][] {{300, 40}, {50, 290}}),
                List.of(new TrainingRun.Bar("Grewe et al.", 2.91, false), new TrainingRun.Bar("ours", 3.1, true)),
                "accuracy: 86.8%", headFolder);
        PredictState predict = new PredictState(headFolder, List.of(new PredictState.Input(openA,
                new double[] {1024, 64}), new PredictState.Input(openB, new double[] {Double.NaN, 8})),
                List.of(new PredictState.Row(openA, "GPU", 0.93, "CPU 0.07, GPU 0.93", null),
                        new PredictState.Row(openB, "", Double.NaN, "", "b.ll:3:1: expected type")));
        return new WorkspaceState(List.of(new WorkspaceState.OpenFile(openA, view),
                new WorkspaceState.OpenFile(openB, null)), openB, explorer, List.of(run), predict);
    }
}
