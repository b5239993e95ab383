package org.mire.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.Distance;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.Neighbours;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "neighbours", mixinStandardHelpOptions = true,
        description = "Print the k nearest neighbours of a row in the original space, with distances.")
final class NeighboursCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EmbeddingInput input;

    @Option(names = "--row", required = true, paramLabel = "ID",
            description = "The row: its id, or its 0-based index.")
    String row;

    @Option(names = "-k", defaultValue = "10", description = "How many neighbours (default ${DEFAULT-VALUE}).")
    int k;

    @Mixin
    DistanceOption distance;

    @Override
    public Integer call() throws MireException {
        Distance metric = distance.metric(spec);
        EmbeddingSet set = input.read();
        int index = set.ids().indexOf(row);
        if (index < 0) {
            try {
                index = Integer.parseInt(row);
            } catch (NumberFormatException e) {
                index = -1;
            }
        }
        if (index < 0 || index >= set.size()) {
            throw new MireException(input.vectors + ": no row '" + row + "' (ids or 0.." + (set.size() - 1) + ")");
        }
        List<Neighbours.Neighbour> result = Neighbours.nearest(set.vectors(), set.vectors()[index], k, metric, index);
        var out = spec.commandLine().getOut();
        out.println("rank\tdistance\tid" + (set.columnNames().isEmpty() ? "" : "\t" + String.join("\t", set.columnNames())));
        int rank = 1;
        for (Neighbours.Neighbour n : result) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d\t%.6f\t%s", rank++, n.distance(),
                    set.ids().get(n.index())));
            for (List<String> column : set.metadata().values()) {
                line.append('\t').append(column.get(n.index()));
            }
            out.println(line);
        }
        out.flush();
        return MireCommand.EXIT_OK;
    }
}
