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
    void aBinaryFileIsCalledBinaryWhateverItsName() throws Exception {
        // A gzip archive of real IR: random-looking bytes with some NULs and many control bytes, no bitcode magic.
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
            gzip.write(Files.readAllBytes(Path.of(System.getProperty("mire.repo.root", ".."), "sample-ir", "ll",
                    "quicksort.O0.ll")));
        }
        Path file = Files.write(dir.resolve("archive.ll"), packed.toByteArray());
        assertTrue(IrLoader.looksBinary(packed.toByteArray()));
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(file));
        assertTrue(error.getMessage().endsWith("archive.ll: a binary file, not text; open .ll, .bc, .c, .cpp, .cl or "
                + ".mlir files"), error.getMessage());
        // Text with one stray control byte is text: its error says where the byte is.
        assertTrue(!IrLoader.looksBinary("define void @f() {\n  ret\u0000 void\n}\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void clangErrorsKeepTheirLinesSoTheCaretPointsAtTheColumn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.mire.tools.ExternalTool.CLANG.isAvailable());
        Path source = Files.writeString(dir.resolve("bad.c"), "int f(int a) {\n  int b = a +;\n  return b;\n}\n");
        MireException error = assertThrows(MireException.class, () -> IrLoader.load(source));
        java.util.List<String> lines = error.getMessage().lines().toList();
        assertTrue(lines.get(0).endsWith("bad.c: clang failed (exit 1):"), lines.get(0));
        assertTrue(lines.get(1).endsWith("bad.c:2:14: error: expected expression"), lines.get(1));
        assertEquals("  int b = a +;", lines.get(2));
        assertEquals(13, lines.get(3).indexOf('^'), "the caret stays under column 14: " + lines.get(3));
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
