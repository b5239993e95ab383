package org.mire.task;

import java.util.Locale;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.baseline.Baselines;

/**
 * Resolves the embedding a task uses from its name: {@code mirencoder} (the shipped encoder in {@code models/}) or
 * {@code mirencoder:DIR} (another model folder), {@code none} (extra features only), a baseline
 * ({@code opcode-histogram}, {@code ir2vec-style[:DIM]}, {@code ir2vec-symbolic[:DIM]}, {@code op-histogram}), or
 * {@code a+b} for concatenated vectors. The encoder runs on the CPU here; release methods once their vectors are
 * computed ({@link #release}).
 */
public final class EmbeddingChoice {
    public static final String NONE = "none";

    private EmbeddingChoice() {
    }

    /** The name that {@link #resolve} turns back into this method (dimension and parts included). */
    public static String nameOf(EmbeddingMethod method) {
        if (method instanceof org.mire.encoder.MirEncoderMethod encoder) {
            java.nio.file.Path directory = encoder.encoder().directory();
            boolean shipped = directory == null || directory.toAbsolutePath().normalize()
                    .equals(shippedModel().toAbsolutePath().normalize());
            return shipped ? ENCODER : ENCODER + ":" + directory;
        }
        if (method instanceof org.mire.embed.ConcatenatedMethod concatenated) {
            return String.join("+", concatenated.parts().stream().map(EmbeddingChoice::nameOf).toList());
        }
        if (method instanceof org.mire.embed.baseline.Ir2VecStyle
                && method.dimension() != org.mire.embed.baseline.Ir2VecStyle.DEFAULT_DIMENSION) {
            return method.id() + ":" + method.dimension();
        }
        return method.id();
    }

    /** Frees what the methods hold (the encoder's native model); call once their vectors are computed. */
    public static void release(java.util.List<EmbeddingMethod> methods) {
        for (EmbeddingMethod method : methods) {
            if (method instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // freeing native memory failed: nothing the user can do about it
                }
            }
        }
    }

    /** The method a saved head was trained on, rebuilt from its description (null when it used none). */
    public static EmbeddingMethod forHead(SavedHead head) throws MireException {
        SavedHead.EmbeddingInfo info = head.embedding();
        if (info == null) {
            return null;
        }
        return resolve(info.method());
    }

    /**
     * Alternatives separated by commas, for nested selection: {@code ir2vec-style:100,ir2vec-style:300}; the
     * shorthand {@code ir2vec-style:auto} stands for IR2Vec's three sizes 75, 100 and 300. A single name gives one.
     */
    public static java.util.List<EmbeddingMethod> resolveAlternatives(String names) throws MireException {
        java.util.List<EmbeddingMethod> methods = new java.util.ArrayList<>();
        for (String name : names.split(",")) {
            String normalized = name.strip().toLowerCase(Locale.ROOT);
            if (normalized.endsWith(":auto")) {
                String base = normalized.substring(0, normalized.length() - ":auto".length());
                for (int dimension : new int[] {75, 100, 300}) {
                    methods.add(resolve(base + ":" + dimension));
                }
            } else if (!normalized.isEmpty()) {
                methods.add(resolve(normalized));
            }
        }
        if (methods.isEmpty()) {
            throw new MireException("no embedding given");
        }
        if (methods.size() > 1 && methods.contains(null)) {
            throw new MireException("'none' cannot be an alternative to an embedding");
        }
        return methods;
    }

    /** The learned encoder's name: {@code mirencoder} (the shipped model) or {@code mirencoder:DIR}. */
    public static final String ENCODER = org.mire.encoder.MirEncoderMethod.ID;

    /** The shipped model ({@link org.mire.MireHome#shippedModel()}). */
    public static java.nio.file.Path shippedModel() {
        return org.mire.MireHome.shippedModel();
    }

    /** Items per encoder forward pass unless a command says otherwise ({@code mire encode --batch}). */
    public static final int DEFAULT_BATCH = 32;

    /**
     * The learned encoder in a model folder on a device: how every door of the product builds it (task commands, the
     * explorer's methods, {@code mire encode}). Close it (or {@link #release}) once its vectors are computed.
     */
    public static org.mire.encoder.MirEncoderMethod encoder(java.nio.file.Path directory, ai.djl.Device device,
                                                            int batchItems) throws MireException {
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new MireException(directory + ": no encoder model folder (expected config.json, "
                    + "encoder.params, vocab.txt)");
        }
        return new org.mire.encoder.MirEncoderMethod(org.mire.encoder.Encoder.load(directory, device),
                new org.mire.encoder.NormalisedText(), batchItems);
    }

    /**
     * The model directory of an encoder name ({@code mirencoder} or {@code mirencoder:DIR}), for what needs the
     * model itself rather than its vectors (fine-tuning).
     */
    public static java.nio.file.Path encoderModel(String name) throws MireException {
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals(ENCODER) && !normalized.startsWith(ENCODER + ":")) {
            throw new MireException("fine-tuning needs the learned encoder (mirencoder or mirencoder:DIR), not '"
                    + name + "'");
        }
        java.nio.file.Path directory = normalized.equals(ENCODER) ? shippedModel()
                : java.nio.file.Path.of(name.strip().substring(ENCODER.length() + 1));
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new MireException(directory + ": no encoder model folder (expected config.json, encoder.pt, "
                    + "vocab.txt)");
        }
        return directory;
    }

    /** The name {@link #resolve} takes for an encoder model directory: {@code mirencoder} for the shipped one. */
    public static String encoderName(java.nio.file.Path directory) {
        boolean shipped = directory.toAbsolutePath().normalize().equals(shippedModel().toAbsolutePath().normalize());
        return shipped ? ENCODER : ENCODER + ":" + directory;
    }

    /** The method, or null for {@code none}; {@code a+b} concatenates the vectors of a and b. */
    public static EmbeddingMethod resolve(String name) throws MireException {
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals(ENCODER) || normalized.startsWith(ENCODER + ":")) {
            java.nio.file.Path directory = normalized.equals(ENCODER) ? shippedModel()
                    : java.nio.file.Path.of(name.strip().substring(ENCODER.length() + 1));
            return encoder(directory, ai.djl.Device.cpu(), DEFAULT_BATCH);
        }
        if (normalized.contains("+")) {
            java.util.List<EmbeddingMethod> parts = new java.util.ArrayList<>();
            for (String part : normalized.split("\\+")) {
                EmbeddingMethod method = resolve(part);
                if (method == null) {
                    throw new MireException("embedding '" + name + "': 'none' cannot be concatenated");
                }
                parts.add(method);
            }
            return new org.mire.embed.ConcatenatedMethod(parts);
        }
        if (normalized.equals(NONE)) {
            return null;
        }
        if (Baselines.isBaseline(normalized)) {
            return Baselines.of(normalized);
        }
        throw new MireException("unknown embedding '" + name + "'; use none, mirencoder[:DIR], "
                + String.join(", ", Baselines.NAMES));
    }
}
