package org.mire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the installation keeps what ships with it: the root is the {@code mire.home} property (set by the {@code mire}
 * launchers to the repository or application folder), else {@code mire.repo.root} (set for tests). Every door of the
 * product finds the shipped model and the samples here, so the command line and the window use the same ones.
 */
public final class MireHome {
    private static final String[] PROPERTIES = {"mire.home", "mire.repo.root"};

    private MireHome() {
    }

    /** The installation or repository root, when a launcher or the test set-up named one. */
    public static Optional<Path> root() {
        for (String property : PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                return Optional.of(Path.of(value));
            }
        }
        return Optional.empty();
    }

    /** The shipped encoder model: {@code models/} under the root, else {@code models/} of the working folder. */
    public static Path shippedModel() {
        return root().map(r -> r.resolve("models")).orElse(Path.of("models"));
    }

    /** The bundled {@code sample-ir/} folder under the root, when it exists. */
    public static Optional<Path> sampleIr() {
        return root().map(r -> r.resolve("sample-ir")).filter(Files::isDirectory);
    }
}
