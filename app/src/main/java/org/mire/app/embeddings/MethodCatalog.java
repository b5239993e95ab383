package org.mire.app.embeddings;

import java.util.ArrayList;
import java.util.List;

/**
 * The embedding methods the explorer offers in its menu. The workbench registers the shipped encoder, other model
 * folders and the baselines here as they become available; imported vectors need no entry.
 */
public final class MethodCatalog {
    private final List<MethodChoice> choices = new ArrayList<>();

    public MethodCatalog register(MethodChoice choice) {
        choices.add(choice);
        return this;
    }

    public List<MethodChoice> choices() {
        return List.copyOf(choices);
    }
}
