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
 * ({@code ~/.cache/mire/embeddings}) so repeated evaluations skip encoding.
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

    /** The module embedding of each distinct file, through the per-user {@link EncodingCache}. */
    public static Map<Path, float[]> embedFiles(List<Path> files, EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        LinkedHashSet<Path> distinct = new LinkedHashSet<>();
        for (Path file : files) {
            if (file == null) {
                throw new MireException("a row has no IR file to embed");
            }
            distinct.add(file);
        }
        EncodingCache cache = Boolean.getBoolean("mire.embedding.nocache") ? null : EncodingCache.userDefault();
        String fingerprint = method.fingerprint();
        Map<Path, float[]> result = new HashMap<>();
        int done = 0;
        for (Path file : distinct) {
            monitor.checkCancelled();
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
            result.put(file, vector);
            monitor.progress(++done, distinct.size(), "embedding " + file.getFileName() + " with " + method.id());
        }
        return result;
    }
}
