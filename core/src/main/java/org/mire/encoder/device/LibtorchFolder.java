package org.mire.encoder.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.MireException;

/**
 * A local libtorch installation the user points us at (for a GPU). Its version is read from the folder's own
 * files <em>before</em> anything is loaded — a mismatched libtorch otherwise fails deep in native code — from
 * {@code build-version} (libtorch zip: {@code libtorch/build-version}, next to {@code lib/}) or {@code version.py}
 * (a pip {@code torch/lib}: {@code torch/version.py}).
 *
 * @param library the folder holding {@code libtorch*.so} / {@code torch*.dll} / {@code libtorch*.dylib}
 * @param version e.g. {@code 2.7.1}
 * @param flavour {@code cpu} or a CUDA flavour such as {@code cu128}
 */
public record LibtorchFolder(Path library, String version, String flavour) {
    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)(?:\\+(cpu|cu\\d+|rocm[\\d.]+))?");
    private static final Pattern PY_VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern PY_CUDA = Pattern.compile("^cuda\\s*(?::\\s*[^=]+)?=\\s*['\"]([\\d.]+)['\"]",
            Pattern.MULTILINE);

    /** Reads the version of a libtorch folder (the folder itself, its {@code lib/}, or a pip {@code torch/lib}). */
    public static LibtorchFolder inspect(Path dir) throws MireException {
        if (!Files.isDirectory(dir)) {
            throw new MireException(dir + ": libtorch folder does not exist");
        }
        Path library = Files.isDirectory(dir.resolve("lib")) ? dir.resolve("lib") : dir;
        if (!containsTorchLibrary(library)) {
            throw new MireException(library + ": no libtorch library here (expected libtorch_cpu.so, torch_cpu.dll or "
                    + "libtorch_cpu.dylib); point --libtorch at libtorch/ or at torch/lib");
        }
        Path root = library.getParent();
        for (Path candidate : List.of(root.resolve("build-version"), library.resolve("build-version"))) {
            if (Files.isRegularFile(candidate)) {
                return fromVersionText(library, candidate, read(candidate).strip());
            }
        }
        Path versionPy = root.resolve("version.py");
        if (Files.isRegularFile(versionPy)) {
            String text = read(versionPy);
            Matcher m = PY_VERSION.matcher(text);
            if (!m.find()) {
                throw new MireException(versionPy + ": no __version__ in it");
            }
            LibtorchFolder folder = fromVersionText(library, versionPy, m.group(1));
            if (folder.flavour().equals("cpu")) {
                Matcher cuda = PY_CUDA.matcher(text);
                if (cuda.find()) {
                    folder = new LibtorchFolder(library, folder.version(), "cu" + cuda.group(1).replace(".", ""));
                }
            }
            return folder;
        }
        throw new MireException(library + ": cannot tell the libtorch version (no build-version or ../version.py); "
                + "use the libtorch " + Engines.REQUIRED_PYTORCH + " distribution or a pip torch==" + Engines.REQUIRED_PYTORCH);
    }

    private static LibtorchFolder fromVersionText(Path library, Path file, String text) throws MireException {
        Matcher m = VERSION.matcher(text);
        if (!m.lookingAt()) {
            throw new MireException(file + ":1: unrecognised libtorch version '" + text + "'");
        }
        return new LibtorchFolder(library, m.group(1), m.group(2) == null ? "cpu" : m.group(2));
    }

    private static boolean containsTorchLibrary(Path library) throws MireException {
        try (var files = Files.list(library)) {
            return files.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.startsWith("libtorch_cpu.") || n.equals("torch_cpu.dll"));
        } catch (IOException e) {
            throw new MireException(library + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) throws MireException {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Refuses a libtorch whose version differs from the one the engine's JNI layer was built against. */
    public void requireVersion(String required) throws MireException {
        if (!version.equals(required)) {
            throw new MireException(library + ": libtorch " + version + "+" + flavour + " does not match the "
                    + "PyTorch engine, which needs libtorch " + required + " (DJL " + Engines.DJL_VERSION + "); "
                    + "install torch==" + required + " (e.g. +cu128) and point --libtorch at its torch/lib");
        }
    }
}
