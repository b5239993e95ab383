package org.mire.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.Provenance;
import org.mire.ir.IrProgram;
import org.mire.task.head.FitContext;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;

class SavedHeadTest {
    @TempDir
    Path dir;

    /** An embedding method that only identifies a model; the head is trained on synthetic vectors. */
    record ModelIdentity(String id, String weightsHash) implements EmbeddingMethod {
        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public String fingerprint() {
            return id + "/" + weightsHash;
        }

        @Override
        public Provenance provenance(String level) {
            return new Provenance(id, weightsHash, "none", "none", 0, level, "");
        }

        @Override
        public float[] embedModule(IrProgram program) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<float[]> embedFunctions(IrProgram program) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void savedHeadPredictsTheSameAfterLoadingAndRefusesAnotherModel() throws Exception {
        TaskData data = CrossValidationTest.memorisableGroups(20, 3, 1);
        double[][] inputs = data.features(); // stands for 4-d embeddings
        TaskData noExtra = new TaskData(data.name(), data.kind(), data.ids(), data.files(), data.groups(), List.of(),
                new double[data.size()][0], data.classes(), data.labels(), null);
        for (String spec : new String[] {"rf:trees=20", "gbt:trees=20", "logreg", "mlp:epochs=5"}) {
            TrainedHead head = TrainedHead.fitClassifier(HeadSpec.parse(spec), inputs, data.labels(), 2,
                    FitContext.DEFAULT);
            ModelIdentity model = new ModelIdentity("mirencoder", "aaaa1111");
            Path folder = dir.resolve(spec.replace(':', '_'));
            SavedHead.of(noExtra, model, head, Map.of("accuracy", 0.9)).save(folder);
            assertTrue(Files.isRegularFile(folder.resolve("head.json")));

            SavedHead loaded = SavedHead.load(folder);
            loaded.requireEmbedding(model);
            assertEquals(spec, loaded.spec().toString());
            assertEquals(0.9, loaded.metrics().get("accuracy"));
            double[][] before = head.probabilities(inputs);
            double[][] after = loaded.head().probabilities(inputs);
            for (int i = 0; i < before.length; i++) {
                assertArrayEquals(before[i], after[i], 1e-12, spec);
            }

            MireException refused = assertThrows(MireException.class,
                    () -> loaded.requireEmbedding(new ModelIdentity("mirencoder", "bbbb2222")));
            assertTrue(refused.getMessage().contains("trained on embeddings of mirencoder (model aaaa1111)"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("(model bbbb2222)"), refused.getMessage());
            assertThrows(MireException.class, () -> loaded.requireEmbedding(null));
        }
    }

    @Test
    void refusesFoldersThatAreNotHeads() throws Exception {
        MireException none = assertThrows(MireException.class, () -> SavedHead.load(dir));
        assertTrue(none.getMessage().contains("not a saved head"), none.getMessage());
        Files.writeString(dir.resolve("head.json"), "{\"format\":\"mire-head\",\"version\":99}");
        MireException version = assertThrows(MireException.class, () -> SavedHead.load(dir));
        assertTrue(version.getMessage().contains("format version 99"), version.getMessage());
    }
}
