package org.mire.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.embed.EmbeddingSet;
import org.mire.progress.ProgressMonitor;

class WorkspaceFolderTest {
    @TempDir
    Path dir;
    private Path data;
    private Path a;
    private Path b;
    private Path head;

    @BeforeEach
    void files() throws IOException {
        data = Files.createDirectories(dir.resolve("project/data"));
        a = Files.writeString(data.resolve("a.ll"), "define void @a() {\n  ret void\n}\n");
        b = Files.writeString(data.resolve("b.ll"), "define void @b() {\n  ret void\n}\n");
        head = Files.createDirectories(data.resolve("head"));
    }

    private WorkspaceState full(String marker) {
        return WorkspaceStates.full(a, b, head, marker, WorkspaceStates.set(40, 16, 1), WorkspaceStates.set(30, 8, 2));
    }

    @Test
    void savesAndReopensEverythingItHolds() throws Exception {
        Path folder = dir.resolve("project/ws");
        WorkspaceState saved = full("x");
        assertTrue(new WorkspaceFolder(folder).save(saved, ProgressMonitor.NONE));

        WorkspaceFolder.Opened opened = new WorkspaceFolder(folder).open(ProgressMonitor.NONE);
        assertEquals(List.of(), opened.problems());
        assertNotNull(opened.writtenBy());
        assertSameState(saved, opened.state());
    }

    /** A workspace written before the explorer kept its method, device and clicked point opens with the defaults. */
    @Test
    void aWorkspaceWithoutTheExplorersMethodAndSelectionOpensWithTheDefaults() throws Exception {
        Path folder = dir.resolve("older/ws");
        assertTrue(new WorkspaceFolder(folder).save(full("x"), ProgressMonitor.NONE));
        Path manifest = folder.resolve("workspace.json");
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(Files.readString(manifest))
                .getAsJsonObject();
        com.google.gson.JsonObject explorer = json.getAsJsonObject("explorer");
        for (String key : List.of("method", "modelFolder", "device", "selected", "neighboursInRight")) {
            assertNotNull(explorer.remove(key), key + " is written");
        }
        Files.writeString(manifest, json.toString());

        WorkspaceFolder.Opened opened = new WorkspaceFolder(folder).open(ProgressMonitor.NONE);
        assertEquals(List.of(), opened.problems());
        ExplorerState e = opened.state().explorer();
        assertNull(e.method());
        assertNull(e.modelFolder());
        assertNull(e.device());
        assertNull(e.selected());
        assertFalse(e.neighboursInRight());
        assertEquals(2, e.sets().size(), "the rest is read as before");
    }

    @Test
    void pathsAreRelativeSoACopiedFolderOpensWhereItWasCopied() throws Exception {
        Path folder = dir.resolve("project/ws");
        new WorkspaceFolder(folder).save(full("x"), ProgressMonitor.NONE);
        String manifest = Files.readString(folder.resolve(WorkspaceFolder.MANIFEST));
        assertFalse(manifest.contains(dir.toString()), "no absolute path in the manifest:\n" + manifest);
        assertTrue(manifest.contains("\"../data/a.ll\""), manifest);

        Path copy = dir.resolve("elsewhere/project");
        copyTree(dir.resolve("project"), copy);
        WorkspaceFolder.Opened opened = new WorkspaceFolder(copy.resolve("ws")).open(ProgressMonitor.NONE);
        assertEquals(List.of(), opened.problems());
        assertEquals(copy.resolve("data/a.ll"), opened.state().files().getFirst().path());
        assertEquals(copy.resolve("data/head"), opened.state().predict().headFolder());
        assertEquals(copy.resolve("data"), opened.state().explorer().corpus());
        assertEquals(40, opened.state().explorer().sets().getFirst().set().size());
    }

    @Test
    void aNewerFormatIsRefusedWithAMessageThatSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(folder.resolve(WorkspaceFolder.MANIFEST),
                "{\"format\": 7, \"writtenBy\": \"MIRE Workbench 9.0\", \"files\": []}");
        MireException e = assertThrows(MireException.class,
                () -> new WorkspaceFolder(folder).open(ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("format 7") && e.getMessage().contains("MIRE Workbench 9.0")
                && e.getMessage().contains("newer"), e.getMessage());
    }

