package org.mire.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private static final Set<String> WITH_GUI = Set.of("gui", "graph", "stats", "help");
    private static final Set<String> WITHOUT_GUI = Set.of("graph", "stats", "help");

    @Test
    void cliLauncherWithoutArgumentsRunsTheBareCommandSoItPrintsHelp() {
        assertArrayEquals(new String[0], Launcher.command(new String[0], "cli", WITH_GUI));
    }

    @Test
    void cliLauncherNeverOpensTheWindowForBareFiles() {
        assertArrayEquals(new String[] {"a.ll"}, Launcher.command(new String[] {"a.ll"}, "cli", WITH_GUI));
    }

    @Test
    void guiLauncherWithoutArgumentsOpensTheWindow() {
        assertArrayEquals(new String[] {"gui"}, Launcher.command(new String[0], "gui", WITH_GUI));
    }

    @Test
    void guiLauncherOpensFilesFromTheDesktop() {
        assertArrayEquals(new String[] {"gui", "/tmp/a.ll", "b.mlir"},
                Launcher.command(new String[] {"/tmp/a.ll", "b.mlir"}, "gui", WITH_GUI));
    }

    @Test
    void guiLauncherStillRunsSubcommandsAndOptions() {
        assertArrayEquals(new String[] {"graph", "a.ll"}, Launcher.command(new String[] {"graph", "a.ll"}, "gui", WITH_GUI));
        assertArrayEquals(new String[] {"--version"}, Launcher.command(new String[] {"--version"}, "gui", WITH_GUI));
    }

    @Test
    void unsetLauncherOpensTheWindowOnlyWithoutArguments() {
        assertArrayEquals(new String[] {"gui"}, Launcher.command(new String[0], null, WITH_GUI));
        assertArrayEquals(new String[] {"a.ll"}, Launcher.command(new String[] {"a.ll"}, null, WITH_GUI));
    }

    @Test
    void withoutAWindowEveryLauncherRunsTheCommandLine() {
        assertArrayEquals(new String[0], Launcher.command(new String[0], "gui", WITHOUT_GUI));
        assertArrayEquals(new String[] {"a.ll"}, Launcher.command(new String[] {"a.ll"}, "gui", WITHOUT_GUI));
    }
}
