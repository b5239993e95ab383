package org.mire.embed;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mire.MireException;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.io.FileBatch;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

/**
 * The encode job, for {@code mire encode} and the embedding explorer alike: every file of a corpus through one method
 * into an {@link EmbeddingSet}, one row per corpus row (module level) or per defined function of it (function level),
 * with the row's labels as metadata plus {@code file} (and {@code function}). Files are read in groups so that a
 * learned method fills its batches; a group that fails as a whole is retried file by file, and files that fail to
 * load or encode are left out and listed. Module vectors come from the {@link EncodingCache} when one is given.
 */
public final class CorpusEncoder {
    /** Files read and encoded together. */
    private static final int GROUP = 32;

    /** How a file becomes a program; {@link IrLoader#load(Path)} in the product. Called from several threads. */
    @FunctionalInterface
    public interface ProgramLoader {
        IrProgram load(Path file) throws MireException;
    }

    /** One vector per module (file) or per defined function. */
    public enum Level {
        MODULE, FUNCTION;

        /** The name in files and on the command line: {@code module} or {@code function}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Level of(String key) throws MireException {
            for (Level level : values()) {
                if (level.key().equalsIgnoreCase(key.strip())) {
                    return level;
                }
            }
            throw new MireException("level must be module or function, not " + key);
        }
    }

    /**
     * @param set       the encoded rows
     * @param failures  one line per file that could not be loaded or encoded (file: message)
     * @param cached    how many distinct files came from the cache
     * @param encoded   how many distinct files were encoded now
     * @param functions how many functions the files encoded now define
     * @param stopped   whether the user stopped the job and the set holds only the rows encoded until then
     */
    public record Result(EmbeddingSet set, List<String> failures, int cached, int encoded, int functions,
                         boolean stopped) {
    }

    private final ProgramLoader loader;
    private final EncodingCache cache;

    /**
     * @param cache where module vectors are kept between runs, or null to encode every file every time (what a
     *              throughput measurement wants)
     */
    public CorpusEncoder(ProgramLoader loader, EncodingCache cache) {
        this.loader = loader;
        this.cache = cache;
    }

    public static CorpusEncoder withCache(EncodingCache cache) {
        return new CorpusEncoder(IrLoader::load, cache);
    }

    /** Module vectors. */
    public Result encode(CorpusDefinition corpus, EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        return encode(corpus, method, Level.MODULE, monitor);
    }

    public Result encode(CorpusDefinition corpus, EmbeddingMethod method, Level level, ProgressMonitor monitor)
            throws MireException {
        return encode(corpus, method, level, monitor, false);
    }

    /**
     * As {@link #encode(CorpusDefinition, EmbeddingMethod, Level, ProgressMonitor)}, but cancelling stops the job
     * and returns the rows encoded until then ({@link Result#stopped()}) instead of throwing: the window keeps what
     * a long run made when the user stops it (the cache keeps the vectors too, so encoding again goes on from there).
     */
    public Result encodeUntilStopped(CorpusDefinition corpus, EmbeddingMethod method, Level level,
                                     ProgressMonitor monitor) throws MireException {
        return encode(corpus, method, level, monitor, true);
    }

