package org.mire.task.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mire.MireException;

class ProtocolSplitsTest {

    @Test
    void groupedFoldsNeverSplitAGroupAndBalanceRows() throws Exception {
        int[] groups = new int[200];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = i % 37; // 37 groups of 5-6 rows
        }
        int[] folds = new GroupKFold(5, 3).assign(groups);
        for (int g = 0; g < 37; g++) {
            Set<Integer> foldsOfGroup = new HashSet<>();
            for (int i = 0; i < groups.length; i++) {
                if (groups[i] == g) {
                    foldsOfGroup.add(folds[i]);
                }
            }
            assertEquals(1, foldsOfGroup.size(), "group " + g);
        }
        int[] sizes = new int[5];
        for (int f : folds) {
            sizes[f]++;
        }
        for (int size : sizes) {
            assertTrue(size >= 34 && size <= 46, "fold size " + size);
        }
        assertArrayEquals(folds, new GroupKFold(5, 3).assign(groups));
    }

    @Test
    void groupedFoldsNeedEnoughGroups() {
        assertThrows(MireException.class, () -> new GroupKFold(5, 1).assign(new int[] {0, 0, 1, 1, 2}));
    }

    @Test
    void leaveOneGroupOutTestsEachGroupOnce() throws Exception {
        List<Fold> splits = LeaveOneGroupOut.splits(new int[] {0, 1, 1, 2});
        assertEquals(3, splits.size());
        assertArrayEquals(new int[] {1, 2}, splits.get(1).test());
        assertArrayEquals(new int[] {0, 3}, splits.get(1).train());
    }

    @Test
    void trainTestSplitIsStratifiedAndDeterministic() throws Exception {
        int[] labels = new int[100];
        for (int i = 0; i < 20; i++) {
            labels[i] = 1;
        }
        Fold split = TrainTestSplit.split(labels, 100, 0.25, 9);
        assertEquals(25, split.test().length);
        assertEquals(5, java.util.Arrays.stream(split.test()).filter(i -> labels[i] == 1).count());
        assertArrayEquals(split.test(), TrainTestSplit.split(labels, 100, 0.25, 9).test());
        Set<Integer> all = new HashSet<>();
        for (int i : split.train()) {
            all.add(i);
        }
        for (int i : split.test()) {
            assertTrue(all.add(i), "row " + i + " in both parts");
        }
        assertEquals(100, all.size());
    }
}
