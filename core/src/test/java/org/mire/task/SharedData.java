package org.mire.task;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared/datasets} for tests, skipping them when it is absent. */
public final class SharedData {
    private SharedData() {
    }

    /** The folder of one data set; the calling test is skipped when it is missing. */
    public static Path folder(String name) {
        String root = System.getProperty("mire.repo.root");
        Assumptions.assumeTrue(root != null, "mire.repo.root is not set");
        Path folder = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("datasets")
                .resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(folder), "no shared data set at " + folder);
        return folder;
    }
}
