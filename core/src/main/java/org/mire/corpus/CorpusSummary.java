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
 * @param updated       when the last build run ended (ISO-8601)
 * @param lastRunSeconds wall time of the last build run
 * @param files         usable (ok) IR files
 * @param functions     defined functions in them
 * @param instructions  instructions in them
 * @param megabytes     size of their IR text, in MB (10^6 bytes)
 * @param splits        files/functions/instructions/MB per split
 * @param packages      the same per package
 * @param statuses      manifest rows per status
 * @param opt           usable files per optimisation level
 * @param evaluation    how evaluation kernels were excluded
 */
public record CorpusSummary(int format, String normalisation, String command, String clang, String updated,
                            long lastRunSeconds, long files, long functions, long instructions, double megabytes,
                            Map<String, Size> splits, Map<String, Size> packages, Map<String, Long> statuses,
                            Map<String, Long> opt, Evaluation evaluation) {

    public static final String FILE_NAME = "corpus.json";

    /** Size of a part of the corpus. */
    public record Size(long files, long functions, long instructions, double megabytes) {
    }

    /**
     * @param datasets             the datasets folder checked, or null when there was none
     * @param rule                 the exclusion rule in words
     * @param kernelIrFiles        evaluation IR files hashed
     * @param kernelSources        distinct evaluation OpenCL sources compiled and hashed
     * @param moduleHashes         distinct module hashes of kernels
     * @param functionHashes       distinct function hashes of kernels
     * @param excluded             corpus files dropped because they matched a kernel (status duplicate)
     * @param unhashable           kernel files or sources that could not be parsed or compiled
     */
    public record Evaluation(String datasets, String rule, int kernelIrFiles, int kernelSources, int moduleHashes,
                             int functionHashes, long excluded, List<String> unhashable) {
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
