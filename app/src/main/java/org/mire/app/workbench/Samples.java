package org.mire.app.workbench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.mire.app.Launcher;

/**
 * The bundled {@code sample-ir/} programs. Found through the system property {@code mire.home} (set by the
 * {@code ./mire} script to the repository root), then {@code mire.repo.root} (tests), then the folders around the
 * application's jar (an installed app keeps {@code sample-ir/} beside or above its {@code lib/}).
 */
public final class Samples {
    /** Small, readable programs to open on first start, in order of preference. */
    private static final List<String> FIRST_START = List.of("quicksort", "saxpy", "matmul", "dot_product",
            "binary_search");

    private final Path folder;
    private List<Path> files;

    private Samples(Path folder) {
        this.folder = folder;
    }

    public static Samples find() {
        return new Samples(locate().orElse(null));
    }

    public static Samples in(Path folder) {
        return new Samples(folder);
    }

    static Optional<Path> locate() {
        Optional<Path> home = org.mire.MireHome.sampleIr();
        if (home.isPresent()) {
            return home;
        }
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
                Path candidate = dir.resolve("sample-ir");
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (unusual class loaders): no samples.
        }
        return Optional.empty();
    }

    /** The sample folder, or null when none was found. */
    public Path folder() {
        return folder;
    }

    /** All sample files the workbench can open (not the build tools), sorted by folder and name. */
    public synchronized List<Path> files() {
        if (files == null) {
            files = walk();
        }
        return files;
    }

    private List<Path> walk() {
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, 3)) {
            return walk.filter(Files::isRegularFile).filter(Samples::openable)
                    .filter(p -> !folder.relativize(p).startsWith("tools"))
                    .sorted(Comparator.comparing((Path p) -> folder.relativize(p).getNameCount() > 1
                            ? folder.relativize(p).getName(0).toString() : "").thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static boolean openable(Path file) {
        return org.mire.ir.IrFiles.isIrFile(file);
    }

    /** The sample to open on first start: a small LLVM IR program. */
    public Optional<Path> firstStart() {
        List<Path> files = files();
        List<Path> textIr = files.stream().filter(p -> p.toString().endsWith(".ll")).toList();
        for (String preferred : FIRST_START) {
            // The -O1 build reads best: small, but with the program's real control flow.
            for (Path file : textIr) {
                if (file.getFileName().toString().equals(preferred + ".O1.ll")) {
                    return Optional.of(file);
                }
            }
            for (Path file : textIr) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).contains(preferred)
                        && !file.toString().contains("large")) {
                    return Optional.of(file);
                }
            }
        }
        return textIr.stream().filter(p -> !p.toString().contains("large")).findFirst()
                .or(() -> files.stream().findFirst());
    }

    /** How a sample is named in menus: its path under {@code sample-ir/}. */
    public String label(Path file) {
        return folder == null ? file.getFileName().toString() : folder.relativize(file).toString();
    }
}
