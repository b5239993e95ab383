package org.mire.app.embeddingexplorer;

import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;

/**
 * An embedding method the explorer can run on a corpus: a name for the menu and a factory that builds it for a
 * device ({@code cpu}, {@code gpu:N}); {@code usesDevice} enables the device choice. A choice that
 * {@code asksForFolder} has no factory of its own: picking it asks for a model folder, which then becomes a choice
 * of its own ({@link MethodCatalog#modelFolder}), which keeps its {@code modelFolder} (null for the others) so a
 * workspace can offer it again.
 */
public record MethodChoice(String name, boolean usesDevice, boolean asksForFolder, Factory factory,
                           java.nio.file.Path modelFolder) {
    /** Builds the method; may load weights. */
    @FunctionalInterface
    public interface Factory {
        EmbeddingMethod create(String device) throws MireException;
    }

    public MethodChoice(String name, boolean usesDevice, boolean asksForFolder, Factory factory) {
        this(name, usesDevice, asksForFolder, factory, null);
    }

    public MethodChoice(String name, boolean usesDevice, Factory factory) {
        this(name, usesDevice, false, factory);
    }

    @Override
    public String toString() {
        return name;
    }
}
