package org.mire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "graph", mixinStandardHelpOptions = true, description = "Write the program graph of an IR file.")
final class GraphCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return MireCommand.EXIT_OK;
    }
}