    private Result encode(CorpusDefinition corpus, EmbeddingMethod method, Level level, ProgressMonitor monitor,
                          boolean keepOnStop) throws MireException {
        List<Path> files = corpus.files();
        Encoded done = new Encoded();
        List<Path> missing;
        try {
            missing = level == Level.MODULE ? fromCache(files, method, done, monitor) : files;
        } catch (CancelledException e) {
            if (!keepOnStop) {
                throw e;
            }
            return result(corpus, method, level, done, true);
        }
        int total = files.size();
        for (int start = 0; start < missing.size(); start += GROUP) {
            if (keepOnStop && monitor.isCancelled()) {
                return result(corpus, method, level, done, true);
            }
            monitor.checkCancelled();
            List<Path> group = missing.subList(start, Math.min(missing.size(), start + GROUP));
            List<IrProgram> programs = new ArrayList<>();
            List<Path> loaded = new ArrayList<>();
            // Parsing is most of the time outside the model: the group's files are read in parallel, kept in order.
            // A C file is compiled first (seconds each): after a cancel the group's other files are not read.
            FileBatch.run(group, FileBatch.defaultThreads(), file -> {
                if (monitor.isCancelled()) {
                    throw new MireException(file + ": not read, the job was stopped");
                }
                return loader.load(file);
            }, new FileBatch.Sink<IrProgram>() {
                @Override
                public void result(Path file, IrProgram program) {
                    programs.add(program);
                    loaded.add(file);
                }

                @Override
                public void failure(Path file, MireException error) {
                    if (!monitor.isCancelled()) { // a stopped group is dropped whole: its files are read next time
                        done.failures.add(error.getMessage());
                    }
                }
            });
            // Reading a group of large files takes seconds: a cancel meanwhile need not wait for their encoding too.
            if (keepOnStop && monitor.isCancelled()) {
                return result(corpus, method, level, done, true);
            }
            monitor.checkCancelled();
            if (!programs.isEmpty()) {
                int before = done.cached + start;
                ProgressMonitor part = range(monitor, (double) before / total, (double) group.size() / total,
                        "files " + (before + 1) + "–" + (before + group.size()) + " of " + total + " · "
                                + method.id());
                try {
                    if (level == Level.MODULE) {
                        encodeModules(method, programs, loaded, done, part);
                    } else {
                        encodeFunctions(method, programs, loaded, done, part);
                    }
                } catch (CancelledException e) {
                    if (!keepOnStop) {
                        throw e;
                    }
                    return result(corpus, method, level, done, true);
                }
            }
            monitor.progress(done.cached + start + group.size(), total, (done.cached + start + group.size())
                    + " of " + total + " files (" + done.cached + " from the cache) · " + method.id());
        }
        return result(corpus, method, level, done, false);
    }

    private static Result result(CorpusDefinition corpus, EmbeddingMethod method, Level level, Encoded done,
                                 boolean stopped) {
        return new Result(set(corpus, method, level, done), List.copyOf(done.failures), done.cached,
                done.encodedFiles, done.functions, stopped);
    }

    /** What has been encoded so far. */
    private static final class Encoded {
        final Map<Path, float[]> modules = new HashMap<>();
        final Map<Path, List<String>> functionNames = new HashMap<>();
        final Map<Path, List<float[]>> functionVectors = new HashMap<>();
        final Map<Path, String> hashes = new HashMap<>();
        final List<String> failures = new ArrayList<>();
        int cached;
        int encodedFiles;
        int functions;
    }

    /** Takes what the cache has; returns the files still to encode. */
    private List<Path> fromCache(List<Path> files, EmbeddingMethod method, Encoded done, ProgressMonitor monitor)
            throws MireException {
        if (cache == null) {
            return files;
        }
        String fingerprint = method.fingerprint();
        List<Path> missing = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            monitor.checkCancelled();
            Path file = files.get(i);
            String hash = EncodingCache.contentHash(file);
            done.hashes.put(file, hash);
            Optional<float[]> hit = cache.get(fingerprint, hash);
            if (hit.isPresent() && hit.get().length == method.dimension()) {
                done.modules.put(file, hit.get());
                done.cached++;
            } else {
                missing.add(file);
            }
            monitor.progress(i + 1, files.size() + missing.size(), "checking the cache: " + (i + 1) + " of "
                    + files.size() + " files");
        }
        return missing;
    }

    /** One call for many programs (a filled batch), and the same for one program (the retry). */
    private interface Embedding<R> {
        List<R> all(List<IrProgram> programs) throws MireException;

        R one(IrProgram program) throws MireException;
    }

    /**
     * The results for a group of programs; when the group fails as a whole, file by file, so that one bad file does
     * not sink the others (its entry is null and its failure is listed).
     */
    private static <R> List<R> embed(List<IrProgram> programs, List<Path> loaded, Encoded done, Embedding<R> embedding) {
        try {
            return embedding.all(programs);
        } catch (MireException e) {
            List<R> results = new ArrayList<>();
            for (int p = 0; p < programs.size(); p++) {
                try {
                    results.add(embedding.one(programs.get(p)));
                } catch (MireException single) {
                    done.failures.add(loaded.get(p) + ": " + single.getMessage());
                    results.add(null);
                }
            }
            return results;
        }
    }

