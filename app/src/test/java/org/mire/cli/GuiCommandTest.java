package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mire.cli.CliTestSupport.mire;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mire gui}'s checks before a window opens: one line naming what is wrong. */
class GuiCommandTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("workspace.json"), "{}");
        CliTestSupport.Run run = mire("gui", "--workspace", file.toString());
        assertTrue(run.exitCode() != 0, run.err());
        assertTrue(run.err().contains(file + ": not a folder (a workspace is a folder)"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
