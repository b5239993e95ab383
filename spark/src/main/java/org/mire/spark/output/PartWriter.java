package org.mire.spark.output;

import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Writes one part file with Parquet's own writer (the one Spark ships): snappy-compressed like Spark's default,
 * with key-value metadata in the footer (provenance), into a temporary file that {@link #commit} renames into place.
 */
public final class PartWriter implements AutoCloseable {
    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups;
    private final Path temporary;
    private final Path part;
    private final Configuration conf;
    private long rows;
    private boolean closed;

    public PartWriter(Path temporary, Path part, MessageType schema, Map<String, String> footer, Configuration conf)
            throws IOException {
        this.temporary = temporary;
        this.part = part;
        this.conf = conf;
        this.groups = new SimpleGroupFactory(schema);
        this.writer = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(temporary, conf))
                .withConf(conf)
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withExtraMetaData(footer)
                .build();
    }

    public Group newRow() {
        return groups.newGroup();
    }

    public void write(Group row) throws IOException {
        writer.write(row);
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Closes the file and moves it to its final name. */
    public void commit() throws IOException {
        close();
        JobOutput.commit(temporary, part, conf);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }
}
