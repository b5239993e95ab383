package org.mire.embed;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * Encodes every file of a corpus with one method into an {@link EmbeddingSet} (one row per corpus row, the row's
 * labels as metadata plus {@code file}). Cached vectors are reused; files that fail to load are left out and listed.
 */
public final class CorpusEncoder {
    private static final int BATCH = 32;

    /** How a file becomes a program; {@link IrLoader#load(Path)} in the product. */
    @FunctionalInterface
    public interface ProgramLoader {
        IrProgram load(Path file) throws MireException;
    }

    /**
     * @param set      the encoded rows
     * @param failures one line per file that could not be loaded or encoded (file: message)
     * @param cached   how many distinct files came from the cache
     * @param encoded  how many distinct files were encoded now
     */
    public record Result(EmbeddingSet set, List<String> failures, int cached, int encoded) {
    }

    private final ProgramLoader loader;
    private final EncodingCache cache;

    public CorpusEncoder(ProgramLoader loader, EncodingCache cache) {
        this.loader = loader;
        this.cache = cache;
    }

    public static CorpusEncoder withCache(EncodingCache cache) {
        return new CorpusEncoder(IrLoader::load, cache);
    }

    public Result encode(CorpusDefinition corpus, EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        List<Path> files = corpus.files();
        String fingerprint = method.fingerprint();
        Map<Path, float[]> vectors = new HashMap<>();
        Map<Path, String> hashes = new HashMap<>();
        List<String> failures = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        int cached = 0;
        for (int i = 0; i < files.size(); i++) {
            monitor.checkCancelled();
            Path file = files.get(i);
            String hash = EncodingCache.contentHash(file);
            hashes.put(file, hash);
            var hit = cache == null ? java.util.Optional.<float[]>empty() : cache.get(fingerprint, hash);
            if (hit.isPresent() && hit.get().length == method.dimension()) {
                vectors.put(file, hit.get());
                cached++;
            } else {
                missing.add(file);
            }
            monitor.progress(i + 1, files.size() + missing.size(), "checking the cache");
        }
        int encoded = 0;
        int total = files.size();
        for (int start = 0; start < missing.size(); start += BATCH) {
            monitor.checkCancelled();
            List<Path> batch = missing.subList(start, Math.min(missing.size(), start + BATCH));
            List<IrProgram> programs = new ArrayList<>();
            List<Path> loaded = new ArrayList<>();
            for (Path file : batch) {
                try {
                    programs.add(loader.load(file));
                    loaded.add(file);
                } catch (MireException e) {
                    failures.add(e.getMessage());
                }
            }
            if (programs.isEmpty()) {
                continue;
            }
            int before = cached + start;
            List<float[]> out;
            try {
                out = method.embedModules(programs, new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        monitor.progress((before + Math.max(0, fraction) * batch.size()) / total,
                                method.id() + ": " + message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return monitor.isCancelled();
                    }
                });
            } catch (MireException e) {
                // a batch failed as a whole: retry file by file so one bad file does not sink the others
                out = new ArrayList<>();
                for (int p = 0; p < programs.size(); p++) {
                    try {
                        out.add(method.embedModule(programs.get(p)));
                    } catch (MireException single) {
                        failures.add(loaded.get(p) + ": " + single.getMessage());
                        out.add(null);
                    }
                }
            }
            for (int p = 0; p < loaded.size(); p++) {
                float[] vector = out.get(p);
                if (vector == null) {
                    continue;
                }
                vectors.put(loaded.get(p), vector);
                encoded++;
                if (cache != null) {
                    cache.put(fingerprint, hashes.get(loaded.get(p)), vector);
                }
            }
            monitor.progress(cached + start + batch.size(), total, "encoded " + (start + batch.size()) + " of "
                    + missing.size() + " files with " + method.id());
        }
        List<String> ids = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("file", new ArrayList<>());
        for (String column : corpus.columns()) {
            metadata.put(column, new ArrayList<>());
        }
        for (CorpusDefinition.Row row : corpus.rows()) {
            float[] vector = vectors.get(row.file());
            if (vector == null) {
                continue;
            }
            ids.add(row.id());
            rows.add(vector);
            metadata.get("file").add(row.file().toString());
            for (String column : corpus.columns()) {
                metadata.get(column).add(row.labels().getOrDefault(column, ""));
            }
        }
        Provenance template = method.provenance("module");
        Provenance provenance = new Provenance(template.method(), template.modelHash(), template.engine(),
                template.device(), template.seed(), "module", Instant.now().toString());
        return new Result(new EmbeddingSet(ids, rows.toArray(new float[0][]), metadata, provenance),
                List.copyOf(failures), cached, encoded);
    }
}
