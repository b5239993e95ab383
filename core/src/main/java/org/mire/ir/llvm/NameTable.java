package org.mire.ir.llvm;

/**
 * Interns strings straight from a char range of the input, so that the thousands of repeated names, types and
 * literals ({@code %5}, {@code i32}, {@code 0}) share one String each and a hit allocates nothing.
 * Open addressing with linear probing; not thread-safe (one table per parse).
 */
final class NameTable {
    private String[] keys = new String[4096];
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
                String created = new String(buf, start, len);
                keys[index] = created;
                hashes[index] = h;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return created;
            }
            if (hashes[index] == h && key.length() == len && matches(key, buf, start, len)) {
                return key;
            }
            index = (index + 1) & mask;
        }
    }

    String intern(String s) {
        char[] chars = s.toCharArray();
        return intern(chars, 0, chars.length);
    }

    private static boolean matches(String key, char[] buf, int start, int len) {
        for (int i = 0; i < len; i++) {
            if (key.charAt(i) != buf[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** Fibonacci hashing: sequential names (%100, %101, ...) have sequential hashes and must not cluster. */
    private static int mix(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 15);
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int index = mix(oldHashes[i]) & mask;
                while (keys[index] != null) {
                    index = (index + 1) & mask;
                }
                keys[index] = oldKeys[i];
                hashes[index] = oldHashes[i];
            }
        }
    }
}
