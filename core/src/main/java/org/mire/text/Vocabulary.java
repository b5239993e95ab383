package org.mire.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.io.AtomicFiles;

/**
 * Token ↔ id mapping for the text encoder. Ids 0–4 are the special tokens {@code [PAD] [UNK] [CLS] [SEP] [MASK]};
 * the rest are corpus tokens by descending frequency (ties in code-point order, so a build is reproducible).
 * Saved as {@code vocab.txt}: one token per line, the id is the 0-based line number.
 */
public final class Vocabulary {
    public static final String PAD = "[PAD]";
    public static final String UNK = "[UNK]";
    public static final String CLS = "[CLS]";
    public static final String SEP = "[SEP]";
    public static final String MASK = "[MASK]";
    public static final int PAD_ID = 0;
    public static final int UNK_ID = 1;
    public static final int CLS_ID = 2;
    public static final int SEP_ID = 3;
    public static final int MASK_ID = 4;
    /** The special tokens in id order. */
    public static final List<String> SPECIALS = List.of(PAD, UNK, CLS, SEP, MASK);

    private final List<String> tokens;
    private final Map<String, Integer> ids;

    private Vocabulary(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        this.ids = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < this.tokens.size(); i++) {
            ids.put(this.tokens.get(i), i);
        }
    }

    /** Counts tokens, then {@link #build(int, int) builds} a vocabulary from the counts. */
    public static final class Builder {
        private final Map<String, Long> counts = new HashMap<>();
        private final List<String> reserved = new ArrayList<>();

        /** Counts the tokens of one sequence; special tokens in it are not counted. */
        public Builder add(Collection<String> sequence) {
            for (String token : sequence) {
                if (!SPECIALS.contains(token)) {
                    counts.merge(token, 1L, Long::sum);
                }
            }
            return this;
        }

        /**
         * Tokens that must be in the vocabulary whatever their count (e.g. graph node texts such as
         * {@code [external]}); they get the ids right after the specials, in the order given.
         */
        public Builder reserve(Collection<String> tokens) {
            for (String token : tokens) {
                if (!SPECIALS.contains(token) && !reserved.contains(token)) {
                    reserved.add(token);
                }
            }
            return this;
        }

        public Map<String, Long> counts() {
            return Map.copyOf(counts);
        }

        /**
         * @param minCount keep tokens seen at least this often
         * @param maxSize  at most this many ids in all, specials and reserved tokens included
         */
        public Vocabulary build(int minCount, int maxSize) {
            if (maxSize < SPECIALS.size() + reserved.size()) {
                throw new IllegalArgumentException("maxSize " + maxSize + " leaves no room for the "
                        + (SPECIALS.size() + reserved.size()) + " special and reserved tokens");
            }
            List<String> all = new ArrayList<>(SPECIALS);
            all.addAll(reserved);
            List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Long> entry : entries) {
                if (all.size() >= maxSize || entry.getValue() < minCount) {
                    break;
                }
                if (!reserved.contains(entry.getKey())) {
                    all.add(entry.getKey());
                }
            }
            return new Vocabulary(all);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A vocabulary of exactly these tokens after the specials (for tests and tools). */
    public static Vocabulary of(List<String> tokens) {
        List<String> all = new ArrayList<>(SPECIALS);
        for (String token : tokens) {
            if (!all.contains(token)) {
                all.add(token);
            }
        }
        return new Vocabulary(all);
    }

    /** The id of a token, or {@link #UNK_ID} when it is not in the vocabulary. */
    public int id(String token) {
        Integer id = ids.get(token);
        return id == null ? UNK_ID : id;
    }

    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** The token with this id. */
    public String token(int id) {
        if (id < 0 || id >= tokens.size()) {
            throw new IndexOutOfBoundsException("token id " + id + " is outside the vocabulary of " + tokens.size());
        }
        return tokens.get(id);
    }

    public int size() {
        return tokens.size();
    }

    /** All tokens in id order. */
    public List<String> tokens() {
        return tokens;
    }

    /** The ids of a token sequence (unknown tokens → {@link #UNK_ID}). */
    public int[] ids(List<String> sequence) {
        int[] out = new int[sequence.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(sequence.get(i));
        }
        return out;
    }

    /** SHA-256 (hex) of the {@code vocab.txt} bytes: equal vocabularies have equal hashes. */
    public String sha256() {
        MessageDigest digest = ContentHash.sha256Digest();
        return HexFormat.of().formatHex(digest.digest(content()));
    }

    private byte[] content() {
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            text.append(token).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code vocab.txt} (atomically: a temporary file renamed into place). */
    public void save(Path file) throws MireException {
        try {
            AtomicFiles.writeBytes(file, content());
        } catch (IOException e) {
            throw new MireException(file + ": cannot write the vocabulary: " + e.getMessage(), e);
        }
    }

    /** Reads a {@code vocab.txt}; a malformed file is a {@link MireException} naming the file and line. */
    public static Vocabulary load(Path file) throws MireException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MireException(file + ": no such vocabulary file");
        } catch (IOException e) {
            throw new MireException(file + ": cannot read the vocabulary: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MireException(file + ": not a vocabulary file (not UTF-8 text)");
        }
        if (text.isEmpty()) {
            throw new MireException(file + ": empty vocabulary file");
        }
        if (!text.endsWith("\n")) {
            throw new MireException(file + ":" + text.split("\n", -1).length
                    + ": vocabulary file does not end with a newline (truncated?)");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        List<String> tokens = new ArrayList<>(lines.length);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String token = lines[i];
            int line = i + 1;
            if (token.isEmpty() || token.isBlank()) {
                throw new MireException(file + ":" + line + ": empty token");
            }
            if (token.indexOf('\r') >= 0) {
                throw new MireException(file + ":" + line + ": carriage return in a token (file has CRLF line ends?)");
            }
            if (i < SPECIALS.size() && !token.equals(SPECIALS.get(i))) {
                throw new MireException(file + ":" + line + ": expected special token " + SPECIALS.get(i)
                        + " but found '" + token + "'");
            }
            Integer previous = seen.putIfAbsent(token, line);
            if (previous != null) {
                throw new MireException(file + ":" + line + ": token '" + token + "' already on line " + previous);
            }
            tokens.add(token);
        }
        if (tokens.size() < SPECIALS.size()) {
            throw new MireException(file + ":" + (tokens.size() + 1) + ": expected special token "
                    + SPECIALS.get(tokens.size()) + " but the file ends");
        }
        return new Vocabulary(tokens);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary v && v.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary[" + tokens.size() + " tokens]";
    }
}
