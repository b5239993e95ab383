package org.mire.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;

class EmbeddingChoiceTest {

    @Test
    void namesRoundTripForBaselinesAndConcatenations() throws Exception {
        for (String name : List.of("opcode-histogram", "ir2vec-style", "ir2vec-style:75", "ir2vec-symbolic:100",
                "op-histogram", "opcode-histogram+ir2vec-style:100")) {
            EmbeddingMethod method = EmbeddingChoice.resolve(name);
            assertEquals(name, EmbeddingChoice.nameOf(method));
            assertEquals(method.fingerprint(), EmbeddingChoice.resolve(EmbeddingChoice.nameOf(method)).fingerprint());
        }
        assertNull(EmbeddingChoice.resolve("none"));
        assertEquals(3, EmbeddingChoice.resolveAlternatives("ir2vec-style:auto").size());
    }

    @Test
    void unknownNamesAndMissingModelsAreErrors() {
        MireException unknown = assertThrows(MireException.class, () -> EmbeddingChoice.resolve("word2vec"));
        assertTrue(unknown.getMessage().contains("unknown embedding 'word2vec'"), unknown.getMessage());
        MireException missing = assertThrows(MireException.class,
                () -> EmbeddingChoice.resolve("mirencoder:/no/such/model"));
        assertTrue(missing.getMessage().contains("/no/such/model: no encoder model folder"), missing.getMessage());
        assertThrows(MireException.class, () -> EmbeddingChoice.resolveAlternatives("none,opcode-histogram"));
    }

    @Test
    void theShippedEncoderResolvesByName() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EmbeddingChoice.shippedModel().resolve("encoder.params")),
                "no shipped model");
        EmbeddingMethod method = EmbeddingChoice.resolve("mirencoder");
        try {
            assertEquals("mirencoder", EmbeddingChoice.nameOf(method));
            assertTrue(method.dimension() > 0);
            assertTrue(method.fingerprint().startsWith("mirencoder:"), method.fingerprint());
        } finally {
            EmbeddingChoice.release(List.of(method));
        }
    }
}
