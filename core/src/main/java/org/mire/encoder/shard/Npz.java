package org.mire.encoder.shard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a NumPy {@code .npz} archive: a zip of {@code .npy} members (format 1.0, little-endian, C order, deflated),
 * which {@code numpy.load(path, allow_pickle=False)} reads, plus plain text members (NumPy hands those back as
 * bytes). Only the element types the training shards use.
 */
final class Npz implements AutoCloseable {
    /** NumPy dtypes by their {@code descr}. */
    enum DType {
        UINT8("|u1", 1), INT8("|i1", 1), UINT16("<u2", 2), INT32("<i4", 4), INT64("<i8", 8), FLOAT32("<f4", 4);

        final String descr;
        final int bytes;

        DType(String descr, int bytes) {
            this.descr = descr;
            this.bytes = bytes;
        }
    }

    private final ZipOutputStream zip;

    Npz(OutputStream out) {
        zip = new ZipOutputStream(out);
        zip.setLevel(9);
    }

    /** A 1-D or 2-D integer array stored with the given type (values must fit it). */
    void add(String name, long[] values, DType type, long... shape) throws IOException {
        long count = 1;
        for (long dim : shape) {
            count *= dim;
        }
        if (count != values.length) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for shape "
                    + java.util.Arrays.toString(shape));
        }
        ByteBuffer data = ByteBuffer.allocate(values.length * type.bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            switch (type) {
                case UINT8 -> data.put((byte) check(name, v, 0, 255));
                case INT8 -> data.put((byte) check(name, v, -128, 127));
                case UINT16 -> data.putShort((short) check(name, v, 0, 65535));
                case INT32 -> data.putInt((int) check(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE));
                case INT64 -> data.putLong(v);
                case FLOAT32 -> throw new IllegalArgumentException("use addFloats for float32");
            }
        }
        member(name, type, shape, data.array());
    }

    void addFloats(String name, float[] values, long... shape) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            data.putFloat(v);
        }
        member(name, DType.FLOAT32, shape, data.array());
    }

    void addText(String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static long check(String name, long v, long min, long max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + ": value " + v + " outside " + min + ".." + max);
        }
        return v;
    }

    private void member(String name, DType type, long[] shape, byte[] data) throws IOException {
        StringBuilder dims = new StringBuilder();
        for (long dim : shape) {
            dims.append(dim).append(", ");
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + dims.substring(0, dims.length() - 2) + ")";
        String header = String.format(Locale.ROOT, "{'descr': '%s', 'fortran_order': False, 'shape': %s, }",
                type.descr, shapeText);
        // The magic, version, header length and header take a multiple of 64 bytes, the header ends in '\n'.
        int total = 10 + header.length() + 1;
        int padded = (total + 63) / 64 * 64;
        String full = header + " ".repeat(padded - total) + "\n";
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        head.write(full.length() & 0xff);
        head.write(full.length() >> 8 & 0xff);
        head.write(full.getBytes(StandardCharsets.ISO_8859_1));
        zip.putNextEntry(new ZipEntry(name + ".npy"));
        zip.write(head.toByteArray());
        zip.write(data);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
