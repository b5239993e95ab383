package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mire.cli.CliTestSupport.mire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.corpus.Corpus;
import org.mire.corpus.Split;
import org.mire.text.Vocabulary;
import org.mire.tools.ExternalTool;

class TokensCorpusVocabCommandTest {
    private static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path SAXPY = REPO.resolve("sample-ir/ll/saxpy_vec4.O2.ll");

    @TempDir
    Path dir;

    @Test
    void tokensPrintsTheSequenceOneStatementALine() {
        CliTestSupport.Run run = mire("tokens", SAXPY.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("[CLS]", lines.getFirst());
        assertTrue(lines.contains("[SEP]"), "two kernels, separated");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("call i64 @get_global_id i32 0")), run.out());
        assertTrue(lines.contains("ret void"));
    }

    @Test
    void tokensOfOneFunctionAndNormalisedStatements() {
        CliTestSupport.Run run = mire("tokens", SAXPY.toString(), "--function", "saxpy_tail", "--normalised");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("; @saxpy_tail\n"), run.out());
        assertTrue(run.out().contains("%ID = call i64 @get_global_id(i32 0)\n"), run.out());
        assertTrue(!run.out().contains("@saxpy_vec4"));
    }

    @Test
    void tokensWithIdsFromAVocabulary() throws Exception {
        Path vocab = dir.resolve("vocab.txt");
        Vocabulary.of(List.of("ret", "void")).save(vocab);
        CliTestSupport.Run run = mire("tokens", SAXPY.toString(), "--vocab", vocab.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("[CLS]:2\n"), run.out());
        assertTrue(run.out().contains("ret:5 void:6"), run.out());
        assertTrue(run.out().contains("call:1"), "unknown tokens show [UNK]'s id");
    }

    @Test
    void unknownFunctionIsAUserError() {
        CliTestSupport.Run run = mire("tokens", SAXPY.toString(), "--function", "nope");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("mire: " + SAXPY + ": no defined function nope; functions: @saxpy_vec4, @saxpy_tail"),
                run.err());
    }

    @Test
    void corpusBuildThenVocabBuild() throws Exception {
        assumeTrue(ExternalTool.CLANG.isAvailable(), "clang is not installed");
        Path src = Files.createDirectories(dir.resolve("src/pkg"));
        Files.writeString(src.resolve("a.c"), "int add(int a, int b) { return a + b; }\n");
        Files.writeString(src.resolve("b.c"), "double scale(double *v, int n) { double s = 0; "
                + "for (int i = 0; i < n; i++) s += v[i] * 2.0; return s; }\n");
        Files.writeString(src.resolve("broken.c"), "int f( {\n");
        Path corpus = dir.resolve("corpus");
        CliTestSupport.Run build = mire("corpus", "build", "--from", dir.resolve("src").toString(), "--out",
                corpus.toString(), "--opt", "O0,O2", "--jobs", "2", "--datasets", dir.resolve("none").toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains("rows by status: {compile-error=2, ok=4}"), build.out());
        assertEquals(4, Corpus.open(corpus).usableEntries().size());
        String json = Files.readString(corpus.resolve("corpus.json"));
        assertTrue(json.contains("\"command\": \"mire corpus build --from"), json);

        CliTestSupport.Run info = mire("corpus", "info", corpus.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("4 files"), info.out());

        Path vocab = dir.resolve("vocab.txt");
        boolean hasTrain = !Corpus.open(corpus).entries(Split.TRAIN).isEmpty();
        CliTestSupport.Run vocabRun = mire("vocab", "build", "--corpus", corpus.toString(), "--out", vocab.toString(),
                "--min-count", "1");
        if (hasTrain) {
            assertEquals(0, vocabRun.exitCode(), vocabRun.err());
            Vocabulary loaded = Vocabulary.load(vocab);
            assertTrue(loaded.contains("add") && loaded.contains("[external]"), loaded.tokens().toString());
            assertTrue(vocabRun.out().contains("sha256 " + loaded.sha256()), vocabRun.out());
        } else {
            assertEquals(1, vocabRun.exitCode());
        }
    }

    @Test
    void corpusBuildRefusesTheDatasetsFolderAndBadOptions() throws Exception {
        Path datasets = Files.createDirectories(dir.resolve("datasets/devmap"));
        CliTestSupport.Run run = mire("corpus", "build", "--from", datasets.toString(), "--out",
                dir.resolve("c").toString(), "--datasets", dir.resolve("datasets").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("refusing"), run.err());
        CliTestSupport.Run badOpt = mire("corpus", "build", "--from", dir.toString(), "--out",
                dir.resolve("c").toString(), "--opt", "O7");
        assertEquals(1, badOpt.exitCode());
        assertTrue(badOpt.err().contains("unknown opt level 'O7'"), badOpt.err());
        CliTestSupport.Run missing = mire("corpus", "info", dir.resolve("nothing").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such corpus folder"), missing.err());
        CliTestSupport.Run badCap = mire("corpus", "build", "--from", dir.toString(), "--out",
                dir.resolve("c").toString(), "--max-share", "csmith");
        assertEquals(1, badCap.exitCode());
        assertTrue(badCap.err().contains("--max-share expects PACKAGE-GLOB=FRACTION"), badCap.err());
        CliTestSupport.Run badLimit = mire("corpus", "build", "--from", dir.toString(), "--out",
                dir.resolve("c").toString(), "--max-per-package-of", "opencl/*=many");
        assertEquals(1, badLimit.exitCode());
        assertTrue(badLimit.err().contains("--max-per-package-of expects GLOB=N"), badLimit.err());
        CliTestSupport.Run noFlags = mire("corpus", "build", "--from", dir.toString(), "--out",
                dir.resolve("c").toString(), "--flags", dir.resolve("missing.tsv").toString());
        assertEquals(1, noFlags.exitCode());
        assertTrue(noFlags.err().contains("missing.tsv: no such compile rules file"), noFlags.err());
    }
}
