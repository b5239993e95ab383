package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The lazily built command line: each command line holds only what it runs, and the registry names are right. */
class MireCommandTest {
    @Test
    void registeredNamesAreTheCommandsOwnNames() {
        CommandLine all = MireCommand.commandLine();
        List<String> names = new ArrayList<>(all.getSubcommands().keySet());
        assertEquals(new ArrayList<>(MireCommand.commandNames()), names);
        all.getSubcommands().forEach((name, sub) -> assertEquals(name, sub.getCommandName(), name));
    }

    @Test
    void aCommandLineBuildsOnlyTheCommandItRuns() {
        assertEquals(Set.of("stats"), MireCommand.commandLine("stats", "x.ll").getSubcommands().keySet());
        assertEquals(Set.of("bench"), MireCommand.commandLine("bench", "cli").getSubcommands().keySet());
        assertTrue(MireCommand.commandLine("--version").getSubcommands().isEmpty());
        int all = MireCommand.commandNames().size();
        assertEquals(all, MireCommand.commandLine().getSubcommands().size());
        assertEquals(all, MireCommand.commandLine("--help").getSubcommands().size());
        assertEquals(all, MireCommand.commandLine("help", "stats").getSubcommands().size());
        assertEquals(all, MireCommand.commandLine("stat", "x.ll").getSubcommands().size());
    }

    @Test
    void subcommandsGetTheErrorHandling() {
        CliTestSupport.Run run = CliTestSupport.mire("stats", "no-such-file.ll");
        assertEquals(MireCommand.EXIT_USER_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("mire: no-such-file.ll"), run.err());
    }

    @Test
    void helpAndSuggestionsStillListEveryCommand() {
        CliTestSupport.Run help = CliTestSupport.mire("--help");
        for (String name : MireCommand.commandNames()) {
            assertTrue(help.out().contains("  " + name + " ") || help.out().contains("  " + name + "\n"),
                    name + " missing from --help");
        }
        CliTestSupport.Run typo = CliTestSupport.mire("stat", "x.ll");
        assertEquals(MireCommand.EXIT_USAGE, typo.exitCode());
        assertTrue(typo.err().contains("stats"), typo.err());
        CliTestSupport.Run helpStats = CliTestSupport.mire("help", "stats");
        assertTrue(helpStats.out().contains("Usage: mire stats"), helpStats.out());
    }
}
