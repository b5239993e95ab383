package org.mire.app.settings;

import java.nio.file.Path;

/**
 * Where the window keeps what it makes between runs (the embedding explorer's bookmarks and encoding cache):
 * {@code -Dmire.workspace}, else {@code ~/.mire/workspace}.
 */
public final class Workspace {
    private Workspace() {
    }

    public static Path defaultFolder() {
        String property = System.getProperty("mire.workspace");
        return property != null && !property.isBlank() ? Path.of(property)
                : Path.of(System.getProperty("user.home"), ".mire", "workspace");
    }
}
