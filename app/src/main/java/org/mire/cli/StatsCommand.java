package org.mire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print graph statistics of IR files.")
final class StatsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return MireCommand.EXIT_OK;
    }
}
