package org.mire.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.mire.MireException;

/**
 * Module vectors already computed, keyed by the SHA-256 of a file's content and the method's
 * {@link EmbeddingMethod#fingerprint()}, so re-opening a corpus (or the same file under another name) does not
 * re-encode it. One small file per entry under {@code <dir>/<sha256(fingerprint)>/<sha256(content)>.vec}, written to a
 * temporary file and renamed, so concurrent writers and crashes never leave a torn entry.
 */
public final class EncodingCache {
    private static final int MAGIC = 0x4d495245; // "MIRE"
    private static final int VERSION = 1;

    private final Path directory;

    public EncodingCache(Path directory) {
        this.directory = directory;
    }

    /**
     * The per-user cache, {@code $XDG_CACHE_HOME/mire/embeddings} or {@code ~/.cache/mire/embeddings}: the one cache
     * of the window's panels (explorer, Train, Predict) and the task commands, so a file encoded by one is not
     * encoded again by another. Workspaces keep the sets they show as files of their own and need no cache.
     */
    public static EncodingCache userDefault() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new EncodingCache(base.resolve("mire").resolve("embeddings"));
    }

    public Path directory() {
        return directory;
    }

    public static String contentHash(Path file) throws MireException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Path entry(String fingerprint, String contentHash) {
        return directory.resolve(hash(fingerprint).substring(0, 32)).resolve(contentHash + ".vec");
    }

    /** The cached vector, or empty when absent; a damaged entry is reported, not ignored. */
    public Optional<float[]> get(String fingerprint, String contentHash) throws MireException {
        Path file = entry(fingerprint, contentHash);
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new MireException(file + ": not a MIRE cache entry (delete it to re-encode)");
            }
            String storedFingerprint = in.readUTF();
            if (!storedFingerprint.equals(fingerprint)) {
                return Optional.empty(); // a hash-prefix collision between fingerprints: treat as a miss
            }
            int dimension = in.readInt();
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = in.readFloat();
            }
            return Optional.of(vector);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.io.EOFException e) {
            throw new MireException(file + ": truncated cache entry (delete it to re-encode)", e);
        } catch (IOException e) {
            throw new MireException(file + ": cannot read cache entry: " + e.getMessage(), e);
        }
    }

    public void put(String fingerprint, String contentHash, float[] vector) throws MireException {
        Path file = entry(fingerprint, contentHash);
        try {
            org.mire.io.AtomicFiles.write(file, raw -> {
                DataOutputStream out = new DataOutputStream(raw);
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeUTF(fingerprint.length() > 20_000 ? fingerprint.substring(0, 20_000) : fingerprint);
                out.writeInt(vector.length);
                for (float v : vector) {
                    out.writeFloat(v);
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new MireException(file + ": cannot write cache entry: " + e.getMessage(), e);
        }
    }
}
