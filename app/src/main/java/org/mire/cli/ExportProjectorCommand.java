package org.mire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
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
        var stdout = spec.commandLine().getOut();
        if (out.getFileName().toString().matches("(?i).*\\.(csv|tsv|npy)$")) {
            EmbeddingFiles.write(out, set);
            stdout.println(out + ": " + set.size() + " vectors of dimension " + set.dimension());
        } else {
            EmbeddingFiles.writeProjector(out, set, columns);
            stdout.println(out.resolve("vectors.tsv") + ", " + out.resolve("metadata.tsv") + ": " + set.size()
                    + " vectors of dimension " + set.dimension() + " (load both in projector.tensorflow.org → Load)");
        }
        stdout.flush();
        return MireCommand.EXIT_OK;
    }
}