    /** A workspace saved before the Train panel offered fine-tuning has no {@code fineTune}: its runs were frozen. */
    @Test
    void aTrainingRunSavedWithoutTheFineTuneFlagReadsAsFrozen() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(folder.resolve(WorkspaceFolder.MANIFEST), """
                {"format": 1, "files": [], "trainingRuns": [{"title": "a.csv · opcode-histogram · rf",
                  "finishedAt": "2026-12-06T10:00:00Z", "status": "Done: 3 folds.",
                  "request": {"dataset": "CSV", "csv": "a.csv", "target": "", "embedding": "opcode-histogram",
                              "heads": "rf", "protocol": "stratified:3", "seed": 1},
                  "curve": [], "folds": [], "bars": [], "summary": ""}]}""");
        WorkspaceFolder.Opened opened = new WorkspaceFolder(folder).open(ProgressMonitor.NONE);
        TrainingRun.Request request = opened.state().trainingRuns().getFirst().request();
        assertEquals("rf", request.heads());
        assertFalse(request.fineTune());
    }

    @Test
    void aDamagedManifestNamesTheFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(folder.resolve(WorkspaceFolder.MANIFEST), "{\"format\": 1, \"files\": [");
        MireException e = assertThrows(MireException.class,
                () -> new WorkspaceFolder(folder).open(ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith(folder.resolve(WorkspaceFolder.MANIFEST).toString()), e.getMessage());
    }

    @Test
    void missingFilesAreReportedAndTheRestIsRestored() throws Exception {
        Path folder = dir.resolve("project/ws");
        WorkspaceFolder workspace = new WorkspaceFolder(folder);
        workspace.save(full("x"), ProgressMonitor.NONE);
        Files.delete(a);
        Files.delete(head);
        String setFile = Files.readString(folder.resolve(WorkspaceFolder.MANIFEST)).lines()
                .filter(l -> l.contains("\"file\": \"embeddings/")).findFirst().orElseThrow().split("\"")[3];
        Files.delete(folder.resolve(setFile));

        WorkspaceFolder.Opened opened = new WorkspaceFolder(folder).open(ProgressMonitor.NONE);
        String problems = String.join("\n", opened.problems());
        assertTrue(problems.contains("../data/a.ll: no such file"), problems);
        assertTrue(problems.contains("../data/head: no such folder"), problems);
        assertTrue(problems.contains(setFile), problems);
        assertEquals(List.of(b), opened.state().files().stream().map(WorkspaceState.OpenFile::path).toList());
        assertEquals(b, opened.state().activeFile());
        assertEquals(1, opened.state().explorer().sets().size(), "the set whose file is gone is left out");
        assertNull(opened.state().predict().headFolder());
        assertEquals(2, opened.state().predict().inputs().size(), "the Predict list keeps a missing file");
        assertNull(opened.state().trainingRuns().getFirst().headFolder());
    }

    @Test
    void setsAreWrittenOnceAndDroppedOnesAreRemoved() throws Exception {
        Path folder = dir.resolve("ws");
        WorkspaceFolder workspace = new WorkspaceFolder(folder);
        WorkspaceState state = full("x");
        workspace.save(state, ProgressMonitor.NONE);
        Set<String> first = dataFiles(folder);
        assertFalse(workspace.save(state, ProgressMonitor.NONE), "an unchanged state writes nothing");

        WorkspaceState searched = withMarker(state, "y");
        assertTrue(workspace.save(searched, ProgressMonitor.NONE));
        assertEquals(first, dataFiles(folder), "the same sets are not written again");

        ExplorerState e = searched.explorer();
        ExplorerState fewer = new ExplorerState(e.corpus(), e.sets().subList(0, 1), e.left(), null, false,
                e.projection(), e.perplexity(), e.learningRate(), e.iterations(), e.seed(), e.umapNeighbours(),
                e.minDist(), e.colourColumn(), e.labelColumn(), e.search(), e.searchColumn(), e.projections(),
                e.bookmarks());
        workspace.save(new WorkspaceState(state.files(), state.activeFile(), fewer, state.trainingRuns(),
                state.predict()), ProgressMonitor.NONE);
        Set<String> after = dataFiles(folder);
        assertEquals(first.size() - 3, after.size(), "the dropped set's three files are removed: " + after);
        assertTrue(first.containsAll(after));
    }

    @Test
    void aSaveThatFailsMidwayLeavesTheLastSavedWorkspace() throws Exception {
        Path folder = dir.resolve("ws");
        new WorkspaceFolder(folder).save(full("before"), ProgressMonitor.NONE);
        int[] writes = {0};
        WorkspaceFolder failing = new WorkspaceFolder(folder, (file, set) -> {
            if (++writes[0] == 2) {
                throw new MireException(file + ": disk full (injected)");
            }
            org.mire.embed.EmbeddingFiles.write(file, set);
        });
        MireException e = assertThrows(MireException.class,
                () -> failing.save(full("after"), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("injected"), e.getMessage());

        WorkspaceFolder.Opened opened = new WorkspaceFolder(folder).open(ProgressMonitor.NONE);
        assertEquals(List.of(), opened.problems());
        assertEquals("before", opened.state().explorer().search());
        assertSameState(full("before"), opened.state());
    }

    /**
     * A separate JVM saves a workspace over and over (megabytes of data per save); it is killed (SIGKILL) the moment
     * a save's temporary file shows up, i.e. mid-write, and restarted, five times. Every time, the workspace opens
     * with no problem and holds one of the two states the process alternates between, whole.
     */
    @Test
    void aSaveKilledMidWriteLosesNothing() throws Exception {
        Path folder = dir.resolve("ws");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int kill = 0; kill < 5; kill++) {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    WorkspaceSaveLoop.class.getName(), folder.toString(), data.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            try {
                // let it complete one save after opening what the previous process left, then catch a write
                String line = out.readLine();
                assertNotNull(line, "the save loop ended early");
                assertTrue(line.startsWith("saved"), line);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!writing(folder)) {
                    assertTrue(System.nanoTime() < deadline, "no save in progress seen within 60 s");
                    assertTrue(process.isAlive(), "the save loop died");
                }
                process.destroyForcibly();
                assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            } finally {
                process.destroyForcibly();
            }
            WorkspaceFolder.Opened opened = new WorkspaceFolder(folder).open(ProgressMonitor.NONE);
            assertEquals(List.of(), opened.problems(), "after kill " + kill);
            String marker = opened.state().explorer().search();
            assertTrue(marker.equals("odd") || marker.equals("even"), marker);
            EmbeddingSet big = opened.state().explorer().sets().getFirst().set();
            assertEquals(20_000, big.size());
            assertEquals(64, big.dimension());
            assertEquals(20_000, opened.state().explorer().projections().getFirst().points().size());
        }
    }

    /** Whether a temporary file of a save in progress is in the workspace. */
    private static boolean writing(Path folder) throws IOException {
        for (String sub : List.of(WorkspaceFolder.EMBEDDINGS, WorkspaceFolder.PROJECTIONS, ".")) {
            Path dir = folder.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"))) {
                    return true;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // removed while listing
            }
        }
        return false;
    }

    private static WorkspaceState withMarker(WorkspaceState state, String marker) {
        ExplorerState e = state.explorer();
        return new WorkspaceState(state.files(), state.activeFile(), new ExplorerState(e.corpus(), e.sets(), e.left(),
                e.right(), e.compare(), e.projection(), e.perplexity(), e.learningRate(), e.iterations(), e.seed(),
                e.umapNeighbours(), e.minDist(), e.colourColumn(), e.labelColumn(), marker, e.searchColumn(),
                e.projections(), e.bookmarks()), state.trainingRuns(), state.predict());
    }

    private static Set<String> dataFiles(Path folder) throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(folder.resolve("embeddings")),
                Files.list(folder.resolve("projections")))) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void assertSameState(WorkspaceState expected, WorkspaceState actual) {
        assertEquals(expected.files(), actual.files());
        assertEquals(expected.activeFile(), actual.activeFile());
        ExplorerState e = expected.explorer();
        ExplorerState x = actual.explorer();
        assertEquals(e.corpus(), x.corpus());
        assertEquals(e.left(), x.left());
        assertEquals(e.right(), x.right());
        assertEquals(e.compare(), x.compare());
        assertEquals(e.colourColumn(), x.colourColumn());
        assertEquals(e.search(), x.search());
        assertEquals(e.bookmarks(), x.bookmarks());
        assertEquals(e.method(), x.method());
        assertEquals(e.modelFolder(), x.modelFolder());
        assertEquals(e.device(), x.device());
        assertEquals(e.selected(), x.selected());
        assertEquals(e.neighboursInRight(), x.neighboursInRight());
        assertEquals(e.sets().size(), x.sets().size());
        for (int i = 0; i < e.sets().size(); i++) {
            assertEquals(e.sets().get(i).name(), x.sets().get(i).name());
            assertEquals(e.sets().get(i).source(), x.sets().get(i).source());
            assertSameSet(e.sets().get(i).set(), x.sets().get(i).set());
        }
        assertEquals(1, x.projections().size());
        ExplorerState.StoredProjection p = x.projections().getFirst();
        assertEquals(e.projections().getFirst().parameters(), p.parameters());
        assertEquals(e.projections().getFirst().parameters().parameters(), p.parameters().parameters());
        assertEquals(0.812, p.klDivergence());
        assertSameSet(e.projections().getFirst().points(), p.points());
        TrainingRun run = actual.trainingRuns().getFirst();
        TrainingRun want = expected.trainingRuns().getFirst();
        assertEquals(want.title(), run.title());
        assertEquals(want.request(), run.request());
        assertEquals(want.curve(), run.curve());
        assertEquals(want.folds(), run.folds());
        assertEquals(want.bars(), run.bars());
        assertArrayEquals(want.confusion().counts(), run.confusion().counts());
        assertEquals(want.headFolder(), run.headFolder());
        assertEquals(expected.predict().headFolder(), actual.predict().headFolder());
        assertEquals(expected.predict().rows(), actual.predict().rows());
        for (int i = 0; i < expected.predict().inputs().size(); i++) {
            assertEquals(expected.predict().inputs().get(i).file(), actual.predict().inputs().get(i).file());
            assertArrayEquals(expected.predict().inputs().get(i).features(),
                    actual.predict().inputs().get(i).features());
        }
    }

    private static void assertSameSet(EmbeddingSet expected, EmbeddingSet actual) {
        assertEquals(expected.ids(), actual.ids());
        assertEquals(expected.metadata(), actual.metadata());
        assertEquals(expected.provenance(), actual.provenance());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.vectors()[i], actual.vectors()[i]);
        }
    }
}
