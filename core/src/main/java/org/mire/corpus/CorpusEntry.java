package org.mire.corpus;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One row of a corpus manifest: one translation unit compiled at one optimisation level.
 *
 * @param path         absolute path of the IR file, or null when the row has no file (compile errors, timeouts,
 *                     duplicates, empty modules)
 * @param file         the manifest's {@code file}: the IR path relative to the corpus folder, or empty
 * @param source       the input relative to its {@code --from} folder, prefixed with that folder's name
 *                     ({@code pkgs/zlib-1.2.13.dfsg/deflate.c})
 * @param opt          {@code O0}..{@code O3}, or {@code given} for inputs that were IR already
 * @param hash         SHA-256 of the normalised statement sequence, or empty when the IR was not parsed
 * @param functions    defined functions
 * @param instructions instructions in them
 * @param status       what happened to it
 * @param split        train or validation for {@link Status#OK} rows, null otherwise
 */
public record CorpusEntry(Path path, String file, String source, String opt, String hash, int functions,
                          long instructions, Status status, Split split) {

    /** What became of a translation unit at one opt level. */
    public enum Status {
        /** Compiled, parsed, unique: part of the corpus. */
        OK,
        /** clang failed (the reason is in {@code build.log}). */
        COMPILE_ERROR,
        /** Our parser rejected clang's output: a parser bug to report; the IR file is kept. */
        PARSE_ERROR,
        /** Its normalised hash equals an earlier entry's (see {@code build.log}). */
        DUPLICATE,
        /**
         * Kept out as (a copy of) an evaluation kernel: by suite or program name, by normalised hash, or as a
         * near-duplicate (see {@code excluded.csv} and {@code build.log}).
         */
        EXCLUDED,
        /**
         * Usable, but left out to keep its package within a {@code --max-share} cap; its IR stays so that a later
         * build can take it back.
         */
        CAPPED,
        /** clang ran past the per-file time limit. */
        TIMEOUT,
        /** Compiled and parsed, but defines no function. */
        EMPTY;

        /** Name in the manifest: {@code ok}, {@code compile-error}, ... */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The status with this manifest name, or null. */
        public static Status fromKey(String key) {
            for (Status status : values()) {
                if (status.key().equals(key)) {
                    return status;
                }
            }
            return null;
        }
    }

    /**
     * The package the source came from: the first folder below its {@code --from} folder (e.g.
     * {@code zlib-1.2.13.dfsg}), or the {@code --from} folder's own name for files directly in it (e.g.
     * {@code csmith}).
     */
    public String packageName() {
        String[] parts = source.split("/");
        return parts.length > 2 ? parts[1] : parts[0];
    }
}
