package org.mire.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path temp;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        Path file = temp.resolve("a.txt");
        AtomicFiles.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("new, half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "no temporary left behind");
        }
    }

    @Test
    void aWrittenFileGetsTheUsualPermissionsOfANewFile() throws Exception {
        Path plain = Files.writeString(temp.resolve("plain.txt"), "x");
        Path atomic = temp.resolve("atomic.txt");
        AtomicFiles.writeString(atomic, "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(atomic));
        assertTrue(expected.contains(PosixFilePermission.OWNER_READ));
    }
}
