package org.mire.tools;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mire.MireException;

/**
 * An LLVM/MLIR command-line tool the workbench can call (clang, llvm-dis, mlir-opt, ...), found on the PATH
 * under its versioned name first ({@code clang-16}) and then its plain name. A missing tool is a
 * {@link MireException} that names the Debian package to install.
 */
public enum ExternalTool {
    CLANG("clang", "clang-16"),
    LLVM_DIS("llvm-dis", "llvm-16"),
    LLVM_AS("llvm-as", "llvm-16"),
    OPT("opt", "llvm-16"),
    LLC("llc", "llvm-16"),
    LLVM_MCA("llvm-mca", "llvm-16"),
    MLIR_OPT("mlir-opt", "mlir-16-tools"),
    MLIR_TRANSLATE("mlir-translate", "mlir-16-tools");

    /** The LLVM major version whose tools we prefer. */
    public static final int PREFERRED_LLVM = 16;

    private final String baseName;
    private final String debianPackage;

    ExternalTool(String baseName, String debianPackage) {
        this.baseName = baseName;
        this.debianPackage = debianPackage;
    }

    public String baseName() {
        return baseName;
    }

    public String debianPackage() {
        return debianPackage;
    }

    /**
     * The executable: the system property {@code mire.tool.<name>} (e.g. {@code mire.tool.clang}) when set,
     * else {@code <name>-16} or {@code <name>} on the PATH.
     */
    public Optional<Path> find() {
        String override = System.getProperty("mire.tool." + baseName);
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override);
            return Files.isExecutable(path) ? Optional.of(path) : findOnPath(override);
        }
        Optional<Path> versioned = findOnPath(baseName + "-" + PREFERRED_LLVM);
        return versioned.isPresent() ? versioned : findOnPath(baseName);
    }

    public boolean isAvailable() {
        return find().isPresent();
    }

    /** The executable, or an error that says which package provides it. */
    public Path require() throws MireException {
        return find().orElseThrow(() -> new MireException(baseName + " (or " + baseName + "-" + PREFERRED_LLVM
                + ") is not on the PATH; install it with: sudo apt-get install " + debianPackage));
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs the tool with the given arguments and returns its standard output.
     *
     * @param what        names the input in error messages (usually the file)
     * @param timeoutSecs the run is killed after this many seconds
     * @throws MireException when the tool is missing, fails or times out; a failure's message is one line
     *                       ({@code what: clang failed (exit 1):}) followed by the tool's first error lines as it
     *                       printed them, so that a compiler's caret still points at its column
     */
    public String run(String what, List<String> args, long timeoutSecs) throws MireException {
        Result result = runForResult(args, timeoutSecs);
        if (result.exitCode() != 0) {
            throw new MireException(what + ": " + baseName + " failed (exit " + result.exitCode() + "):\n"
                    + firstLines(result.stderr(), MESSAGE_LINES));
        }
        return result.stdout();
    }

    /** How many lines of a failed tool's error output its message keeps. */
    static final int MESSAGE_LINES = 16;

    /** What a finished run printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs the tool and returns its exit code and output, failing only when it is missing or times out. */
    public Result runForResult(List<String> args, long timeoutSecs) throws MireException {
        List<String> command = new ArrayList<>();
        command.add(require().toString());
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new MireException("cannot start " + command.getFirst() + ": " + e.getMessage(), e);
        }
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSecs, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new MireException(baseName + " did not finish within " + timeoutSecs + " s");
            }
            return new Result(process.exitValue(), stdout.join(), stderr.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MireException(baseName + " was interrupted", e);
        } catch (IOException e) {
            throw new MireException(baseName + ": " + e.getMessage(), e);
        }
    }

    private static String drain(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first lines of a tool's output, each as printed (indentation kept, trailing blanks dropped). */
    static String firstLines(String text, int count) {
        List<String> lines = text.strip().lines().map(String::stripTrailing).toList();
        if (lines.isEmpty() || lines.getFirst().isEmpty()) {
            return "(no message)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(count, lines.size()); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(lines.get(i));
        }
        if (lines.size() > count) {
            out.append("\n… (").append(lines.size() - count).append(" more lines)");
        }
        return out.toString();
    }
}
