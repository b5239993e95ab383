package org.mire.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.EncodingCache;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * The input rows of a head: the frozen module embedding of each row's IR file followed by the row's extra
 * features. Each distinct file is embedded once; vectors are cached in the per-user {@link EncodingCache}
 * ({@code ~/.cache/mire/embeddings}, the cache the embedding explorer uses too) so repeated evaluations, and files
 * the explorer already encoded, skip encoding.
 */
public final class InputMatrix {
    private InputMatrix() {
    }

    /** Names of the input columns: {@code emb0..embN-1} then the extra features. */
    public static List<String> columnNames(int embeddingDimension, List<String> featureNames) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < embeddingDimension; i++) {
            names.add("emb" + i);
        }
        names.addAll(featureNames);
        return names;
    }

    /**
     * @param method the embedding method, or null for extra features only
     */
    public static double[][] build(TaskData data, EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        Map<Path, float[]> vectors = method == null ? Map.of() : embedFiles(data.files(), method, monitor);
        double[][] rows = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            float[] vector = method == null ? new float[0] : vectors.get(data.files().get(i));
            double[] extra = data.features()[i];
            double[] row = new double[vector.length + extra.length];
            for (int j = 0; j < vector.length; j++) {
                row[j] = vector[j];
            }
            System.arraycopy(extra, 0, row, vector.length, extra.length);
            rows[i] = row;
        }
        if (rows.length > 0 && rows[0].length == 0) {
            throw new MireException(data.name() + ": no inputs: choose an embedding or extra features");
        }
        return rows;
    }

    /** The module embedding of each distinct file, through the per-user {@link EncodingCache}; fails on the first bad file. */
    public static Map<Path, float[]> embedFiles(List<Path> files, EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        for (Path file : files) {
            if (file == null) {
                throw new MireException("a row has no IR file to embed");
            }
        }
        Embedded embedded = embedEach(files, method, monitor);
        if (!embedded.failures().isEmpty()) {
            throw new MireException(embedded.failures().values().iterator().next());
        }
        return embedded.vectors();
    }

    /**
     * The module vectors of the files that could be embedded, and for the others why not.
     *
     * @param vectors  file → vector
     * @param failures file → a message naming the file (it does not exist, does not parse, or cannot be encoded)
     */
    public record Embedded(Map<Path, float[]> vectors, Map<Path, String> failures) {
    }

    /**
     * The module embedding of each distinct file, through the per-user {@link EncodingCache} (the one every panel of
     * the window and every task command shares): a file that fails is recorded and the others go on.
     */
    public static Embedded embedEach(List<Path> files, EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        return embedEach(files, method,
                Boolean.getBoolean("mire.embedding.nocache") ? null : EncodingCache.userDefault(), monitor);
    }

    /** As {@link #embedEach(List, EmbeddingMethod, ProgressMonitor)}, through {@code cache} (none when null). */
    public static Embedded embedEach(List<Path> files, EmbeddingMethod method, EncodingCache cache,
            ProgressMonitor monitor) throws MireException {
        LinkedHashSet<Path> distinct = new LinkedHashSet<>(files);
        String fingerprint = method.fingerprint();
        Map<Path, float[]> vectors = new HashMap<>();
        Map<Path, String> failures = new java.util.LinkedHashMap<>();
        int done = 0;
        for (Path file : distinct) {
            monitor.checkCancelled();
            try {
                vectors.put(file, embed(file, method, cache, fingerprint));
            } catch (MireException e) {
                failures.put(file, e.getMessage());
            }
            done++;
            monitor.progress(done, distinct.size(), "file " + done + " of " + distinct.size() + ": "
                    + file.getFileName() + " · " + method.id());
        }
        return new Embedded(vectors, failures);
    }

    private static float[] embed(Path file, EmbeddingMethod method, EncodingCache cache, String fingerprint)
            throws MireException {
        if (!Files.isRegularFile(file)) {
            throw new MireException(file + ": no such file");
        }
        String hash = cache == null ? null : EncodingCache.contentHash(file);
        float[] vector = cache == null ? null : cache.get(fingerprint, hash)
                .filter(v -> v.length == method.dimension()).orElse(null);
        if (vector == null) {
            IrProgram program = IrLoader.load(file);
            vector = method.embedModule(program);
            if (vector.length != method.dimension()) {
                throw new MireException(file + ": " + method.id() + " gave " + vector.length
                        + " values, expected " + method.dimension());
            }
            if (cache != null) {
                cache.put(fingerprint, hash, vector);
            }
        }
        return vector;
    }
}
