package org.mire.task;

import java.util.Locale;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.baseline.Baselines;

/**
 * Resolves the embedding a task uses from its name: {@code none} (extra features only), a baseline
 * ({@code opcode-histogram}, {@code ir2vec-style[:DIM]}, {@code ir2vec-symbolic[:DIM]}).
 */
public final class EmbeddingChoice {
    public static final String NONE = "none";

    private EmbeddingChoice() {
    }

    /** The method a saved head was trained on, rebuilt from its description (null when it used none). */
    public static EmbeddingMethod forHead(SavedHead head) throws MireException {
        SavedHead.EmbeddingInfo info = head.embedding();
        if (info == null) {
            return null;
        }
        String name = info.method();
        if (name.startsWith("ir2vec-")) {
            name = name + ":" + info.dimension();
        }
        return resolve(name);
    }

    /** The method, or null for {@code none}. */
    public static EmbeddingMethod resolve(String name) throws MireException {
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals(NONE)) {
            return null;
        }
        if (Baselines.isBaseline(normalized)) {
            return Baselines.of(normalized);
        }
        throw new MireException("unknown embedding '" + name + "'; use none, "
                + String.join(", ", Baselines.NAMES));
    }
}
