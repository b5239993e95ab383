package org.mire.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.io.FileBatch;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrLanguage;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

class CorpusEncodingTest {
    @TempDir
    Path dir;

    private static final String ADD = """
            define i32 @add(i32 %a, i32 %b) {
            entry:
              %s = add nsw i32 %a, %b
              ret i32 %s
            }
            """;
    private static final String LOOP = """
            define void @zero(ptr %p, i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %q = getelementptr inbounds i32, ptr %p, i64 %i
              store i32 0, ptr %q, align 4
              %next = add nuw i64 %i, 1
              %done = icmp eq i64 %next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret void
            }
            """;

    /** A program that only knows its text: enough for a method that counts characters. */
    private record TextProgram(String sourceName, String text) implements IrProgram {
        @Override
        public IrLanguage language() {
            return IrLanguage.LLVM;
        }

        @Override
        public List<String> functionNames() {
            return List.of();
        }

        @Override
        public ProgramGraph graph() {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    /** Counts how often it encodes: the vector is the frequency of a few IR keywords. */
    private static final class KeywordCounts implements EmbeddingMethod {
        final AtomicInteger encoded = new AtomicInteger();
        final String version;

        KeywordCounts(String version) {
            this.version = version;
        }

        @Override
        public String id() {
            return "keywords";
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public String fingerprint() {
            return "keywords/" + version;
        }

        @Override
        public Provenance provenance(String level) {
            return new Provenance(id(), EncodingCache.hash(fingerprint()), "none", "none", 0, level, "");
        }

        @Override
        public float[] embedModule(IrProgram program) throws MireException {
            if (program.text().contains("unreachable")) {
                throw new MireException(program.sourceName() + ": cannot encode this one");
            }
            encoded.incrementAndGet();
            String[] words = {" add ", " br ", " store ", " ret "};
            float[] v = new float[4];
            for (int w = 0; w < 4; w++) {
                v[w] = program.text().split(words[w], -1).length - 1;
            }
            return v;
        }

        @Override
        public List<float[]> embedFunctions(IrProgram program) {
            return List.of();
        }
    }

    private CorpusDefinition corpus() throws Exception {
        Files.createDirectories(dir.resolve("ir/sub"));
        Files.writeString(dir.resolve("ir/add.ll"), ADD);
        Files.writeString(dir.resolve("ir/sub/loop.ll"), LOOP);
        Files.writeString(dir.resolve("ir/notes.txt"), "not IR");
        return CorpusDefinition.fromFolder(dir.resolve("ir"));
    }

    private static CorpusEncoder encoder(EncodingCache cache) {
        return new CorpusEncoder(file -> {
            try {
                return new TextProgram(file.getFileName().toString(), Files.readString(file));
            } catch (java.io.IOException e) {
                throw new MireException(file + ": " + e.getMessage(), e);
            }
        }, cache);
    }

    @Test
    void reopeningACorpusReadsVectorsFromTheCacheInsteadOfEncoding() throws Exception {
        CorpusDefinition corpus = corpus();
        assertEquals(List.of("add.ll", "sub/loop.ll"), corpus.rows().stream().map(CorpusDefinition.Row::id).toList());
        EncodingCache cache = new EncodingCache(dir.resolve("cache"));
        KeywordCounts method = new KeywordCounts("1");
        CorpusEncoder.Result first = encoder(cache).encode(corpus, method, ProgressMonitor.NONE);
        assertEquals(2, method.encoded.get());
        assertEquals(2, first.encoded());
        assertArrayEquals(new float[] {1, 0, 0, 1}, first.set().vectors()[0]);
        assertEquals(List.of(".", "sub"), first.set().metadata().get("folder"));

        CorpusEncoder.Result second = encoder(cache).encode(corpus, method, ProgressMonitor.NONE);
        assertEquals(2, method.encoded.get(), "nothing re-encoded");
        assertEquals(2, second.cached());
        assertArrayEquals(first.set().vectors()[1], second.set().vectors()[1]);

        // another fingerprint (new weights) misses; a changed file misses; a renamed identical file hits
        KeywordCounts retrained = new KeywordCounts("2");
        encoder(cache).encode(corpus, retrained, ProgressMonitor.NONE);
        assertEquals(2, retrained.encoded.get());
        Files.writeString(dir.resolve("ir/add.ll"), ADD.replace("add nsw", "sub nsw"));
        Files.writeString(dir.resolve("ir/copy.ll"), LOOP);
        CorpusEncoder.Result third = encoder(cache).encode(CorpusDefinition.fromFolder(dir.resolve("ir")), method,
                ProgressMonitor.NONE);
        assertEquals(3, method.encoded.get(), "only the edited file is encoded again");
        assertEquals(2, third.cached());
    }

    /** One cache for every panel: what the explorer encoded, the Train and Predict panels read back, not encoding it. */
    @Test
    void theTaskPanelsReadWhatTheExplorerEncoded() throws Exception {
        EncodingCache cache = new EncodingCache(dir.resolve("cache"));
        KeywordCounts method = new KeywordCounts("1");
        CorpusEncoder.Result explorer = encoder(cache).encode(corpus(), method, ProgressMonitor.NONE);
        assertEquals(2, method.encoded.get());
        Path add = dir.resolve("ir/add.ll");
        Path loop = dir.resolve("ir/sub/loop.ll");
        org.mire.task.InputMatrix.Embedded train = org.mire.task.InputMatrix.embedEach(List.of(add, loop, add),
                method, cache, ProgressMonitor.NONE);
        assertEquals(2, method.encoded.get(), "nothing encoded again");
        assertEquals(Map.of(), train.failures());
        assertArrayEquals(explorer.set().vectors()[0], train.vectors().get(add));
        assertArrayEquals(explorer.set().vectors()[1], train.vectors().get(loop));
    }

    @Test
    void aSampleFolderGetsProgramLanguageAndOptColumnsFromItsFileNames() throws Exception {
        Files.createDirectories(dir.resolve("samples/ll"));
        Files.createDirectories(dir.resolve("samples/c"));
        Files.writeString(dir.resolve("samples/ll/add.O0.ll"), ADD);
        Files.writeString(dir.resolve("samples/ll/add.O1.g.ll"), ADD);
        Files.writeString(dir.resolve("samples/ll/zero.O2.ll"), LOOP);
        Files.writeString(dir.resolve("samples/c/add.c"), "int add(int a, int b) { return a + b; }\n");
        CorpusDefinition corpus = CorpusDefinition.fromFolder(dir.resolve("samples"));
        assertEquals(List.of("folder", "extension", "program", "language", "opt"), corpus.columns());
        CorpusEncoder.Result result = encoder(null).encode(corpus, new KeywordCounts("1"), ProgressMonitor.NONE);
        assertEquals(List.of("c/add.c", "ll/add.O0.ll", "ll/add.O1.g.ll", "ll/zero.O2.ll"), result.set().ids());
        assertEquals(List.of("add", "add", "add", "zero"), result.set().metadata().get("program"));
        assertEquals(List.of("C", "LLVM IR", "LLVM IR", "LLVM IR"), result.set().metadata().get("language"));
        assertEquals(List.of("", "O0", "O1", "O2"), result.set().metadata().get("opt"));

        // A folder whose names carry nothing more than the file gets the language only.
        assertEquals(List.of("folder", "extension", "language"), corpus().columns());
    }

    @Test
    void filesThatFailAreListedAndLeftOut() throws Exception {
        CorpusDefinition corpus = corpus();
        Files.writeString(dir.resolve("ir/sub/loop.ll"), LOOP.replace("ret void", "unreachable"));
        CorpusEncoder.Result result = encoder(null).encode(corpus, new KeywordCounts("1"), ProgressMonitor.NONE);
        assertEquals(List.of("add.ll"), result.set().ids());
        assertEquals(1, result.failures().size());
        assertTrue(result.failures().getFirst().contains("loop.ll"), result.failures().toString());
    }

    @Test
    void labelsCsvGivesColumnsAndRejectsMissingFiles() throws Exception {
        corpus();
        Path csv = dir.resolve("ir/labels.csv");
        Files.writeString(csv, "file,device,note\nadd.ll,GPU,\"small, simple\"\nsub/loop.ll,CPU,loop\n");
        CorpusDefinition labelled = CorpusDefinition.fromLabels(csv);
        assertEquals(List.of("device", "note"), labelled.columns());
        assertEquals("small, simple", labelled.rows().getFirst().labels().get("note"));
        CorpusEncoder.Result result = encoder(null).encode(labelled, new KeywordCounts("1"), ProgressMonitor.NONE);
        assertEquals(List.of("GPU", "CPU"), result.set().metadata().get("device"));

        CorpusDefinition joined = CorpusDefinition.fromFolder(dir.resolve("ir")).withLabels(csv);
        assertEquals(List.of("GPU", "CPU"), joined.rows().stream().map(r -> r.labels().get("device")).toList());

        Files.writeString(csv, "file,device\nadd.ll,GPU\nmissing.ll,CPU\n");
        MireException e = assertThrows(MireException.class, () -> CorpusDefinition.fromLabels(csv));
        assertTrue(e.getMessage().startsWith(csv + ":3: no such file"), e.getMessage());
    }

    @Test
    void devMapFolderGivesOneRowPerKernelAndInputWithBothOracles() throws Exception {
        Path devmap = Path.of(System.getProperty("mire.repo.root", ".")).resolve("../shared/datasets/devmap");
        Assumptions.assumeTrue(Files.isDirectory(devmap), "DevMap data set not present");
        CorpusDefinition corpus = CorpusDefinition.devMap(devmap);
        assertEquals(680, corpus.size());
        List<String> oracles = new ArrayList<>();
        for (CorpusDefinition.Row row : corpus.rows()) {
            oracles.add(row.labels().get("oracle_amd"));
        }
        assertTrue(oracles.stream().allMatch(o -> o.equals("CPU") || o.equals("GPU")), "every row has an oracle");
        assertEquals("amd-app-sdk-3.0", corpus.rows().getFirst().labels().get("suite"));
        assertTrue(corpus.files().size() < 680, "kernels with several inputs share a file");
    }

    @Test
    void importedVectorsLineUpWithTheCorpusByIdByFileNameOrByRowOrder() throws Exception {
        CorpusDefinition corpus = corpus();
        Provenance provenance = new Provenance("imported:v", "none", "none", "none", 0, "module", "now");
        // by file name, in the corpus's order; rows the corpus does not have are left out
        EmbeddingSet byName = new EmbeddingSet(List.of("loop.ll", "other.ll", "add.ll"),
                new float[][] {{2}, {9}, {1}}, java.util.Map.of(), provenance);
        EmbeddingSet lined = corpus.lineUp(byName, "v.npy");
        assertEquals(List.of("add.ll", "sub/loop.ll"), lined.ids());
        assertArrayEquals(new float[] {1}, lined.vectors()[0]);
        assertEquals(List.of(".", "sub"), lined.metadata().get("folder"));
        assertEquals(dir.resolve("ir/sub/loop.ll").toString(), lined.metadata().get("file").get(1));
        // no id in common: by row order when the counts agree, else an error naming the vectors
        EmbeddingSet anonymous = new EmbeddingSet(List.of("0", "1"), new float[][] {{5}, {6}}, java.util.Map.of(),
                provenance);
        assertArrayEquals(new float[] {6}, corpus.lineUp(anonymous, "v.npy").vectors()[1]);
        EmbeddingSet three = new EmbeddingSet(List.of("0", "1", "2"), new float[][] {{5}, {6}, {7}},
                java.util.Map.of(), provenance);
        MireException e = assertThrows(MireException.class, () -> corpus.lineUp(three, "v.npy"));
        assertTrue(e.getMessage().startsWith("v.npy: 3 vectors, none with an id"), e.getMessage());
    }
    /**
     * Stopping a long encode keeps what it made: the set holds the rows of the groups finished before the stop, the
     * cache holds their vectors, and encoding again encodes only the rest. Progress names the overall count.
     */
    @Test
    void stoppingKeepsTheRowsEncodedSoFar() throws Exception {
        Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 80; i++) {
            Files.writeString(dir.resolve("many/f" + i + ".ll"), ADD.replace("@add", "@add" + i));
        }
        CorpusDefinition corpus = CorpusDefinition.fromFolder(dir.resolve("many"));
        KeywordCounts method = new KeywordCounts("1");
        EncodingCache cache = new EncodingCache(dir.resolve("cache"));
        List<String> messages = new ArrayList<>();
        ProgressMonitor stopAfterTheFirstGroup = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return method.encoded.get() >= 32;
            }
        };
        CorpusEncoder.Result partial = encoder(cache).encodeUntilStopped(corpus, method, CorpusEncoder.Level.MODULE,
                stopAfterTheFirstGroup);
        assertTrue(partial.stopped());
        assertEquals(32, partial.set().size());
        assertEquals(32, partial.encoded());
        assertTrue(messages.contains("32 of 80 files (0 from the cache) · keywords"), messages.toString());

