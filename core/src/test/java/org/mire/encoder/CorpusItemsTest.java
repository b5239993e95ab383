package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mire.corpus.CorpusBuilder;
import org.mire.corpus.CorpusEntry;
import org.mire.corpus.Split;

class CorpusItemsTest {
    private static CorpusEntry entry(String source, String opt, Split split) {
        return new CorpusEntry(null, "ir/" + source, source, opt, "h", 1, 1, CorpusEntry.Status.OK, split);
    }

    @Test
    void givenIrOfOneSourceAtAllLevelsLandsInOneSplit() {
        Split expected = Split.ofSource("pkgs/zlib/deflate.c");
        for (String level : new String[] {"O0", "O1", "O2", "O3", "O1.g"}) {
            CorpusEntry given = entry("pkgs/zlib/deflate.c." + level + ".ll", CorpusBuilder.GIVEN,
                    expected == Split.TRAIN ? Split.VALIDATION : Split.TRAIN);
            assertEquals(expected, CorpusItems.splitOf(given), level);
        }
    }

    @Test
    void compiledSourcesKeepTheManifestSplit() {
        assertEquals(Split.VALIDATION, CorpusItems.splitOf(entry("pkgs/zlib/deflate.c", "O2", Split.VALIDATION)));
        assertEquals(Split.TRAIN, CorpusItems.splitOf(entry("pkgs/zlib/deflate.c", "O2", Split.TRAIN)));
    }
}
