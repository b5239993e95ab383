package org.mire.workspace;

import com.google.gson.ExclusionStrategy;
import com.google.gson.FieldAttributes;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.MireVersion;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.io.AtomicFiles;
import org.mire.progress.ProgressMonitor;

/**
 * A workspace on disk: a folder with {@code workspace.json} (the manifest, format {@value #FORMAT}) and the data it
 * points to, {@code embeddings/} (the explorer's sets) and {@code projections/} (the plots' coordinates), all written
 * through {@link EmbeddingFiles}. Paths in the manifest are relative to the folder, so a workspace folder copied to
 * another machine (with the files it refers to at the same relative places) opens there.
 *
 * <p>Saving is atomic: data files get new, unique names and are written before the manifest, the manifest is renamed
 * into place in one step ({@link AtomicFiles}), and only then are data files the new manifest no longer names
 * deleted. A save killed at any point leaves the previous manifest and every file it names intact. Opening reports
 * what it could not restore (a moved file, a damaged data file) as problems and restores the rest; a manifest of a
 * newer format is refused with a message that says so.
 */
public final class WorkspaceFolder {
    /** The manifest format this version writes and the newest it reads. */
    public static final int FORMAT = 1;
    public static final String MANIFEST = "workspace.json";
    static final String EMBEDDINGS = "embeddings";
    static final String PROJECTIONS = "projections";
    private static final String LEGACY_BOOKMARKS = "explorer/bookmarks.json";

    /** Writes a data file; the product's is {@link EmbeddingFiles#write}, tests inject failures. */
    @FunctionalInterface
    interface DataWriter {
        void write(Path file, EmbeddingSet set) throws MireException;
    }

    /**
     * What {@code workspace.json} holds: the state with paths made relative and sets and points replaced by the
     * names of their files.
     */
    private record Manifest(int format, String writtenBy, String savedAt, List<WorkspaceState.OpenFile> files,
                            Path activeFile, ExplorerState explorer, List<TrainingRun> trainingRuns,
                            PredictState predict) {
    }

    /**
     * An opened workspace.
     *
     * @param state     what could be restored
     * @param problems  one line per thing that could not be (missing files, damaged data), empty when none
     * @param writtenBy the version that saved it, or null for a new workspace
     */
    public record Opened(WorkspaceState state, List<String> problems, String writtenBy) {
    }

    private final Path folder;
    private final DataWriter writer;
    private final Gson gson;
    /** Sets (and projection points) already stored in this folder, by identity: saving writes each once. */
    private final Map<EmbeddingSet, String> stored = new IdentityHashMap<>();
    private String lastSaved;

    public WorkspaceFolder(Path folder) {
        this(folder, EmbeddingFiles::write);
    }

    WorkspaceFolder(Path folder, DataWriter writer) {
        this.folder = folder.toAbsolutePath().normalize();
        this.writer = writer;
        this.gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                .registerTypeHierarchyAdapter(Path.class, new RelativePath(this.folder))
                .setExclusionStrategies(new ExclusionStrategy() {
                    @Override
                    public boolean shouldSkipField(FieldAttributes field) {
                        return field.getDeclaredClass() == EmbeddingSet.class; // stored as files of their own
                    }

                    @Override
                    public boolean shouldSkipClass(Class<?> type) {
                        return false;
                    }
                }).create();
    }

    public Path folder() {
        return folder;
    }

    public Path manifest() {
        return folder.resolve(MANIFEST);
    }

    /** Whether {@code folder} holds a saved workspace. */
    public static boolean isWorkspace(Path folder) {
        return Files.isRegularFile(folder.resolve(MANIFEST));
    }

