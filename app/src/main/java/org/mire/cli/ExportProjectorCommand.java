package org.mire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.VectorFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.ProjectorTsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-embeddings", mixinStandardHelpOptions = true,
        description = "Write vectors as a TensorBoard Embedding Projector pair (vectors.tsv + metadata.tsv), or as "
                + "CSV / TSV / .npy.")
final class ExportProjectorCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EmbeddingInput input;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH",
            description = "A folder for the projector pair, or a file ending in .csv, .tsv or .npy.")
    Path out;

    @Option(names = "--columns", split = ",", paramLabel = "NAME",
            description = "Projector metadata columns to write (default: id and every metadata column). "
                    + "One column is written without a header, as the projector expects.")
    List<String> columns;

    @Override
    public Integer call() throws MireException {
        EmbeddingSet set = input.read();
        String name = out.getFileName().toString();
        var stdout = spec.commandLine().getOut();
        if (name.matches("(?i).*\\.(csv|tsv|npy)$")) {
            VectorFiles.write(out, set);
            stdout.println(out + ": " + set.size() + " vectors of dimension " + set.dimension());
            stdout.flush();
            return MireCommand.EXIT_OK;
        }
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new MireException(out + ": cannot create folder: " + e.getMessage(), e);
        }
        Path vectors = out.resolve("vectors.tsv");
        Path metadata = out.resolve("metadata.tsv");
        if (columns == null || columns.isEmpty()) {
            ProjectorTsv.write(set, vectors, metadata);
        } else {
            Map<String, List<String>> chosen = new LinkedHashMap<>();
            for (String column : columns) {
                List<String> values = column.equals("id") ? set.ids() : set.metadata().get(column);
                if (values == null) {
                    throw new MireException(input.vectors + ": no metadata column '" + column + "' (have: id"
                            + (set.columnNames().isEmpty() ? "" : ", " + String.join(", ", set.columnNames())) + ")");
                }
                chosen.put(column, values);
            }
            ProjectorTsv.write(set, vectors, metadata, chosen);
        }
        stdout.println(vectors + ", " + metadata + ": " + set.size() + " vectors of dimension " + set.dimension()
                + " (load both in projector.tensorflow.org → Load)");
        stdout.flush();
        return MireCommand.EXIT_OK;
    }
}
