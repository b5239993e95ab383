package org.mire.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.MireException;

/**
 * NumPy {@code .npy} files holding a 2-D matrix (one vector per row), for {@link EmbeddingFiles}: reads
 * float32/float64 (and int32/int64) in either byte order and C or Fortran order; writes little-endian float32 or
 * float64 in C order, format version 1.0.
 */
final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([fi])(\\d)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Element type written by {@link #write}. */
    enum DType { FLOAT32, FLOAT64 }

    private Npy() {
    }

    static float[][] read(Path file) throws MireException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static float[][] read(InputStream in, String name) throws IOException, MireException {
        byte[] magic = in.readNBytes(8);
        if (magic.length < 8) {
            throw new MireException(name + ": not a .npy file (too short)");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new MireException(name + ": not a .npy file (missing \\x93NUMPY magic)");
            }
        }
        int major = magic[6];
        int headerLength;
        if (major == 1) {
            byte[] len = in.readNBytes(2);
            headerLength = (len[0] & 0xff) | (len[1] & 0xff) << 8;
        } else if (major == 2 || major == 3) {
            byte[] len = in.readNBytes(4);
            headerLength = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getInt();
        } else {
            throw new MireException(name + ": unsupported .npy format version " + major);
        }
        String header = new String(in.readNBytes(headerLength),
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new MireException(name + ": malformed .npy header: " + header.strip());
        }
        char kind = descr.group(2).charAt(0);
        int width = Integer.parseInt(descr.group(3));
        if (!(kind == 'f' && (width == 4 || width == 8)) && !(kind == 'i' && (width == 4 || width == 8))) {
            throw new MireException(name + ": unsupported .npy dtype '" + descr.group(1) + kind + width
                    + "'; use float32 or float64");
        }
        ByteOrder order = descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        boolean fortranOrder = fortran.group(1).equals("True");
        String[] dims = shape.group(1).split(",");
        long[] extent = new long[2];
        int count = 0;
        for (String dim : dims) {
            if (dim.isBlank()) {
                continue;
            }
            if (count == 2) {
                throw new MireException(name + ": .npy array has more than 2 dimensions (" + shape.group(1) + ")");
            }
            extent[count++] = Long.parseLong(dim.strip());
        }
        if (count != 2) {
            throw new MireException(name + ": .npy array must be 2-D (rows × dimensions), found shape ("
                    + shape.group(1) + ")");
        }
        long rows = extent[0];
        long cols = extent[1];
        if (rows * cols > Integer.MAX_VALUE || rows > Integer.MAX_VALUE) {
            throw new MireException(name + ": .npy array too large (" + rows + " × " + cols + ")");
        }
        long bytes = rows * cols * width;
        float[][] out = new float[(int) rows][(int) cols];
        byte[] chunk = new byte[1 << 20];
        long done = 0;
        ByteBuffer buffer = ByteBuffer.allocate(chunk.length).order(order);
        while (done < bytes) {
            int want = (int) Math.min(chunk.length, bytes - done);
            int got = in.readNBytes(chunk, 0, want);
            if (got < want) {
                throw new MireException(name + ": .npy data truncated: expected " + bytes + " bytes of data, found "
                        + (done + got));
            }
            buffer.clear();
            buffer.put(chunk, 0, got).flip();
            long element = done / width;
            while (buffer.hasRemaining()) {
                double value = switch (kind == 'f' ? width : -width) {
                    case 4 -> buffer.getFloat();
                    case 8 -> buffer.getDouble();
                    case -4 -> buffer.getInt();
                    default -> buffer.getLong();
                };
                long r;
                long c;
                if (fortranOrder) {
                    c = element / rows;
                    r = element % rows;
                } else {
                    r = element / cols;
                    c = element % cols;
                }
                out[(int) r][(int) c] = (float) value;
                element++;
            }
            done += got;
        }
        return out;
    }

    static void write(Path file, float[][] vectors, DType type) throws MireException {
        try {
            org.mire.io.AtomicFiles.write(file, out -> write(out, vectors, type));
        } catch (IOException e) {
            throw new MireException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    static void write(OutputStream out, float[][] vectors, DType type) throws IOException {
        int rows = vectors.length;
        int cols = rows == 0 ? 0 : vectors[0].length;
        String dict = "{'descr': '" + (type == DType.FLOAT32 ? "<f4" : "<f8") + "', 'fortran_order': False, 'shape': ("
                + rows + ", " + cols + "), }";
        // magic(6) + version(2) + length(2) + dict + padding + '\n' is a multiple of 64
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        out.write(MAGIC);
        out.write(new byte[] {1, 0, (byte) (header.length() & 0xff), (byte) (header.length() >> 8)});
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        int width = type == DType.FLOAT32 ? 4 : 8;
        ByteBuffer row = ByteBuffer.allocate(Math.max(1, cols * width)).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] vector : vectors) {
            row.clear();
            for (float v : vector) {
                if (type == DType.FLOAT32) {
                    row.putFloat(v);
                } else {
                    row.putDouble(v);
                }
            }
            out.write(row.array(), 0, cols * width);
        }
    }
}
