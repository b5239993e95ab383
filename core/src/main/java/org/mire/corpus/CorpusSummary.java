package org.mire.corpus;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mire.MireException;

/**
 * What {@code corpus.json} says about a corpus: sizes of the usable part, per split and per package, how many
 * rows ended in each status, how the evaluation kernels were kept out, and the command that built it.
 *
 * @param format        version of this file's layout
 * @param normalisation the statement normalisation that the hashes were computed with
 * @param command       the command line of the last build run
 * @param clang         the compiler and its version
 * @param flags         the package-specific compile rules file ({@code --flags}), or null
 * @param updated       when the last build run ended (ISO-8601)
 * @param lastRunSeconds wall time of the last build run
 * @param files         usable (ok) IR files
 * @param functions     defined functions in them
 * @param instructions  instructions in them
 * @param megabytes     size of their IR text, in MB (10^6 bytes)
 * @param splits        files/functions/instructions/MB per split
 * @param packages      the same per package
 * @param languages     the same per source language ({@code c}, {@code c++}, {@code opencl}, {@code llvm-ir},
 *                      {@code mlir})
 * @param statuses      manifest rows per status
 * @param opt           usable files per optimisation level
 * @param caps          what each {@code --max-share} cap kept and left out
 * @param evaluation    how evaluation kernels were excluded
 */
public record CorpusSummary(int format, String normalisation, String command, String clang, String flags,
                            String updated, long lastRunSeconds, long files, long functions, long instructions,
                            double megabytes, Map<String, Size> splits, Map<String, Size> packages,
                            Map<String, Size> languages, Map<String, Long> statuses, Map<String, Long> opt,
                            List<Cap> caps, Evaluation evaluation) {

    public static final String FILE_NAME = "corpus.json";
    /** 2: languages, caps, flags, exclusions by rule, the excluded and capped statuses. */
    public static final int FORMAT = 2;

    /** Size of a part of the corpus. */
    public record Size(long files, long functions, long instructions, double megabytes) {
    }

    /**
     * What a {@code --max-share} cap did.
     *
     * @param packages           the package glob
     * @param maxShare           the cap
     * @param share              the capped packages' share of the corpus's instructions afterwards
     * @param instructionsBefore their instructions before the cap
     * @param instructionsKept   their instructions after it
     * @param sourcesKept        their sources kept
     * @param sourcesCapped      their sources left out (status capped)
     * @param rowsCapped         manifest rows of those sources
     */
    public record Cap(String packages, double maxShare, double share, long instructionsBefore, long instructionsKept,
                      long sourcesKept, long sourcesCapped, long rowsCapped) {
    }

    /**
     * @param datasets                the datasets folder checked, or null when there was none
     * @param rule                    the exclusion rules in words
     * @param kernelIrFiles           evaluation IR files hashed
     * @param kernelSources           distinct evaluation OpenCL sources compiled and hashed
     * @param moduleHashes            distinct module hashes of kernels
     * @param functionHashes          distinct function hashes of kernels
     * @param nearDuplicateFunctions  kernel functions in the near-duplicate index
     * @param nearDuplicateSimilarity the Jaccard similarity from which a function is a near-duplicate
     * @param programNames            evaluation program and kernel names matched against file names
     * @param excluded                corpus rows kept out (status excluded)
     * @param excludedBy              the same by rule: {@code name}, {@code hash}, {@code near-duplicate}
     * @param unhashable              kernel files or sources that could not be parsed or compiled
     */
    public record Evaluation(String datasets, String rule, int kernelIrFiles, int kernelSources, int moduleHashes,
                             int functionHashes, int nearDuplicateFunctions, double nearDuplicateSimilarity,
                             int programNames, long excluded, Map<String, Long> excludedBy, List<String> unhashable) {
    }

    private static Gson gson() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    }

    public void write(Path corpusDir) throws MireException {
        Path file = corpusDir.resolve(FILE_NAME);
        try {
            org.mire.io.AtomicFiles.writeString(file, gson().toJson(this) + "\n");
        } catch (IOException e) {
            throw new MireException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Reads a corpus's {@code corpus.json}. */
    public static CorpusSummary read(Path corpusDir) throws MireException {
        Path file = corpusDir.resolve(FILE_NAME);
        try {
            CorpusSummary summary = gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), CorpusSummary.class);
            if (summary == null) {
                throw new MireException(file + ": empty");
            }
            return summary;
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MireException(file + ": not a corpus summary: " + e.getMessage(), e);
        }
    }
}
