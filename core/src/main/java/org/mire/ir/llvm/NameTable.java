package org.mire.ir.llvm;

/**
 * Interns strings straight from a char range of the input, so that the thousands of repeated names, types and
 * literals ({@code %5}, {@code i32}, {@code 0}) share one String each and a hit allocates nothing.
 * Open addressing with linear probing; not thread-safe (one table per parse).
 */
final class NameTable {
    private String[] keys = new String[4096];
    private char[][] chars = new char[4096][]; // the keys' characters, compared without String.charAt's checks
    private int[] hashes = new int[4096];
    private int size;

    String intern(char[] buf, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + buf[i];
        }
        int len = end - start;
        int mask = keys.length - 1;
        int index = mix(h) & mask;
        while (true) {
            String key = keys[index];
            if (key == null) {
                char[] copy = java.util.Arrays.copyOfRange(buf, start, end);
                String created = new String(copy);
                keys[index] = created;
                chars[index] = copy;
                hashes[index] = h;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return created;
            }
            if (hashes[index] == h && key.length() == len && matches(chars[index], buf, start, len)) {
                return key;
            }
            index = (index + 1) & mask;
        }
    }

    /** A plain loop: names are short, where Arrays.equals' vectorised mismatch costs more than it saves. */
    private static boolean matches(char[] key, char[] buf, int start, int len) {
        for (int i = 0; i < len; i++) {
            if (key[i] != buf[start + i]) {
                return false;
            }
        }
        return true;
    }

    String intern(String s) {
        char[] chars = s.toCharArray();
        return intern(chars, 0, chars.length);
    }

    /** Fibonacci hashing: sequential names (%100, %101, ...) have sequential hashes and must not cluster. */
    private static int mix(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 15);
    }

    private void grow() {
        String[] oldKeys = keys;
        char[][] oldChars = chars;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        chars = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int index = mix(oldHashes[i]) & mask;
                while (keys[index] != null) {
                    index = (index + 1) & mask;
                }
                keys[index] = oldKeys[i];
                chars[index] = oldChars[i];
                hashes[index] = oldHashes[i];
            }
        }
    }
}
