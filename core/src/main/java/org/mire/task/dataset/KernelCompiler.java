package org.mire.task.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.MireException;
import org.mire.tools.ExternalTool;

/**
 * Compiles the CLgen-normalised OpenCL kernels of the DevMap / thread-coarsening CSVs ({@code src}) to LLVM IR with
 * clang, with the two semantics-preserving repairs the data sets' READMEs describe: leaked libclc names
 * ({@code __clc_pow} → {@code pow}) and swizzles the rewriter mangled ({@code rx} → {@code r.x}, applied only where
 * clang reports the identifier as undeclared). Kernels that need stubs for stripped helpers are not compiled: their
 * IR would not be faithful. Results (and failures) are cached by the hash of the source and flags.
 */
public final class KernelCompiler {
    /** The flags of the data sets' {@code compile_status_clang16.csv}. */
    public static final List<String> FLAGS = List.of("-x", "cl", "-cl-std=CL1.2", "-Xclang",
            "-finclude-default-header", "-target", "spir64", "-emit-llvm", "-S", "-O0", "-w");
    private static final Pattern CLC = Pattern.compile("\\b__clc_(\\w+)");
    private static final Pattern UNDECLARED = Pattern.compile("use of undeclared identifier '(\\w+)'");
    private static final long TIMEOUT_SECS = 120;

    private final Path cache;

    public KernelCompiler(Path cache) {
        this.cache = cache;
    }

    /** A compiler that caches under {@code ~/.cache/mire/opencl-ir}. */
    public static KernelCompiler inDefaultCache() {
        return new KernelCompiler(Path.of(System.getProperty("user.home"), ".cache", "mire", "opencl-ir"));
    }

    /**
     * The IR file of a kernel's source, or empty when it does not compile even after the repairs.
     *
     * @throws MireException when clang is missing or the cache cannot be written
     */
    public Optional<Path> compile(String source) throws MireException {
        String key = sha256(String.join(" ", FLAGS) + "\n" + source);
        Path ir = cache.resolve(key + ".ll");
        Path failed = cache.resolve(key + ".failed");
        if (Files.isRegularFile(ir)) {
            return Optional.of(ir);
        }
        if (Files.isRegularFile(failed)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(cache);
            Path input = Files.createTempFile(cache, "kernel", ".cl");
            Path output = Files.createTempFile(cache, "kernel", ".ll.tmp");
            try {
                String text = CLC.matcher(source).replaceAll("$1");
                for (int attempt = 0; attempt < 2; attempt++) {
                    Files.writeString(input, text, StandardCharsets.UTF_8);
                    List<String> args = new java.util.ArrayList<>(FLAGS);
                    args.addAll(List.of("-o", output.toString(), input.toString()));
                    ExternalTool.Result result = ExternalTool.CLANG.runForResult(args, TIMEOUT_SECS);
                    if (result.exitCode() == 0) {
                        org.mire.io.AtomicFiles.moveIntoPlace(output, ir);
                        return Optional.of(ir);
                    }
                    String repaired = repairSwizzles(text, result.stderr());
                    if (repaired.equals(text)) {
                        break;
                    }
                    text = repaired;
                }
                Files.writeString(failed, "does not compile with clang\n");
                return Optional.empty();
            } finally {
                Files.deleteIfExists(input);
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new MireException(cache + ": cannot write the compiled-kernel cache: " + e.getMessage(), e);
        }
    }

    /** Rewrites {@code rx} to {@code r.x} for each undeclared identifier of the form vector-name + component. */
    static String repairSwizzles(String source, String clangErrors) {
        Set<String> undeclared = new LinkedHashSet<>();
        Matcher matcher = UNDECLARED.matcher(clangErrors);
        while (matcher.find()) {
            undeclared.add(matcher.group(1));
        }
        String text = source;
        for (String name : undeclared) {
            if (name.length() < 2 || "xyzw".indexOf(name.charAt(name.length() - 1)) < 0) {
                continue;
            }
            String base = name.substring(0, name.length() - 1);
            // Only when the base is a declared name in the kernel (e.g. "float4 r = ...").
            if (!Pattern.compile("\\b\\w+\\s+" + Pattern.quote(base) + "\\s*=").matcher(text).find()) {
                continue;
            }
            text = text.replaceAll("\\b" + Pattern.quote(name) + "\\b", base + "." + name.charAt(name.length() - 1));
        }
        return text;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