        CorpusEncoder.Result rest = encoder(cache).encode(corpus, method, ProgressMonitor.NONE);
        assertTrue(!rest.stopped());
        assertEquals(80, rest.set().size());
        assertEquals(32, rest.cached());
        assertEquals(48, rest.encoded());

        assertThrows(org.mire.progress.CancelledException.class, () -> encoder(null).encode(corpus,
                new KeywordCounts("2"), stopAfterTheFirstGroup), "a plain encode still cancels");
    }
    /**
     * A cancel while a group's files are read (a C file is compiled first, seconds each) stopped only once all 32
     * were read and encoded; now the group's remaining files are not read, and the finished group's rows are kept.
     */
    @Test
    void aCancelWhileAGroupIsReadStopsReadingAndKeepsTheFinishedRows() throws Exception {
        Files.createDirectories(dir.resolve("slow"));
        for (int i = 0; i < 64; i++) {
            Files.writeString(dir.resolve("slow/f" + i + ".ll"), ADD.replace("@add", "@add" + i));
        }
        CorpusDefinition corpus = CorpusDefinition.fromFolder(dir.resolve("slow"));
        KeywordCounts method = new KeywordCounts("slow");
        AtomicInteger read = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        CorpusEncoder slowReader = new CorpusEncoder(file -> {
            if (read.incrementAndGet() == 36) {
                stop.set(true); // the user presses Cancel while the second group is read
            }
            try {
                Thread.sleep(20);
                return new TextProgram(file.getFileName().toString(), Files.readString(file));
            } catch (java.io.IOException | InterruptedException e) {
                throw new MireException(file + ": " + e.getMessage(), e);
            }
        }, null);
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return stop.get();
            }
        };
        CorpusEncoder.Result result = slowReader.encodeUntilStopped(corpus, method, CorpusEncoder.Level.MODULE,
                monitor);
        assertTrue(result.stopped());
        assertEquals(32, result.set().size(), "the first group's rows are kept");
        assertEquals(32, method.encoded.get(), "the stopped group is not encoded");
        assertTrue(read.get() < 36 + 2 * FileBatch.defaultThreads() + 1, read.get() + " files read after the cancel");
        assertEquals(List.of(), result.failures(), "files left unread are not failures");
    }
}
