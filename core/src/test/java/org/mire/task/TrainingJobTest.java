package org.mire.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.progress.ProgressMonitor;
import org.mire.task.dataset.DatasetLocations;
import org.mire.task.dataset.DevMapDataset;
import org.mire.task.dataset.DevMapPlatform;
import org.mire.task.head.HeadSpec;

class TrainingJobTest {
    @TempDir
    Path dir;

    @Test
    void csvJobReportsFoldsAndSavesTheMostChosenHead() throws Exception {
        StringBuilder csv = new StringBuilder("file,target,x\n");
        for (int i = 0; i < 60; i++) {
            Files.writeString(dir.resolve("f" + i + ".ll"), "; " + i + "\n");
            csv.append("f").append(i).append(".ll,").append(2 * i + 1).append(',').append(i).append('\n');
        }
        Path table = dir.resolve("t.csv");
        Files.writeString(table, csv.toString());
        List<Integer> finished = new ArrayList<>();
        TrainingJob.Result result = TrainingJob.run(new TrainingJob.Request(new TrainingJob.CsvSource(table, null),
                "none", "ridge:lambda=0.001;rf:trees=20", "stratified:3", 1), ProgressMonitor.NONE, new CvListener() {
                    @Override
                    public void foldFinished(CvResult.FoldResult fold) {
                        finished.add(fold.fold());
                    }
                });
        assertEquals(List.of(0, 1, 2), finished);
        assertNull(result.classification());
        assertEquals("none", result.embeddingLabel());
        assertTrue(result.regression().r2() > 0.99, "R² " + result.regression().r2());
        SavedHead head = result.fitFinal(ProgressMonitor.NONE).saved();
        assertEquals(HeadSpec.parse("ridge:lambda=0.001"), head.spec());
        head.save(dir.resolve("head"));
        assertEquals(121, SavedHead.load(dir.resolve("head")).head().predictValues(new double[][] {{60}})[0], 0.5);
    }

    @Test
    void devMapJobComparesWithPublishedSpeedups() throws Exception {
        Path folder = SharedData.folder(DatasetLocations.DEVMAP);
        TrainingJob.Result result = TrainingJob.run(new TrainingJob.Request(new TrainingJob.DevMapSource(folder,
                DevMapPlatform.AMD, DevMapDataset.FeatureSet.GREWE_AUX), "none", "rf:trees=30", "stratified", 204),
                ProgressMonitor.NONE, CvListener.NONE);
        assertEquals(10, result.cv().folds().size());
        assertNotNull(result.speedup());
        assertEquals(2, result.classification().confusion().length);
        assertTrue(result.published().stream().anyMatch(r -> r.method().startsWith("IR2Vec")));
        assertTrue(result.published().stream().anyMatch(r -> r.method().equals("oracle") && r.value() == 3.64));
    }
}