    private void encodeModules(EmbeddingMethod method, List<IrProgram> programs, List<Path> loaded, Encoded done,
                               ProgressMonitor monitor) throws MireException {
        List<float[]> vectors = embed(programs, loaded, done, new Embedding<>() {
            @Override
            public List<float[]> all(List<IrProgram> group) throws MireException {
                return method.embedModules(group, monitor);
            }

            @Override
            public float[] one(IrProgram program) throws MireException {
                return method.embedModule(program);
            }
        });
        for (int p = 0; p < loaded.size(); p++) {
            float[] vector = vectors.get(p);
            if (vector == null) {
                continue;
            }
            if (vector.length != method.dimension()) {
                done.failures.add(loaded.get(p) + ": " + method.id() + " gave " + vector.length + " values, expected "
                        + method.dimension());
                continue;
            }
            Path file = loaded.get(p);
            done.modules.put(file, vector);
            done.encodedFiles++;
            done.functions += programs.get(p).functionNames().size();
            if (cache != null) {
                cache.put(method.fingerprint(), done.hashes.get(file), vector);
            }
        }
    }

    private static void encodeFunctions(EmbeddingMethod method, List<IrProgram> programs, List<Path> loaded,
                                        Encoded done, ProgressMonitor monitor) {
        List<List<float[]>> vectors = embed(programs, loaded, done, new Embedding<>() {
            @Override
            public List<List<float[]>> all(List<IrProgram> group) throws MireException {
                return method.embedFunctions(group, monitor);
            }

            @Override
            public List<float[]> one(IrProgram program) throws MireException {
                return method.embedFunctions(program);
            }
        });
        for (int p = 0; p < loaded.size(); p++) {
            List<float[]> functionVectors = vectors.get(p);
            List<String> names = programs.get(p).functionNames();
            if (functionVectors == null) {
                continue;
            }
            if (functionVectors.size() != names.size()) {
                done.failures.add(loaded.get(p) + ": " + functionVectors.size() + " function vectors for "
                        + names.size() + " functions");
                continue;
            }
            done.functionNames.put(loaded.get(p), List.copyOf(names));
            done.functionVectors.put(loaded.get(p), functionVectors);
            done.encodedFiles++;
            done.functions += names.size();
        }
    }

    private static EmbeddingSet set(CorpusDefinition corpus, EmbeddingMethod method, Level level, Encoded done) {
        List<String> ids = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("file", new ArrayList<>());
        for (String column : corpus.columns()) {
            metadata.put(column, new ArrayList<>());
        }
        if (level == Level.FUNCTION) {
            metadata.put("function", new ArrayList<>());
        }
        for (CorpusDefinition.Row row : corpus.rows()) {
            List<String> functions = level == Level.FUNCTION ? done.functionNames.get(row.file()) : null;
            List<float[]> vectors = level == Level.FUNCTION ? done.functionVectors.get(row.file()) : null;
            float[] module = level == Level.MODULE ? done.modules.get(row.file()) : null;
            int count = level == Level.MODULE ? (module == null ? 0 : 1) : (functions == null ? 0 : functions.size());
            for (int f = 0; f < count; f++) {
                ids.add(level == Level.MODULE ? row.id() : row.id() + "#" + functions.get(f));
                rows.add(level == Level.MODULE ? module : vectors.get(f));
                metadata.get("file").add(row.file().toString());
                for (String column : corpus.columns()) {
                    metadata.get(column).add(row.labels().getOrDefault(column, ""));
                }
                if (level == Level.FUNCTION) {
                    metadata.get("function").add(functions.get(f));
                }
            }
        }
        Provenance template = method.provenance(level.key());
        Provenance provenance = new Provenance(template.method(), template.modelHash(), template.engine(),
                template.device(), template.seed(), level.key(), Instant.now().toString());
        return new EmbeddingSet(ids, rows.toArray(new float[0][]), metadata, provenance);
    }

    /** Progress of a part of the work: {@code width} of the whole starting at {@code from}. */
    private static ProgressMonitor range(ProgressMonitor monitor, double from, double width, String what) {
        return new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                monitor.progress(from + Math.max(0, fraction) * width,
                        message == null || message.isBlank() ? what : what + ": " + message);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
