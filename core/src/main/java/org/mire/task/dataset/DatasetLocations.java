package org.mire.task.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mire.MireException;
import org.mire.MireHome;

/**
 * Where the evaluation data sets are by default: {@code $MIRE_DATASETS}, else {@code <root>/../shared/datasets} (or
 * one level further up, for a git worktree below the repository's parent) when that folder exists; the root is
 * {@link MireHome#root()}. The data are never copied into the repository.
 */
public final class DatasetLocations {
    public static final String DEVMAP = "devmap";
    public static final String THREAD_COARSENING = "thread_coarsening";

    private DatasetLocations() {
    }

    /** The shared data sets folder, when it exists. */
    public static Optional<Path> sharedRoot() {
        String env = System.getenv("MIRE_DATASETS");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)); // named explicitly: callers report it when it is missing
        }
        Optional<Path> home = MireHome.root().map(r -> r.toAbsolutePath().normalize());
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Path root = home.get();
        Path candidate = root.resolveSibling("shared").resolve("datasets");
        if (Files.isDirectory(candidate)) {
            return Optional.of(candidate);
        }
        Path parent = root.getParent();
        return parent == null ? Optional.empty()
                : Optional.of(parent.resolveSibling("shared").resolve("datasets")).filter(Files::isDirectory);
    }

    /** The default folder of one data set, when it exists. */
    public static Optional<Path> defaultFolder(String name) {
        return sharedRoot().map(root -> root.resolve(name)).filter(Files::isDirectory);
    }

    /** The given folder, or the default one; an error that says what to pass when neither exists. */
    public static Path resolve(Path given, String name) throws MireException {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new MireException(given + ": no such folder (the " + name + " data set)");
            }
            return given;
        }
        return defaultFolder(name).orElseThrow(() -> new MireException("no " + name
                + " data folder: pass --data DIR (the folder with the data set's CSV files and kernels_ir/)"));
    }
}
