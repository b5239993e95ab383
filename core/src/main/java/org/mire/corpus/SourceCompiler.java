package org.mire.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.tools.ExternalTool;

/**
 * Compiles one translation unit to LLVM IR text with clang ({@code -S -emit-llvm -w}), with include paths guessed
 * from the package layout because the packages are not built: the source's folder and its parent, the
 * package's {@code include/}, {@code inc/}, {@code h/}, {@code src/} and {@code lib/}, every package folder that
 * holds a configure-generated header (then also {@code -DHAVE_CONFIG_H}), the user's {@code --include} folders,
 * and, after the system headers, every other package folder with headers; then the package's own flags from a
 * {@link CompileRecipe}.
 */
final class SourceCompiler {
    /** What a compilation gave. */
    record Outcome(CorpusEntry.Status status, String message) {
    }

    private static final int CONFIG_SEARCH_DEPTH = 4;
    private static final int HEADER_SEARCH_DEPTH = 6;
    private static final int MAX_HEADER_DIRS = 100;

    private final Path clang;
    private final List<Path> includes;
    private final int timeoutSeconds;
    private final String version;
    private final CompileRecipe recipe;
    private final Map<Path, PackageHeaders> packageHeaders = new ConcurrentHashMap<>();

    /** Folders of a package that hold configure output, and (at most {@link #MAX_HEADER_DIRS}) any headers. */
    private record PackageHeaders(List<Path> configDirs, List<Path> headerDirs) {
    }

    SourceCompiler(Path clang, List<Path> includes, int timeoutSeconds) throws MireException {
        this(clang, includes, timeoutSeconds, CompileRecipe.none());
    }

    SourceCompiler(Path clang, List<Path> includes, int timeoutSeconds, CompileRecipe recipe) throws MireException {
        this.clang = clang;
        this.includes = List.copyOf(includes);
        this.timeoutSeconds = timeoutSeconds;
        this.recipe = recipe;
        this.version = readVersion(clang);
    }

    /** Finds clang: a path, a name on the PATH, or (null) the workbench's default ({@code clang-16}, then {@code clang}). */
    static Path locate(String clang) throws MireException {
        if (clang == null || clang.isBlank()) {
            return ExternalTool.CLANG.require();
        }
        if (clang.contains(File.separator)) {
            Path path = Path.of(clang);
            if (!Files.isExecutable(path)) {
                throw new MireException(clang + ": not an executable clang");
            }
            return path;
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, clang);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new MireException(clang + " is not on the PATH; install it with: sudo apt-get install "
                + ExternalTool.CLANG.debianPackage());
    }

    /** The clang executable and its version line, for corpus.json. */
    String description() {
        return clang + " (" + version + ")";
    }

    Outcome compile(Path source, Path packageRoot, String opt, Path output) throws MireException {
        List<String> command = new ArrayList<>(List.of(clang.toString(), "-S", "-emit-llvm", "-w", "-" + opt,
                "-ferror-limit=3", "-fno-color-diagnostics"));
        command.addAll(languageFlags(source));
        List<Path> dirs = new ArrayList<>();
        Path dir = source.toAbsolutePath().getParent();
        dirs.add(dir);
        if (dir.getParent() != null && dir.startsWith(packageRoot) && !dir.equals(packageRoot)) {
            dirs.add(dir.getParent());
        }
        dirs.add(packageRoot);
        for (String sub : List.of("include", "inc", "h", "src", "lib")) {
            Path candidate = packageRoot.resolve(sub);
            if (Files.isDirectory(candidate)) {
                dirs.add(candidate);
            }
        }
        PackageHeaders headers = packageHeaders.computeIfAbsent(packageRoot, SourceCompiler::findHeaders);
        List<Path> configs = headers.configDirs();
        dirs.addAll(configs);
        dirs.addAll(includes);
        List<Path> first = dirs.stream().distinct().toList();
        for (Path include : first) {
            command.add("-I" + include);
        }
        // Last, every other package folder with headers, shallow first: builds add such folders with -I
        // (private/, gnulib's lib/, one folder per module). They come after the system headers (-idirafter), as
        // some hold replacements of system headers (time.h, stdlib.h, dirent.h) for other platforms.
        for (Path include : headers.headerDirs()) {
            if (!first.contains(include)) {
                command.add("-idirafter" + include);
            }
        }
        if (!configs.isEmpty()) {
            command.add("-DHAVE_CONFIG_H");
        }
        Path root = packageRoot.toAbsolutePath();
        Path file = source.toAbsolutePath();
        String inPackage = (file.startsWith(root) ? root.relativize(file) : file.getFileName()).toString()
                .replace('\\', '/');
        String packageName = root.getFileName() == null ? "" : root.getFileName().toString();
        command.addAll(recipe.flags(packageName, inPackage, root));
        command.addAll(List.of("-o", output.toString(), source.toString()));
        return run(command, output);
    }

