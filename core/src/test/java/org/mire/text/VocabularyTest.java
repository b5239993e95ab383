package org.mire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

class VocabularyTest {
    @TempDir
    Path dir;

    private static Vocabulary sample() {
        return Vocabulary.builder()
                .add(List.of("[CLS]", "load", "i32", "ptr", "%ID"))
                .add(List.of("[CLS]", "store", "i32", "%ID", "ptr", "%ID"))
                .add(List.of("[CLS]", "add", "nsw", "i32", "%ID", "<4 x float>"))
                .build(2, 100);
    }

    @Test
    void specialsComeFirstThenTokensByFrequencyThenCodePoint() {
        Vocabulary vocabulary = sample();
        assertEquals(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "%ID", "i32", "ptr"), vocabulary.tokens());
        assertEquals(Vocabulary.PAD_ID, vocabulary.id("[PAD]"));
        assertEquals(Vocabulary.MASK_ID, vocabulary.id("[MASK]"));
        assertEquals("i32", vocabulary.token(6));
    }

    @Test
    void unknownTokensMapToUnk() {
        Vocabulary vocabulary = sample();
        assertEquals(Vocabulary.UNK_ID, vocabulary.id("fdiv"));
        assertEquals(Vocabulary.UNK_ID, vocabulary.id("store"), "seen once, below the cut-off of 2");
        assertEquals(8, vocabulary.size());
    }

    @Test
    void maxSizeCountsSpecialsAndReservedTokens() {
        Vocabulary vocabulary = Vocabulary.builder().reserve(List.of("[external]", "var"))
                .add(List.of("a", "a", "a", "b", "b", "c")).build(1, 8);
        assertEquals(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[external]", "var", "a"),
                vocabulary.tokens());
    }

    @Test
    void saveAndLoadRoundTripKeepsIdsAndHash() throws Exception {
        Vocabulary vocabulary = Vocabulary.builder().add(List.of("<4 x float>", "<4 x float>", "call", "call", "é"))
                .build(1, 100);
        Path file = dir.resolve("vocab.txt");
        vocabulary.save(file);
        Vocabulary back = Vocabulary.load(file);
        assertEquals(vocabulary, back);
        assertEquals(vocabulary.sha256(), back.sha256());
        assertEquals(back.id("<4 x float>"), vocabulary.id("<4 x float>"));
        assertEquals("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n<4 x float>\ncall\né\n", Files.readString(file));
        assertNotEquals(vocabulary.sha256(), sample().sha256());
    }

    @Test
    void hashIsTheSha256OfTheFileBytes() throws Exception {
        Vocabulary vocabulary = sample();
        Path file = dir.resolve("vocab.txt");
        vocabulary.save(file);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        assertEquals(java.util.HexFormat.of().formatHex(digest), vocabulary.sha256());
    }

    @Test
    void rejectsMissingOrMisorderedSpecials() throws Exception {
        Path file = Files.writeString(dir.resolve("v.txt"), "[PAD]\n[CLS]\n[UNK]\n[SEP]\n[MASK]\nload\n");
        MireException e = assertThrows(MireException.class, () -> Vocabulary.load(file));
        assertTrue(e.getMessage().startsWith(file + ":2: expected special token [UNK]"), e.getMessage());
        Path short_ = Files.writeString(dir.resolve("short.txt"), "[PAD]\n[UNK]\n");
        assertTrue(assertThrows(MireException.class, () -> Vocabulary.load(short_)).getMessage()
                .contains(":3: expected special token [CLS] but the file ends"));
    }

    @Test
    void rejectsDuplicateAndEmptyTokensWithTheirLine() throws Exception {
        String specials = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";
        Path duplicate = Files.writeString(dir.resolve("dup.txt"), specials + "load\nstore\nload\n");
        assertEquals(duplicate + ":8: token 'load' already on line 6",
                assertThrows(MireException.class, () -> Vocabulary.load(duplicate)).getMessage());
        Path empty = Files.writeString(dir.resolve("empty.txt"), specials + "load\n\nstore\n");
        assertEquals(empty + ":7: empty token", assertThrows(MireException.class, () -> Vocabulary.load(empty)).getMessage());
        Path crlf = Files.writeString(dir.resolve("crlf.txt"), specials.replace("\n", "\r\n"));
        assertTrue(assertThrows(MireException.class, () -> Vocabulary.load(crlf)).getMessage().contains(":1:"));
    }

    @Test
    void rejectsTruncatedBinaryAndMissingFiles() throws Exception {
        Path truncated = Files.writeString(dir.resolve("t.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nlo");
        assertTrue(assertThrows(MireException.class, () -> Vocabulary.load(truncated)).getMessage()
                .contains("does not end with a newline"));
        Path binary = Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x0a});
        assertTrue(assertThrows(MireException.class, () -> Vocabulary.load(binary)).getMessage()
                .contains("not UTF-8"));
        Path missing = dir.resolve("missing.txt");
        assertEquals(missing + ": no such vocabulary file",
                assertThrows(MireException.class, () -> Vocabulary.load(missing)).getMessage());
        Path emptyFile = Files.write(dir.resolve("e.txt"), new byte[0]);
        assertTrue(assertThrows(MireException.class, () -> Vocabulary.load(emptyFile)).getMessage().contains("empty"));
        assertFalse(Files.readString(truncated, StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void idsOfASequence() {
        Vocabulary vocabulary = Vocabulary.of(List.of("load", "i32"));
        assertEquals(List.of(2, 5, 6, 1), java.util.Arrays.stream(vocabulary.ids(List.of("[CLS]", "load", "i32", "x")))
                .boxed().toList());
    }
}
