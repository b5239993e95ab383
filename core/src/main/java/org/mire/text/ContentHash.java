package org.mire.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over normalised statements in a fixed layout: a {@code define} line per function, one statement a line. */
final class ContentHash {
    private final MessageDigest digest;

    ContentHash() {
        digest = sha256Digest();
    }

    void addFunction(NormalisedFunction function) {
        add("define");
        for (NormalisedStatement statement : function.statements()) {
            add(statement.text());
        }
    }

    private void add(String line) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
