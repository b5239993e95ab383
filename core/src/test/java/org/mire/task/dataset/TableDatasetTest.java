package org.mire.task.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;

class TableDatasetTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Files.writeString(dir.resolve("a.ll"), "; a\n");
        Files.writeString(dir.resolve("b.ll"), "; b\n");
        Path file = dir.resolve("task.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsAClassificationTableWithFeaturesAndGroups() throws Exception {
        TaskData data = TableDataset.load(csv("file,label,group,size\na.ll,fast,g1,3\nb.ll,slow,g2,4.5\na.ll,fast,g1,1\n"),
                null);
        assertEquals(TaskKind.CLASSIFICATION, data.kind());
        assertEquals(List.of("fast", "slow"), data.classes());
        assertArrayEquals(new int[] {0, 1, 0}, data.labels());
        assertEquals(List.of("size"), data.featureNames());
        assertEquals(4.5, data.features()[1][0]);
        assertArrayEquals(new int[] {0, 1, 0}, data.groupIndices());
    }

    @Test
    void picksOneOfSeveralTargets() throws Exception {
        Path file = csv("file,target_cycles,target_ipc,loops\na.ll,100,1.5,2\nb.ll,200,0.5,3\n");
        MireException e = assertThrows(MireException.class, () -> TableDataset.load(file, null));
        assertTrue(e.getMessage().contains("several target columns"), e.getMessage());
        TaskData data = TableDataset.load(file, "ipc");
        assertEquals(TaskKind.REGRESSION, data.kind());
        assertArrayEquals(new double[] {1.5, 0.5}, data.targets());
        assertEquals(List.of("loops"), data.featureNames());
    }

    @Test
    void rejectsMissingFilesAndBadNumbers() throws Exception {
        MireException missing = assertThrows(MireException.class,
                () -> TableDataset.load(csv("file,label\na.ll,x\nc.ll,y\n"), null));
        assertTrue(missing.getMessage().contains("task.csv:3: IR file 'c.ll' not found"), missing.getMessage());
        MireException bad = assertThrows(MireException.class,
                () -> TableDataset.load(csv("file,target,size\na.ll,1,big\n"), null));
        assertTrue(bad.getMessage().contains("task.csv:2: column 'size' is not a number: 'big'"), bad.getMessage());
        MireException nan = assertThrows(MireException.class,
                () -> TableDataset.load(csv("file,target\na.ll,nan\n"), null));
        assertTrue(nan.getMessage().contains("column 'target' is NaN"), nan.getMessage());
    }

    @Test
    void rejectsLabelsAHeadDoesNotKnow() throws Exception {
        Path file = csv("file,label\na.ll,fast\nb.ll,medium\n");
        MireException e = assertThrows(MireException.class,
                () -> TableDataset.loadWithClasses(file, List.of("fast", "slow")));
        assertTrue(e.getMessage().contains("unknown label 'medium'"), e.getMessage());
    }
}
