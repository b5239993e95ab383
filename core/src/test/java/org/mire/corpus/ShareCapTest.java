package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share caps on manifest rows. */
class ShareCapTest {
    @TempDir
    Path dir;

    private CorpusEntry row(String source, String opt, long instructions) throws Exception {
        String file = "ir/" + source + "." + opt + ".ll";
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "; ir\n");
        return new CorpusEntry(path, file, source, opt, source + opt, 1, instructions, CorpusEntry.Status.OK,
                Split.ofSource(source));
    }

    private static long share(List<CorpusEntry> rows, String packageName) {
        long total = rows.stream().filter(r -> r.status() == CorpusEntry.Status.OK).mapToLong(CorpusEntry::instructions).sum();
        long part = rows.stream().filter(r -> r.status() == CorpusEntry.Status.OK && r.packageName().equals(packageName))
                .mapToLong(CorpusEntry::instructions).sum();
        return Math.round(100.0 * part / total);
    }

    @Test
    void keepsWholeSourcesWithinTheShare() throws Exception {
        List<CorpusEntry> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("csmith/csmith-" + i + ".c", "O0", 100));
            rows.add(row("csmith/csmith-" + i + ".c", "O2", 50));
        }
        rows.add(row("pkgs/zlib/deflate.c", "O0", 1000));
        rows.add(row("pkgs/zlib/inflate.c", "O0", 700));
        ShareCap.Result result = ShareCap.apply(rows, List.of(ShareCap.parse("csmith=0.15")), dir);
        ShareCap.Outcome outcome = result.outcomes().getFirst();
        // 0.15 / 0.85 * 1700 = 300 instructions: two whole sources of 150
        assertEquals(2, outcome.sourcesKept());
        assertEquals(8, outcome.sourcesCapped());
        assertEquals(16, outcome.rowsCapped());
        assertEquals(300, outcome.instructionsKept());
        assertEquals(1500, outcome.instructionsBefore());
        assertTrue(outcome.share() <= 0.15);
        for (CorpusEntry r : result.entries()) {
            boolean kept = r.status() == CorpusEntry.Status.OK;
            assertEquals(kept, r.split() != null, r.toString());
            assertTrue(Files.isRegularFile(r.path()), "capped IR stays for later: " + r);
        }
        // Both levels of a source share its fate.
        result.entries().stream().filter(r -> r.packageName().equals("csmith")).forEach(r -> assertEquals(
                r.status(), result.entries().stream().filter(o -> o.source().equals(r.source())).findFirst().get().status()));

        // When the rest of the corpus grows, capped sources come back.
        List<CorpusEntry> grown = new ArrayList<>(result.entries());
        grown.add(row("pkgs/zlib/trees.c", "O0", 1700));
        ShareCap.Outcome again = ShareCap.apply(grown, List.of(ShareCap.parse("csmith=15%")), dir).outcomes().getFirst();
        assertEquals(4, again.sourcesKept());
    }

    @Test
    void severalCapsHoldTogether() throws Exception {
        List<CorpusEntry> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(row("csmith/c" + i + ".c", "O0", 100));
            rows.add(row("opencl/hashcat-6/OpenCL/m" + i + ".cl", "O0", 300));
        }
        rows.add(row("pkgs/zlib/deflate.c", "O0", 2000));
        ShareCap.Result result = ShareCap.apply(rows, List.of(ShareCap.parse("csmith=0.2"),
                ShareCap.parse("hashcat-*=0.3")), dir);
        assertTrue(share(result.entries(), "csmith") <= 20, "csmith " + share(result.entries(), "csmith"));
        assertTrue(share(result.entries(), "hashcat-6") <= 30, "hashcat " + share(result.entries(), "hashcat-6"));
        assertTrue(share(result.entries(), "hashcat-6") >= 20, "and not far below");
    }

    @Test
    void rejectsMalformedCaps() {
        assertThrows(IllegalArgumentException.class, () -> ShareCap.parse("csmith"));
        assertThrows(IllegalArgumentException.class, () -> ShareCap.parse("csmith=abc"));
        assertThrows(IllegalArgumentException.class, () -> ShareCap.parse("csmith=1.5"));
        assertThrows(IllegalArgumentException.class, () -> ShareCap.parse("=0.1"));
        assertEquals(0.15, ShareCap.parse("csmith=15%").fraction(), 1e-12);
    }
}
