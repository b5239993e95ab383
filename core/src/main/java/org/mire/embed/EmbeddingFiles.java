package org.mire.embed;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;

/**
 * Reads and writes embedding sets as files others can open (format in {@code docs/formats.md}):
 * <ul>
 *   <li>{@code .csv}: header {@code id,<metadata columns>,d0..d(n-1)}, one row per vector (RFC 4180 quoting);</li>
 *   <li>{@code .tsv}: the TensorBoard projector pair — vectors only, tab-separated, no header — plus
 *       {@code <stem>.meta.tsv} with a header row {@code id<TAB><columns>} (the projector needs a header when
 *       there is more than one column);</li>
 *   <li>{@code .npy}: a float32 little-endian (n, d) NumPy array, plus {@code <stem>.meta.tsv} as above.</li>
 * </ul>
 * Every format also gets {@code <stem>.provenance.json} (provenance, dimension, count, columns, format version).
 * Files are written to a temporary name and renamed into place.
 */
public final class EmbeddingFiles {
    public static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private EmbeddingFiles() {
    }

    /** The sidecar JSON. */
    public record Sidecar(int format, String vectors, int count, int dimension, List<String> columns,
                          Provenance provenance) {
    }

    public enum Kind { CSV, TSV, NPY }

    public static Kind kindOf(Path file) throws MireException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (name.endsWith(".tsv") && !name.endsWith(".meta.tsv")) {
            return Kind.TSV;
        }
        if (name.endsWith(".npy")) {
            return Kind.NPY;
        }
        throw new MireException(file + ": unsupported embedding file type; use .csv, .tsv or .npy");
    }

    public static Path metadataFile(Path file) {
        return file.resolveSibling(stem(file) + ".meta.tsv");
    }

    public static Path sidecarFile(Path file) {
        return file.resolveSibling(stem(file) + ".provenance.json");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public static void write(EmbeddingSet set, Path file) throws MireException {
        Kind kind = kindOf(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            switch (kind) {
                case CSV -> atomically(file, out -> writeCsv(set, out));
                case TSV -> {
                    atomically(file, out -> writeVectorsTsv(set, out));
                    atomically(metadataFile(file), out -> writeMetadataTsv(set, out));
                }
                case NPY -> {
                    atomically(file, out -> writeNpy(set, out));
                    atomically(metadataFile(file), out -> writeMetadataTsv(set, out));
                }
            }
            Sidecar sidecar = new Sidecar(FORMAT, file.getFileName().toString(), set.size(), set.dimension(),
                    set.columnNames(), set.provenance());
            atomically(sidecarFile(file), out -> out.write(GSON.toJson(sidecar).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new MireException(file + ": cannot write embeddings: " + e.getMessage(), e);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void atomically(Path file, Writing writing) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            writing.to(out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static BufferedWriter writer(OutputStream out) {
        return new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void writeCsv(EmbeddingSet set, OutputStream stream) throws IOException {
        BufferedWriter out = writer(stream);
        List<String> columns = set.columnNames();
        StringBuilder header = new StringBuilder("id");
        for (String column : columns) {
            header.append(',').append(csv(column));
        }
        for (int d = 0; d < set.dimension(); d++) {
            header.append(",d").append(d);
        }
        out.write(header.append('\n').toString());
        for (int i = 0; i < set.size(); i++) {
            StringBuilder row = new StringBuilder(csv(set.ids().get(i)));
            for (String column : columns) {
                row.append(',').append(csv(set.metadata().get(column).get(i)));
            }
            for (float v : set.vectors()[i]) {
                row.append(',').append(Float.toString(v));
            }
            out.write(row.append('\n').toString());
        }
        out.flush();
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String tsv(String value) {
        // The projector's TSV has no quoting: tabs and newlines inside a value become spaces.
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void writeVectorsTsv(EmbeddingSet set, OutputStream stream) throws IOException {
        BufferedWriter out = writer(stream);
        for (float[] vector : set.vectors()) {
            StringBuilder row = new StringBuilder();
            for (int d = 0; d < vector.length; d++) {
                if (d > 0) {
                    row.append('\t');
                }
                row.append(Float.toString(vector[d]));
            }
            out.write(row.append('\n').toString());
        }
        out.flush();
    }

    private static void writeMetadataTsv(EmbeddingSet set, OutputStream stream) throws IOException {
        BufferedWriter out = writer(stream);
        List<String> columns = set.columnNames();
        StringBuilder header = new StringBuilder("id");
        for (String column : columns) {
            header.append('\t').append(tsv(column));
        }
        out.write(header.append('\n').toString());
        for (int i = 0; i < set.size(); i++) {
            StringBuilder row = new StringBuilder(tsv(set.ids().get(i)));
            for (String column : columns) {
                row.append('\t').append(tsv(set.metadata().get(column).get(i)));
            }
            out.write(row.append('\n').toString());
        }
        out.flush();
    }

    private static void writeNpy(EmbeddingSet set, OutputStream out) throws IOException {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + set.size() + ", " + set.dimension()
                + "), }";
        // NPY v1.0: magic, version, header length; header padded with spaces to a multiple of 64, ending in \n.
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer prefix = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        prefix.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
                .putShort((short) header.length());
        out.write(prefix.array());
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        ByteBuffer row = ByteBuffer.allocate(set.dimension() * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] vector : set.vectors()) {
            row.clear();
            for (float v : vector) {
                row.putFloat(v);
            }
            out.write(row.array());
        }
    }

    /** Reads a set written by {@link #write} (any of the three formats, with its sidecars). */
    public static EmbeddingSet read(Path file) throws MireException {
        Kind kind = kindOf(file);
        Sidecar sidecar;
        Path sidecarFile = sidecarFile(file);
        try {
            sidecar = GSON.fromJson(Files.readString(sidecarFile), Sidecar.class);
        } catch (NoSuchFileException e) {
            throw new MireException(sidecarFile + ": missing (written beside every embedding file)");
        } catch (IOException | JsonParseException e) {
            throw new MireException(sidecarFile + ": unreadable: " + e.getMessage(), e);
        }
        try {
            return switch (kind) {
                case CSV -> readCsv(file, sidecar);
                case TSV, NPY -> {
                    float[][] vectors = kind == Kind.NPY ? readNpy(file, sidecar) : readVectorsTsv(file, sidecar);
                    List<String> ids = new ArrayList<>();
                    Map<String, List<String>> metadata = new LinkedHashMap<>();
                    readMetadataTsv(metadataFile(file), sidecar, ids, metadata);
                    yield new EmbeddingSet(ids, vectors, metadata, sidecar.provenance());
                }
            };
        } catch (IOException e) {
            throw new MireException(file + ": cannot read embeddings: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MireException(file + ": malformed embedding file: " + e.getMessage(), e);
        }
    }

    private static EmbeddingSet readCsv(Path file, Sidecar sidecar) throws IOException, MireException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int columns = sidecar.columns().size();
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (String column : sidecar.columns()) {
            metadata.put(column, new ArrayList<>());
        }
        float[][] vectors = new float[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = splitCsv(lines.get(i));
            if (cells.size() != 1 + columns + sidecar.dimension()) {
                throw new MireException(file + ":" + (i + 1) + ": " + cells.size() + " cells, expected "
                        + (1 + columns + sidecar.dimension()));
            }
            ids.add(cells.get(0));
            for (int c = 0; c < columns; c++) {
                metadata.get(sidecar.columns().get(c)).add(cells.get(1 + c));
            }
            float[] v = new float[sidecar.dimension()];
            for (int d = 0; d < v.length; d++) {
                v[d] = Float.parseFloat(cells.get(1 + columns + d));
            }
            vectors[i - 1] = v;
        }
        return new EmbeddingSet(ids, vectors, metadata, sidecar.provenance());
    }

    private static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static float[][] readVectorsTsv(Path file, Sidecar sidecar) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        float[][] vectors = new float[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t");
            float[] v = new float[cells.length];
            for (int d = 0; d < v.length; d++) {
                v[d] = Float.parseFloat(cells[d]);
            }
            vectors[i] = v;
        }
        return vectors;
    }

    private static float[][] readNpy(Path file, Sidecar sidecar) throws IOException, MireException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
             DataInputStream data = new DataInputStream(in)) {
            byte[] prefix = data.readNBytes(10);
            if (prefix.length < 10 || (prefix[0] & 0xff) != 0x93 || prefix[6] != 1) {
                throw new MireException(file + ": not an NPY v1 file");
            }
            int headerLength = (prefix[8] & 0xff) | (prefix[9] & 0xff) << 8;
            String header = new String(data.readNBytes(headerLength), StandardCharsets.US_ASCII);
            if (!header.contains("'<f4'") || header.contains("'fortran_order': True")) {
                throw new MireException(file + ": only little-endian float32 C-order arrays are read");
            }
            float[][] vectors = new float[sidecar.count()][sidecar.dimension()];
            byte[] row = new byte[sidecar.dimension() * 4];
            for (float[] vector : vectors) {
                data.readFully(row);
                ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
            }
            return vectors;
        }
    }

    private static void readMetadataTsv(Path file, Sidecar sidecar, List<String> ids,
                                        Map<String, List<String>> metadata) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String column : sidecar.columns()) {
            metadata.put(column, new ArrayList<>());
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            ids.add(cells[0]);
            for (int c = 0; c < sidecar.columns().size(); c++) {
                metadata.get(sidecar.columns().get(c)).add(cells[1 + c]);
            }
        }
    }
}
