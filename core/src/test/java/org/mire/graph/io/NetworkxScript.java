package org.mire.graph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script with networkx on a file, for the tests that check that ProGraML's Python tooling reads our
 * node-link JSON. Skips the test where Debian's python3 or networkx is missing (CI installs both).
 */
final class NetworkxScript {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private NetworkxScript() {
    }

    /** The script's standard output; fails the test when it exits non-zero (its stderr in the message). */
    static String run(String script, Path file, Path scratch) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON);
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import networkx").start();
        assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, "networkx not installed");
        Path stderr = scratch.resolve("networkx-stderr.txt");
        Process run = new ProcessBuilder(PYTHON.toString(), "-c", script, file.toString())
                .redirectError(stderr.toFile()).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "python did not finish");
        assertEquals(0, run.exitValue(), output + Files.readString(stderr));
        return output;
    }
}
