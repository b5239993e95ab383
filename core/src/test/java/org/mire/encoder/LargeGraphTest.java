package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mire.progress.ProgressMonitor;

class LargeGraphTest {

    /** Resident memory of this process in MiB (Linux), or -1. */
    private static long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Test
    void twentyThousandNodeGraphIsEncodedWithMemoryLinearInItsEdges() throws Exception {
        int nodes = 20_000;
        Random random = new Random(4);
        int edges = 3 * nodes;
        int[] s = new int[edges];
        int[] t = new int[edges];
        int[] f = new int[edges];
        int[] p = new int[edges];
        for (int e = 0; e < edges; e++) {
            s[e] = e < nodes - 1 ? e : random.nextInt(nodes);
            t[e] = e < nodes - 1 ? e + 1 : random.nextInt(nodes);
            f[e] = e % 3;
            p[e] = random.nextInt(4);
        }
        int[] tokens = new int[nodes * 4];
        int[] kinds = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            tokens[n * 4] = SpecialTokens.COUNT + random.nextInt(50);
            kinds[n] = n % 3;
        }
        GraphInput graph = new GraphInput(kinds, tokens, 4, s, t, f, p);
        int[] text = new int[300];
        for (int i = 0; i < text.length; i++) {
            text[i] = SpecialTokens.COUNT + random.nextInt(50);
        }
        long before = residentMiB();
        // The shipped model: a graph encoder of the real width and depth.
        try (Encoder encoder = Encoder.load(VocabularyExtensionTest.SHIPPED, Device.cpu())) {
            float[][] vectors = encoder.encode(List.of(new EncoderInput(text, graph)), 1, ProgressMonitor.NONE);
            assertEquals(encoder.config().embeddingSize(), vectors[0].length);
            for (float v : vectors[0]) {
                assertTrue(Float.isFinite(v));
            }
        }
        long after = residentMiB();
        // A dense 20,000² float adjacency alone would be 1,526 MiB; the sparse path needs a small fraction of that.
        if (before > 0 && after > 0) {
            assertTrue(after - before < 800, "resident memory grew by " + (after - before) + " MiB");
        }
    }
}
