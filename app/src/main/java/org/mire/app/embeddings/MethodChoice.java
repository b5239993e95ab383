package org.mire.app.embeddings;

import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;

/**
 * An embedding method the explorer can run on a corpus: a name for the menu and a factory that builds it for a
 * device ({@code cpu}, {@code gpu}). The app registers the shipped encoder, other model folders and the baselines.
 */
public record MethodChoice(String name, boolean usesDevice, Factory factory) {
    /** Builds the method; may load weights. */
    @FunctionalInterface
    public interface Factory {
        EmbeddingMethod create(String device) throws MireException;
    }

    @Override
    public String toString() {
        return name;
    }
}
