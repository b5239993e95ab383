package org.mire.task;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * The input rows of a head: the frozen module embedding of each row's IR file followed by the row's extra
 * features. Each distinct file is embedded once; vectors are cached on disk under
 * {@code ~/.cache/mire/embeddings/<method fingerprint>/<file SHA-256>.vec} so repeated evaluations skip encoding.
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

    /** The module embedding of each distinct file, through the disk cache. */
    public static Map<Path, float[]> embedFiles(List<Path> files, EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        LinkedHashSet<Path> distinct = new LinkedHashSet<>();
        for (Path file : files) {
            if (file == null) {
                throw new MireException("a row has no IR file to embed");
            }
            distinct.add(file);
        }
        Path cache = cacheFolder(method);
        Map<Path, float[]> result = new HashMap<>();
        int done = 0;
        for (Path file : distinct) {
            monitor.checkCancelled();
            byte[] bytes = read(file);
            Path cached = cache == null ? null : cache.resolve(sha256(bytes) + ".vec");
            float[] vector = cached == null ? null : readVector(cached, method.dimension());
            if (vector == null) {
                IrProgram program = IrLoader.load(file);
                vector = method.embedModule(program);
                if (vector.length != method.dimension()) {
                    throw new MireException(file + ": " + method.id() + " gave " + vector.length
                            + " values, expected " + method.dimension());
                }
                if (cached != null) {
                    writeVector(cached, vector);
                }
            }
            result.put(file, vector);
            monitor.progress(++done, distinct.size(), "embedding " + file.getFileName() + " with " + method.id());
        }
        return result;
    }

    private static Path cacheFolder(EmbeddingMethod method) {
        if (Boolean.getBoolean("mire.embedding.nocache")) {
            return null;
        }
        String key = sha256(method.fingerprint().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 24);
        return Path.of(System.getProperty("user.home"), ".cache", "mire", "embeddings", method.id() + "-" + key);
    }

    private static byte[] read(Path file) throws MireException {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MireException(file + ": no such file");
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static float[] readVector(Path file, int dimension) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int length = in.readInt();
            if (length != dimension) {
                return null;
            }
            float[] vector = new float[length];
            for (int i = 0; i < length; i++) {
                vector[i] = in.readFloat();
            }
            return vector;
        } catch (IOException e) {
            return null; // a damaged cache entry is recomputed
        }
    }

    private static void writeVector(Path file, float[] vector) throws MireException {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "vec", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(temp)))) {
                out.writeInt(vector.length);
                for (float v : vector) {
                    out.writeFloat(v);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MireException(file + ": cannot write the embedding cache: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