    /** A short name for titles: the folder's name. */
    public String name() {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    // ------------------------------------------------------------------ opening

    /**
     * Reads the workspace with its data files. A folder without a manifest is a new, empty workspace (keeping the
     * bookmarks an earlier version kept in {@code explorer/bookmarks.json}).
     *
     * @throws MireException when the manifest cannot be read, is not a workspace, or is of a newer format
     */
    public synchronized Opened open(ProgressMonitor monitor) throws MireException {
        Path manifestFile = manifest();
        if (!Files.isRegularFile(manifestFile)) {
            return new Opened(legacyBookmarks(), List.of(), null);
        }
        String text;
        try {
            text = Files.readString(manifestFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MireException(manifestFile + ": cannot read: " + e.getMessage(), e);
        }
        Manifest manifest = parse(manifestFile, text);
        List<String> problems = new ArrayList<>();
        List<WorkspaceState.OpenFile> files = new ArrayList<>();
        for (WorkspaceState.OpenFile file : manifest.files()) {
            if (file.path() != null && Files.isRegularFile(file.path())) {
                files.add(file);
            } else {
                problems.add(shown(file.path()) + ": no such file (an open file; not reopened)");
            }
        }
        Path active = files.stream().map(WorkspaceState.OpenFile::path).filter(p -> p.equals(manifest.activeFile()))
                .findFirst().orElse(null);
        ExplorerState explorer = manifest.explorer() == null ? null : openExplorer(manifest.explorer(), problems,
                monitor);
        List<TrainingRun> runs = new ArrayList<>();
        for (TrainingRun run : manifest.trainingRuns()) {
            if (run.headFolder() != null && !Files.isDirectory(run.headFolder())) {
                problems.add(shown(run.headFolder()) + ": no such folder (the head saved from training run '"
                        + run.title() + "')");
                run = run.withHeadFolder(null);
            }
            runs.add(run);
        }
        PredictState predict = manifest.predict() == null ? null : openPredict(manifest.predict(), problems);
        rememberSaved(new WorkspaceState(manifest.files(), manifest.activeFile(), manifest.explorer(),
                manifest.trainingRuns(), manifest.predict()));
        return new Opened(new WorkspaceState(files, active, explorer, runs, predict), List.copyOf(problems),
                manifest.writtenBy());
    }

    private Manifest parse(Path manifestFile, String text) throws MireException {
        JsonElement json;
        try {
            json = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new MireException(manifestFile + ": not a workspace file: " + e.getMessage(), e);
        }
        if (!(json instanceof JsonObject object) || !object.has("format") || !object.get("format").isJsonPrimitive()) {
            throw new MireException(manifestFile + ": not a workspace file (no \"format\")");
        }
        int format = object.get("format").getAsInt();
        if (format > FORMAT) {
            String by = object.has("writtenBy") ? object.get("writtenBy").getAsString() : "a newer version";
            throw new MireException(manifestFile + ": workspace format " + format + " (saved by " + by
                    + ") is newer than this workbench (" + MireVersion.version() + ") reads (format " + FORMAT
                    + "); open it with a newer MIRE Workbench");
        }
        try {
            Manifest manifest = gson.fromJson(json, Manifest.class);
            return new Manifest(manifest.format(), manifest.writtenBy(), manifest.savedAt(),
                    manifest.files() == null ? List.of() : manifest.files(), manifest.activeFile(),
                    manifest.explorer(), manifest.trainingRuns() == null ? List.of() : manifest.trainingRuns(),
                    manifest.predict());
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new MireException(manifestFile + ": damaged workspace file: " + e.getMessage(), e);
        }
    }

    private ExplorerState openExplorer(ExplorerState saved, List<String> problems, ProgressMonitor monitor) {
        Path corpus = saved.corpus();
        if (corpus != null && !Files.exists(corpus)) {
            problems.add(shown(corpus) + ": no such file or folder (the explorer's corpus; its embedding sets are "
                    + "restored, opening the corpus again is not)");
            corpus = null;
        }
        int total = saved.sets().size() + saved.projections().size();
        int done = 0;
        List<ExplorerState.StoredSet> sets = new ArrayList<>();
        for (ExplorerState.StoredSet entry : saved.sets()) {
            monitor.checkCancelled();
            EmbeddingSet set = readData(entry.file(), "the embedding set '" + entry.name() + "'", problems);
            if (set != null) {
                sets.add(entry.withSet(set));
            }
            monitor.progress(++done, total, "reading " + entry.name());
        }
        Set<String> names = new HashSet<>();
        sets.forEach(s -> names.add(s.name()));
        List<ExplorerState.StoredProjection> projections = new ArrayList<>();
        for (ExplorerState.StoredProjection entry : saved.projections()) {
            monitor.checkCancelled();
            if (!names.contains(entry.set())) {
                continue; // its set could not be restored (already reported)
            }
            EmbeddingSet points = readData(entry.file(), "the " + entry.plot() + " plot's projection", problems);
            if (points != null) {
                projections.add(entry.withPoints(points));
            }
            monitor.progress(++done, total, "reading the " + entry.plot() + " plot");
        }
        return new ExplorerState(corpus, sets, names.contains(saved.left()) ? saved.left() : null,
                names.contains(saved.right()) ? saved.right() : null, saved.compare(), saved.projection(),
                saved.perplexity(), saved.learningRate(), saved.iterations(), saved.seed(), saved.umapNeighbours(),
                saved.minDist(), saved.colourColumn(), saved.labelColumn(), saved.search(), saved.searchColumn(),
                projections, saved.bookmarks(), saved.method(), saved.modelFolder(), saved.device(), saved.selected(),
                saved.neighboursInRight());
    }

    private EmbeddingSet readData(String file, String what, List<String> problems) {
        if (file == null) {
            problems.add(MANIFEST + ": " + what + " has no file");
            return null;
        }
        try {
            EmbeddingSet set = EmbeddingFiles.read(folder.resolve(file));
            stored.put(set, file);
            return set;
        } catch (MireException e) {
            problems.add(e.getMessage() + " (" + what + "; left out)");
            return null;
        }
    }

    private PredictState openPredict(PredictState saved, List<String> problems) {
        Path head = saved.headFolder();
        if (head != null && !Files.isDirectory(head)) {
            problems.add(shown(head) + ": no such folder (the Predict panel's head)");
            head = null;
        }
        for (PredictState.Input input : saved.inputs()) {
            if (input.file() == null || !Files.isRegularFile(input.file())) {
                problems.add(shown(input.file()) + ": no such file (in the Predict list; kept there)");
            }
        }
        return new PredictState(head, saved.inputs(), saved.rows());
    }

    private WorkspaceState legacyBookmarks() throws MireException {
        Path legacy = folder.resolve(LEGACY_BOOKMARKS);
        if (!Files.isRegularFile(legacy)) {
            return WorkspaceState.empty();
        }
        record Stored(int version, List<ExplorerState.Bookmark> bookmarks) {
        }
        try {
            Stored stored = new Gson().fromJson(Files.readString(legacy, StandardCharsets.UTF_8), Stored.class);
            if (stored == null || stored.bookmarks() == null || stored.bookmarks().isEmpty()) {
                return WorkspaceState.empty();
            }
            ExplorerState explorer = new ExplorerState(null, List.of(), null, null, false, "TSNE", 30, 0, 750, 42,
                    15, 0.1, null, null, "", null, List.of(), stored.bookmarks());
            return new WorkspaceState(List.of(), null, explorer, List.of(), null);
        } catch (IOException | JsonParseException e) {
            throw new MireException(legacy + ": cannot read the bookmarks of an earlier version: " + e.getMessage(),
                    e);
        }
    }

    // ------------------------------------------------------------------ saving

    /**
     * Saves the state: new sets and projections into data files, then the manifest, then removes data files it no
     * longer names. Returns false (and writes nothing) when the state is what was last saved or opened.
     */
    public synchronized boolean save(WorkspaceState state, ProgressMonitor monitor) throws MireException {
        ExplorerState explorer = state.explorer() == null ? null : storeExplorerData(state.explorer(), monitor);
        WorkspaceState toWrite = new WorkspaceState(state.files(), state.activeFile(), explorer,
                state.trainingRuns(), state.predict());
        String body = gson.toJson(manifestOf(toWrite, null));
        if (body.equals(lastSaved)) {
            return false;
        }
        try {
            AtomicFiles.writeString(manifest(), gson.toJson(manifestOf(toWrite, Instant.now().toString())));
        } catch (IOException e) {
            throw new MireException(manifest() + ": cannot save the workspace: " + e.getMessage(), e);
        }
        lastSaved = body;
        removeUnnamedData(explorer);
        return true;
    }

    private void rememberSaved(WorkspaceState saved) {
        lastSaved = gson.toJson(manifestOf(saved, null));
    }

    private Manifest manifestOf(WorkspaceState state, String savedAt) {
        return new Manifest(FORMAT, "MIRE Workbench " + MireVersion.version(), savedAt, state.files(),
                state.activeFile(), state.explorer(), state.trainingRuns(), state.predict());
    }

    private ExplorerState storeExplorerData(ExplorerState explorer, ProgressMonitor monitor) throws MireException {
        List<ExplorerState.StoredSet> sets = new ArrayList<>();
        for (ExplorerState.StoredSet entry : explorer.sets()) {
            monitor.checkCancelled();
            sets.add(entry.withFile(store(entry.set(), EMBEDDINGS, entry.name())));
        }
        List<ExplorerState.StoredProjection> projections = new ArrayList<>();
        for (ExplorerState.StoredProjection entry : explorer.projections()) {
            monitor.checkCancelled();
            projections.add(entry.withFile(store(entry.points(), PROJECTIONS, entry.plot() + "-" + entry.set())));
        }
        return new ExplorerState(explorer.corpus(), sets, explorer.left(), explorer.right(), explorer.compare(),
                explorer.projection(), explorer.perplexity(), explorer.learningRate(), explorer.iterations(),
                explorer.seed(), explorer.umapNeighbours(), explorer.minDist(), explorer.colourColumn(),
                explorer.labelColumn(), explorer.search(), explorer.searchColumn(), projections,
                explorer.bookmarks(), explorer.method(), explorer.modelFolder(), explorer.device(),
                explorer.selected(), explorer.neighboursInRight());
    }

    /** The data file of a set, written now under a new name unless this folder already holds it. */
    private String store(EmbeddingSet set, String subfolder, String name) throws MireException {
        String known = stored.get(set);
        if (known != null) {
            return known;
        }
        String slug = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.substring(0, Math.min(40, slug.length()));
        String file = subfolder + "/" + (slug.isEmpty() ? "set" : slug) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".npy";
        writer.write(folder.resolve(file), set);
        stored.put(set, file);
        return file;
    }

    /** Deletes data files (and interrupted writes) the manifest just written does not name. */
    private void removeUnnamedData(ExplorerState explorer) {
        Set<String> named = new HashSet<>();
        if (explorer != null) {
            explorer.sets().forEach(s -> named.add(stem(s.file())));
            explorer.projections().forEach(p -> named.add(stem(p.file())));
        }
        stored.values().removeIf(file -> !named.contains(stem(file)));
        for (String subfolder : List.of(EMBEDDINGS, PROJECTIONS)) {
            Path dir = folder.resolve(subfolder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    if (!named.contains(stem(subfolder + "/" + file.getFileName()))) {
                        Files.deleteIfExists(file);
                    }
                }
            } catch (IOException e) {
                // left for the next save; an unnamed file is never read
            }
        }
    }

    /** {@code embeddings/x-1234abcd} for every file of a set ({@code .npy}, {@code .meta.tsv}, ...). */
    private static String stem(String file) {
        if (file == null) {
            return "";
        }
        int slash = file.lastIndexOf('/');
        int dot = file.indexOf('.', slash + 1); // names have no dot of their own; temporary files start with one
        return dot < 0 ? file : file.substring(0, dot);
    }

    private String shown(Path path) {
        if (path == null) {
            return "(no path)";
        }
        try {
            return folder.relativize(path.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException e) {
            return path.toString();
        }
    }

    /** Paths written relative to the workspace folder with {@code /}, read back against it. */
    private static final class RelativePath extends TypeAdapter<Path> {
        private final Path base;

        RelativePath(Path base) {
            this.base = base;
        }

        @Override
        public void write(JsonWriter out, Path path) throws IOException {
            if (path == null) {
                out.nullValue();
                return;
            }
            Path absolute = path.toAbsolutePath().normalize();
            String text;
            try {
                text = base.relativize(absolute).toString();
            } catch (IllegalArgumentException e) {
                text = absolute.toString(); // another drive: only an absolute path can say where it is
            }
            out.value(text.isEmpty() ? "." : text.replace(absolute.getFileSystem().getSeparator(), "/"));
        }

        @Override
        public Path read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            String text = in.nextString();
            String local = text.replace("/", base.getFileSystem().getSeparator());
            return base.resolve(local).normalize();
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
