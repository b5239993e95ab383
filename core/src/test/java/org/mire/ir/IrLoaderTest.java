package org.mire.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

class IrLoaderTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearToolOverride() {
        System.clearProperty("mire.tool.clang");
        System.clearProperty("mire.tool.llvm-dis");
    }

    @Test
    void refusesUnknownExtensionsNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(file));
        assertTrue(error.getMessage().contains("notes.txt"));
        assertTrue(error.getMessage().contains("unsupported file type '.txt'"));
    }

    @Test
    void refusesBinaryDataWithItsPosition() throws Exception {
        Path file = Files.write(dir.resolve("junk.ll"), new byte[] {'d', 'e', '\n', 'x', 0, 1, 2});
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(file));
        assertTrue(error.getMessage().endsWith("junk.ll:2:2: binary data (NUL byte) in a text IR file"), error.getMessage());
    }

    @Test
    void refusesInvalidUtf8WithItsPosition() throws Exception {
        Path file = Files.write(dir.resolve("latin1.ll"), "; ok\n; caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(file));
        assertTrue(error.getMessage().endsWith("latin1.ll:2:6: not valid UTF-8 (byte 0xE9)"), error.getMessage());
    }

    @Test
    void decodeDropsAByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFF; comment\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("; comment\n", IrLoader.decode(Path.of("bom.ll"), bytes));
    }

    @Test
    void missingFileIsAUserError() {
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(dir.resolve("absent.ll")));
        assertTrue(error.getMessage().endsWith("absent.ll: no such file"), error.getMessage());
    }

    @Test
    void missingClangNamesThePackage() throws Exception {
        System.setProperty("mire.tool.clang", dir.resolve("no-such-clang").toString());
        Path source = Files.writeString(dir.resolve("k.c"), "int f(void) { return 1; }\n");
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(source));
        assertTrue(error.getMessage().contains("sudo apt-get install clang-16"), error.getMessage());
    }

    @Test
    void missingLlvmDisNamesThePackage() throws Exception {
        System.setProperty("mire.tool.llvm-dis", dir.resolve("no-such-llvm-dis").toString());
        Path bitcode = Files.write(dir.resolve("k.bc"), new byte[] {'B', 'C', (byte) 0xC0, (byte) 0xDE, 1, 2});
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(bitcode));
        assertTrue(error.getMessage().contains("sudo apt-get install llvm-16"), error.getMessage());
    }
}
