package org.mire.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers (and a crash) never see half of one: the content goes to a uniquely named temporary
 * file beside the target, which is then renamed over it in one step. The only place in the product that does this
 * (docs/architecture.md); everything that saves a file a user or a later run reads goes through here.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What to write, given a buffered stream onto the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code file} (its folders are created); on failure the old file is untouched and no temporary stays. */
    public static void write(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // A fresh name of our own rather than Files.createTempFile, which makes the file readable by its owner only:
        // the finished file should get the permissions any new file of the user gets.
        Path temporary = parent.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes text as UTF-8. */
    public static void writeString(Path file, CharSequence text) throws IOException {
        write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes bytes. */
    public static void writeBytes(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Renames a finished file (written by us or by a tool) over {@code target} in one step. File systems that cannot
     * rename atomically (some network mounts) get a plain replacing rename: still never a half-written target.
     */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