    /**
     * An evaluation kernel's OpenCL source for the host target, as corpus sources are compiled; {@code standard}
     * is {@code CL1.2} (as the datasets README compiles them) or {@code CL2.0} (as the corpus builder does).
     */
    Outcome compileOpenClKernel(Path source, String standard, String opt, Path output) throws MireException {
        List<String> command = new ArrayList<>(List.of(clang.toString(), "-S", "-emit-llvm", "-w", "-" + opt,
                "-ferror-limit=3", "-fno-color-diagnostics", "-x", "cl", "-cl-std=" + standard, "-Xclang",
                "-finclude-default-header", "-o", output.toString(), source.toString()));
        return run(command, output);
    }

    /**
     * The language flags by extension. OpenCL C gets, unless the package's rules say otherwise,
     * {@code -cl-std=CL1.2}: an OpenCL runtime given no {@code -cl-std} compiles OpenCL C 1.x, whatever the device
     * supports. clang (13 and later) declares the OpenCL builtins itself ({@code -finclude-default-header
     * -fdeclare-opencl-builtins}); a package with its own declarations (libclc) turns that off with
     * {@code -cl-no-stdinc} in its rules.
     */
    static List<String> languageFlags(Path source) {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".cl")) {
            return List.of("-x", "cl", "-cl-std=CL1.2");
        }
        if (name.endsWith(".c")) {
            // clang 16 made these old-C habits errors; they do not matter for IR, so they are warnings again (and -w
            // hides warnings).
            return List.of("-x", "c", "-Wno-error=implicit-function-declaration", "-Wno-error=implicit-int",
                    "-Wno-error=int-conversion", "-Wno-error=incompatible-function-pointer-types",
                    "-Wno-error=incompatible-pointer-types");
        }
        return List.of("-x", "c++", "-std=gnu++17");
    }

    private Outcome run(List<String> command, Path output) throws MireException {
        Path errors = output.resolveSibling(output.getFileName() + ".err");
        Process process;
        try {
            Files.createDirectories(output.getParent());
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
        } catch (IOException e) {
            throw new MireException("cannot start " + clang + ": " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                Files.deleteIfExists(output);
                return new Outcome(CorpusEntry.Status.TIMEOUT, "clang ran longer than " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                Files.deleteIfExists(output);
                return new Outcome(CorpusEntry.Status.COMPILE_ERROR, "exit " + process.exitValue() + ": "
                        + firstError(errors));
            }
            if (!Files.isRegularFile(output)) {
                return new Outcome(CorpusEntry.Status.COMPILE_ERROR, "clang wrote no output");
            }
            return new Outcome(CorpusEntry.Status.OK, "");
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MireException("interrupted while compiling", e);
        } catch (IOException e) {
            throw new MireException(output + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException e) {
                // a leftover .err file does no harm
            }
        }
    }

    /** The first error line of clang's output, else its first line. */
    private static String firstError(Path errors) throws IOException {
        if (!Files.isRegularFile(errors)) {
            return "(no message)";
        }
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.contains("error:")) {
                return line.strip();
            }
        }
        return lines.isEmpty() ? "(no message)" : lines.getFirst().strip();
    }

    /**
     * Folders holding a configure-generated configuration header ({@code config.h}, or a {@code *config.h} made
     * from a {@code .h.in} template beside it, like curl's {@code curl_config.h}: such headers are read only when
     * {@code HAVE_CONFIG_H} is defined), and the other folders with headers. The package folder is often a
     * symbolic link, so the walk starts from its real path.
     */
    private static PackageHeaders findHeaders(Path packageRoot) {
        Path root;
        try {
            root = packageRoot.toRealPath();
        } catch (IOException e) {
            return new PackageHeaders(List.of(), List.of());
        }
        List<Path> configs = new ArrayList<>();
        java.util.Set<Path> headerDirs = new java.util.TreeSet<>(Comparator.comparingInt(Path::getNameCount)
                .thenComparing(Comparator.naturalOrder()));
        try (Stream<Path> walk = Files.walk(root, HEADER_SEARCH_DEPTH)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".h"))
                    .filter(p -> !CorpusBuilder.isSkippedPath(root.relativize(p)))
                    .forEach(p -> {
                        if (isConfigHeader(p) && root.relativize(p).getNameCount() <= CONFIG_SEARCH_DEPTH) {
                            configs.add(p.getParent());
                        }
                        headerDirs.add(p.getParent());
                        // and its parent, for includes with a folder prefix ("private/cpu.h", "gsl/gsl_math.h")
                        if (!p.getParent().equals(root)) {
                            headerDirs.add(p.getParent().getParent());
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            return new PackageHeaders(List.of(), List.of());
        }
        return new PackageHeaders(configs.stream().distinct().sorted().toList(),
                headerDirs.stream().limit(MAX_HEADER_DIRS).toList());
    }

    private static boolean isConfigHeader(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return name.equals("config.h")
                || (name.endsWith("config.h") && Files.isRegularFile(file.resolveSibling(name + ".in")));
    }

    private static String readVersion(Path clang) throws MireException {
        try {
            Process process = new ProcessBuilder(clang.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new MireException(clang + " --version failed: " + out.strip());
            }
            return out.lines().findFirst().orElse("unknown version").strip();
        } catch (IOException e) {
            throw new MireException("cannot run " + clang + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MireException("interrupted while running " + clang, e);
        }
    }
}
