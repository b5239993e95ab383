package org.mire.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.mire.MireException;

/** Which part of a corpus an entry trains or validates on. */
public enum Split {
    TRAIN, VALIDATION;

    /** Percentage of sources that go to validation. */
    public static final int VALIDATION_PERCENT = 5;

    /** Name in the manifest: {@code train}, {@code validation}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The split with this manifest name, or null. */
    public static Split fromKey(String key) {
        for (Split split : values()) {
            if (split.key().equals(key)) {
                return split;
            }
        }
        return null;
    }

    /** The split a command's {@code --split} value names, or an error that lists the choices. */
    public static Split parse(String key) throws MireException {
        Split split = fromKey(key);
        if (split == null) {
            throw new MireException("--split " + key + ": use train or validation");
        }
        return split;
    }

    /**
     * The split of a source, from the SHA-256 of its manifest {@code source} path: every opt level of one source
     * lands in the same split, so validation measures generalisation to unseen code, and the assignment never
     * changes when the corpus grows.
     */
    public static Split ofSource(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            long bucket = ((digest[0] & 0xffL) << 24 | (digest[1] & 0xffL) << 16 | (digest[2] & 0xffL) << 8
                    | (digest[3] & 0xffL)) % 100;
            return bucket < VALIDATION_PERCENT ? VALIDATION : TRAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
