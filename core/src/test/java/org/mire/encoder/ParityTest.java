package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mire.embed.EmbeddingFiles;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;

/**
 * One model definition, two callers: the embeddings PyTorch computes from the exported training shards of sample
 * functions (committed under {@code parity/} by {@code python3 -m mire_training.fixtures}) must equal what
 * {@code mire encode}'s path computes from the IR files — featuriser, batch builder and module call — to 1e-5.
 */
class ParityTest {
    private static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void javaEncodingEqualsThePythonEmbeddingsOfTheExportedShards() throws Exception {
        Path fixture = Path.of(ParityTest.class.getResource("parity").toURI());
        JsonObject expected = JsonParser.parseString(Files.readString(fixture.resolve("expected.json")))
                .getAsJsonObject();
        float[][] vectors = EmbeddingFiles.read(fixture.resolve("expected.npy")).vectors();
        List<String> ids = expected.getAsJsonArray("ids").asList().stream().map(e -> e.getAsString()).toList();
        assertTrue(ids.size() >= 5, "at least five functions");
        assertEquals(ids.size(), vectors.length);
        Path models = REPO.resolve("models");
        assertEquals(expected.get("model").getAsString(), ModelDirectory.read(models).weightsSha256(),
                "the fixture was made with another shipped model: run python3 -m mire_training.fixtures");

        Map<String, float[]> java = new HashMap<>();
        try (MirEncoderMethod method = new MirEncoderMethod(Encoder.load(models, Device.cpu()), new NormalisedText(),
                8)) {
            for (var file : expected.getAsJsonArray("files")) {
                IrProgram program = IrLoader.load(REPO.resolve(file.getAsString()));
                List<float[]> encoded = method.embedFunctions(program);
                for (int i = 0; i < encoded.size(); i++) {
                    java.put(file.getAsString() + "#" + program.functionNames().get(i), encoded.get(i));
                }
            }
        }
        double worst = 0;
        for (int i = 0; i < ids.size(); i++) {
            float[] ours = java.get(ids.get(i));
            assertTrue(ours != null, "mire encode gave no vector for " + ids.get(i));
            for (int k = 0; k < ours.length; k++) {
                worst = Math.max(worst, Math.abs(ours[k] - vectors[i][k]));
            }
        }
        assertTrue(worst <= 1e-5, "largest difference " + worst);
    }
}
