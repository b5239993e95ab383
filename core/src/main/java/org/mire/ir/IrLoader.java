package org.mire.ir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.ir.llvm.LlvmParser;
import org.mire.tools.ExternalTool;

/**
 * Opens any input the workbench accepts and returns the parsed program: {@code .ll} directly, {@code .bc}
 * through llvm-dis, C/C++/OpenCL through clang, {@code .mlir} through the MLIR parser.
 * Every failure is a {@link MireException} whose message names the file (and line where there is one).
 */
public final class IrLoader {
    /** Inputs larger than this are refused rather than exhausting memory. */
    public static final long MAX_INPUT_BYTES = 1L << 30;
    private static final long TOOL_TIMEOUT_SECS = 300;

    /** What kind of input a file is, decided by its extension (and bitcode magic); {@link IrFiles} lists them. */
    public enum InputKind {
        LLVM_TEXT("ll"), LLVM_BITCODE("bc"), C("c"), CXX("cc", "cpp", "cxx", "c++"), OPENCL("cl"), MLIR("mlir");

        private final List<String> extensions;

        InputKind(String... extensions) {
            this.extensions = List.of(extensions);
        }

        /** File name extensions of this kind, lower case, without the dot. */
        public List<String> extensions() {
            return extensions;
        }

        /** The kind of a file name's extension, or null when the workbench does not read that extension. */
        public static InputKind ofExtension(String extension) {
            String ext = extension.toLowerCase(Locale.ROOT);
            for (InputKind kind : values()) {
                if (kind.extensions.contains(ext)) {
                    return kind;
                }
            }
            return null;
        }

        public static InputKind of(Path file) throws MireException {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            InputKind kind = ofExtension(ext);
            if (kind == null) {
                throw new MireException(file + ": unsupported file type '" + (ext.isEmpty() ? name : "." + ext)
                        + "'; open .ll, .bc, .c, .cpp, .cl or .mlir");
            }
            return kind;
        }
    }

    /** Options for inputs that must be compiled first. */
    public record Options(String optLevel, List<String> extraClangArgs) {
        public static final Options DEFAULT = new Options("O1", List.of());
        /** The -O levels clang takes, as {@code --opt} and the window's selector offer them. */
        public static final List<String> OPT_LEVELS = List.of("O0", "O1", "O2", "O3", "Os", "Oz");

        public Options {
            extraClangArgs = List.copyOf(extraClangArgs);
        }

        /**
         * Compiled at this level with line tables ({@code -gline-tables-only}): every instruction gets a {@code !dbg}
         * source line, so a view can map source lines to IR lines, and the instructions are those of a build without
         * debug information (no {@code llvm.dbg} calls are added, unlike {@code -g}).
         */
        public static Options withLineTables(String optLevel) {
            return new Options(optLevel, List.of("-gline-tables-only"));
        }
    }

    private IrLoader() {
    }

    public static IrProgram load(Path file) throws MireException {
        return load(file, Options.DEFAULT);
    }

    public static IrProgram load(Path file, Options options) throws MireException {
        InputKind kind = InputKind.of(file);
        byte[] bytes = readBytes(file);
        String name = file.getFileName().toString();
        if (kind != InputKind.LLVM_BITCODE && isBitcode(bytes)) {
            kind = InputKind.LLVM_BITCODE;
        }
        return switch (kind) {
            case LLVM_TEXT -> LlvmParser.parse(decode(file, bytes), name);
            case MLIR -> MlirFrontend.parse(decode(file, bytes), name);
            case LLVM_BITCODE -> {
                String text = ExternalTool.LLVM_DIS.run(file.toString(), List.of("-o", "-", file.toString()),
                        TOOL_TIMEOUT_SECS);
                yield LlvmParser.parse(text, name);
            }
            case C, CXX, OPENCL -> LlvmParser.parse(compile(file, kind, options), name);
        };
    }

    /** Compiles a C, C++ or OpenCL file to LLVM IR text with clang. */
    public static String compile(Path file, InputKind kind, Options options) throws MireException {
        List<String> args = new ArrayList<>(List.of("-S", "-emit-llvm", "-w", "-" + options.optLevel(), "-o", "-"));
        switch (kind) {
            case OPENCL -> args.addAll(List.of("-x", "cl", "-cl-std=CL2.0", "-Xclang", "-finclude-default-header"));
            case CXX -> args.addAll(List.of("-x", "c++", "-std=c++17"));
            case C -> args.addAll(List.of("-x", "c"));
            default -> throw new IllegalArgumentException(kind + " is not a source language");
        }
        args.addAll(options.extraClangArgs());
        args.add(file.toString());
        return ExternalTool.CLANG.run(file.toString(), args, TOOL_TIMEOUT_SECS);
    }

    static byte[] readBytes(Path file) throws MireException {
        try {
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                throw new MireException(file + ": file is " + (size >> 20) + " MiB; the limit is "
                        + (MAX_INPUT_BYTES >> 20) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MireException(file + ": no such file");
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isBitcode(byte[] bytes) {
        // Raw bitcode starts with 'BC' 0xC0DE; the wrapper format with 0x0B17C0DE.
        return bytes.length >= 4 && ((bytes[0] == 'B' && bytes[1] == 'C' && (bytes[2] & 0xff) == 0xC0
                && (bytes[3] & 0xff) == 0xDE) || ((bytes[0] & 0xff) == 0xDE && (bytes[1] & 0xff) == 0xC0
                && (bytes[2] & 0xff) == 0x17 && (bytes[3] & 0xff) == 0x0B));
    }

    /**
     * Decodes IR text as UTF-8, refusing binary data and invalid encodings with the line and column of the
     * first bad byte.
     */
    public static String decode(Path file, byte[] bytes) throws MireException {
        if (looksBinary(bytes)) {
            throw new MireException(file + ": a binary file, not text; open .ll, .bc, .c, .cpp, .cl or .mlir files");
        }
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new MireException(file + ":" + position(bytes, i) + ": binary data (NUL byte) in a text IR file");
            }
            ascii &= bytes[i] > 0;
        }
        if (ascii) {
            // Almost all IR is ASCII, which is valid UTF-8 as it is: one copy into a compact string, no decoder.
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            throw new MireException(file + ":" + position(bytes, offset) + ": not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xff) + ")");
        }
    }

    /** How much of a file {@link #looksBinary} reads. */
    private static final int BINARY_SAMPLE = 64 << 10;

    /**
     * Whether bytes are a binary file (an executable, an archive, an image) rather than text with a stray bad byte:
     * more than 8 control bytes (other than tab, line feed, form feed, carriage return and escape), and more than
     * one in a hundred, in the first 64 KiB. Valid bitcode is recognised before this by its magic number.
     */
    public static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1b || b == 0x7f) {
                control++;
            }
        }
        return control > 8 && control * 100L > sample;
    }

    private static String position(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
