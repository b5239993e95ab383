package org.mire.cli;

import java.nio.file.Path;
import org.mire.MireException;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The EMB argument shared by embedding commands: vectors from TSV/CSV/.npy/projector pair/`mire encode` output. */
final class EmbeddingInput {
    @Parameters(index = "0", paramLabel = "EMB",
            description = "Vectors: TSV/CSV (one vector per row, header optional; non-numeric columns are metadata), "
                    + ".npy (float32/float64), a folder written by `mire encode`, or the Parquet output of the Spark "
                    + "encode job (its folder or a part file).")
    Path vectors;

    @Option(names = "--metadata", paramLabel = "TSV",
            description = "Metadata TSV for headerless vectors (TensorBoard projector rule: one column has no header, "
                    + "several columns have one).")
    Path metadata;

    EmbeddingSet read() throws MireException {
        return EmbeddingFiles.read(vectors, metadata);
    }
}
