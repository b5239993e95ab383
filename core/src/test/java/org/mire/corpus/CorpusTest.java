package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

/** Reading manifests: the contract the pre-training code relies on. */
class CorpusTest {
    private static final String HEADER = "file,source,opt,hash,functions,instructions,status,split\n";

    @TempDir
    Path dir;

    @Test
    void readsEntriesWithAbsolutePathsAndSplits() throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), HEADER
                + "ir/pkgs/z/a.c.O0.ll,pkgs/z/a.c,O0,abc,3,40,ok,train\n"
                + "ir/pkgs/z/a.c.O2.ll,pkgs/z/a.c,O2,def,2,20,ok,train\n"
                + ",pkgs/z/b.c,O0,,0,0,compile-error,\n"
                + ",\"pkgs/z/odd,name.c\",O2,abc,3,40,duplicate,\n"
                + "ir/csmith/c-1.c.O1.ll,csmith/c-1.c,O1,999,12,400,ok,validation\n");
        Corpus corpus = Corpus.open(dir);
        assertEquals(5, corpus.entries().size());
        assertEquals(2, corpus.entries(Split.TRAIN).size());
        assertEquals(1, corpus.entries(Split.VALIDATION).size());
        CorpusEntry first = corpus.entries().getFirst();
        assertEquals(dir.toAbsolutePath().resolve("ir/pkgs/z/a.c.O0.ll"), first.path());
        assertTrue(first.path().isAbsolute());
        assertEquals("z", first.packageName());
        assertEquals(40, first.instructions());
        CorpusEntry failed = corpus.entries().get(2);
        assertNull(failed.path());
        assertNull(failed.split());
        assertEquals(CorpusEntry.Status.COMPILE_ERROR, failed.status());
        assertEquals("pkgs/z/odd,name.c", corpus.entries().get(3).source());
        assertEquals("csmith", corpus.entries().get(4).packageName());
    }

    @Test
    void aRowBeingAppendedIsNotReadYet() throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), HEADER + "ir/a.c.O0.ll,pkgs/z/a.c,O0,abc,3,40,ok,train\n"
                + "ir/b.c.O0.ll,pkgs/z/b.c,O0,de");
        assertEquals(1, Corpus.open(dir).entries().size());
    }

    @Test
    void missingFolderOrManifestIsAClearError() {
        assertEquals(dir.resolve("nope") + ": no such corpus folder",
                assertThrows(MireException.class, () -> Corpus.open(dir.resolve("nope"))).getMessage());
        assertTrue(assertThrows(MireException.class, () -> Corpus.open(dir)).getMessage()
                .contains("manifest.csv: no such file"));
    }

    @Test
    void malformedManifestsNameFileAndLine() throws Exception {
        Path manifest = dir.resolve("manifest.csv");
        List<String[]> cases = List.of(
                new String[] {"file,source,opt\n", ":1: expected the header"},
                new String[] {HEADER + "a.ll,s.c,O0,h,1,2,ok\n", ":2: expected 8 fields but found 7"},
                new String[] {HEADER + "a.ll,s.c,O0,h,1,2,ok,train\nb.ll,t.c,O0,h,1,2,fine,\n", ":3: unknown status 'fine'"},
                new String[] {HEADER + "a.ll,s.c,O0,h,1,2,ok,test\n", ":2: unknown split 'test'"},
                new String[] {HEADER + "a.ll,s.c,O0,h,x,2,ok,train\n", ":2: functions and instructions must be whole numbers"},
                new String[] {HEADER + ",s.c,O0,h,1,2,ok,train\n", ":2: an ok row needs a file, a hash and a split"},
                new String[] {HEADER + "../../etc/passwd,s.c,O0,h,1,2,ok,train\n", ":2: file '../../etc/passwd' lies outside"},
                new String[] {HEADER + "a.ll,\"s.c,O0,h,1,2,ok,train\n", ":2: unterminated quoted field"},
                new String[] {HEADER + "a.ll,s.c,O0,h,1,2,ok,train\n,t.c\n", ":3: expected 8 fields but found 2"});
        for (String[] c : cases) {
            Files.writeString(manifest, c[0]);
            String message = assertThrows(MireException.class, () -> Corpus.open(dir)).getMessage();
            assertTrue(message.startsWith(manifest.toAbsolutePath().toString()) || message.startsWith(manifest.toString()),
                    message);
            assertTrue(message.contains(c[1]), "'" + message + "' should contain '" + c[1] + "'");
        }
    }

    @Test
    void splitIsStableAndAboutFivePercentValidation() {
        Set<Split> seen = new HashSet<>();
        int validation = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Split split = Split.ofSource("pkgs/p" + (i % 50) + "/src/file" + i + ".c");
            seen.add(split);
            if (split == Split.VALIDATION) {
                validation++;
            }
        }
        assertEquals(Set.of(Split.TRAIN, Split.VALIDATION), seen);
        double share = validation / (double) n;
        assertTrue(share > 0.04 && share < 0.06, "validation share " + share);
        assertEquals(Split.ofSource("pkgs/zlib/deflate.c"), Split.ofSource("pkgs/zlib/deflate.c"));
    }
}
