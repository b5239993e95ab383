package org.mire.task.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mire.MireException;

/**
 * Where the evaluation data sets are by default: {@code <repo>/../shared/datasets/<name>} when that folder exists.
 * The repository root comes from the {@code mire.home} property (set by the {@code mire} launcher) or
 * {@code mire.repo.root} (set for tests). The data are never copied into the repository.
 */
public final class DatasetLocations {
    public static final String DEVMAP = "devmap";
    public static final String THREAD_COARSENING = "thread_coarsening";

    private DatasetLocations() {
    }

    /** The shared data sets folder, when it exists. */
    public static Optional<Path> sharedRoot() {
        for (String property : new String[] {"mire.home", "mire.repo.root"}) {
            String root = System.getProperty(property);
            if (root != null && !root.isBlank()) {
                Path candidate = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("datasets");
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
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
