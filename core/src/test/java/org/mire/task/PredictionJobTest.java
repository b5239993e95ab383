package org.mire.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.embed.baseline.OpcodeHistogram;
import org.mire.progress.ProgressMonitor;
import org.mire.task.head.FitContext;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;

/** The predict job on real IR: inputs that fail are reported one by one, the others predicted. */
class PredictionJobTest {
    @TempDir
    Path dir;

    private static Path sample(String name) {
        return Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll").resolve(name);
    }

    /** A head on opcode histograms plus one extra feature, as DevMap's heads need transfer and wgsize. */
    private Path headWithAFeature() throws Exception {
        List<Path> files = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> programs = List.of("fft", "dijkstra", "bfs", "crc32", "histogram", "jacobi");
        int[] labels = new int[programs.size() * 2];
        double[][] features = new double[programs.size() * 2][1];
        for (String program : programs) {
            for (String level : List.of("O0", "O2")) {
                int row = files.size();
                labels[row] = level.equals("O0") ? 0 : 1;
                features[row][0] = row;
                files.add(sample(program + "." + level + ".ll"));
                ids.add(program + "." + level);
            }
        }
        TaskData data = new TaskData("optlevel", TaskKind.CLASSIFICATION, ids, files, ids, List.of("size"), features,
                List.of("O0", "O2"), labels, null);
        OpcodeHistogram method = new OpcodeHistogram();
        double[][] inputs = InputMatrix.build(data, method, ProgressMonitor.NONE);
        TrainedHead trained = TrainedHead.fitClassifier(HeadSpec.parse("rf:trees=30"), inputs, labels, 2,
                FitContext.DEFAULT);
        Path head = dir.resolve("head");
        SavedHead.of(data, method, trained, Map.of()).save(head);
        return head;
    }

    @Test
    void aFileThatFailsGetsItsErrorAndTheOthersArePredicted() throws Exception {
        SavedHead head = SavedHead.load(headWithAFeature());
        assertEquals(List.of("size"), head.featureNames());
        Path broken = Files.writeString(dir.resolve("broken.ll"), "define i32 @f( {\n  this is not IR\n}\n");
        List<PredictionJob.Outcome> outcomes = PredictionJob.forInputs(head, List.of(
                new PredictionJob.Input(sample("kmeans.O0.ll"), new double[] {3}),
                new PredictionJob.Input(broken, new double[] {1}),
                new PredictionJob.Input(sample("kmeans.O2.ll"), new double[] {Double.NaN}),
                new PredictionJob.Input(dir.resolve("gone.ll"), new double[] {1})), ProgressMonitor.NONE);
        assertEquals(4, outcomes.size());
        assertNotNull(outcomes.get(0).prediction());
        assertNull(outcomes.get(0).error());
        assertTrue(outcomes.get(1).error().startsWith("broken.ll:2:3: "), outcomes.get(1).error());
        assertEquals(sample("kmeans.O2.ll") + ": this head also needs size", outcomes.get(2).error());
        assertTrue(outcomes.get(3).error().contains("no such file"), outcomes.get(3).error());

        MireException strict = assertThrows(MireException.class, () -> PredictionJob.forFiles(head,
                List.of(sample("kmeans.O0.ll")), ProgressMonitor.NONE));
        assertTrue(strict.getMessage().contains("also needs the features size"), strict.getMessage());
    }
}
