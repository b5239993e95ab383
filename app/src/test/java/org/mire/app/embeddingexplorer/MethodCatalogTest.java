package org.mire.app.embeddingexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.task.EmbeddingChoice;

/** The explorer's standard methods: the shipped encoder, a model folder, and the baselines on real sample IR. */
class MethodCatalogTest {
    private static final Path ROOT = Path.of(System.getProperty("mire.repo.root", "."));
    private static final Path LL = ROOT.resolve("sample-ir/ll/saxpy.O1.ll");
    private static final Path MLIR = ROOT.resolve("sample-ir/mlir/affine_matmul.mlir");

    private static MethodChoice named(MethodCatalog catalog, String name) {
        return catalog.choices().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertEmbeds(EmbeddingMethod method, Path file) throws MireException {
        IrProgram program = IrLoader.load(file);
        float[] vector = method.embedModule(program);
        assertEquals(method.dimension(), vector.length, method.id() + " on " + file.getFileName());
        boolean nonZero = false;
        for (float value : vector) {
            assertTrue(Float.isFinite(value), method.id() + " gave a non-finite value");
            nonZero |= value != 0;
        }
        assertTrue(nonZero, method.id() + " gave an all-zero vector for " + file.getFileName());
    }

    @Test
    void theStandardCatalogOffersTheShippedEncoderAModelFolderAndTheBaselines() {
        MethodCatalog catalog = MethodCatalog.standard(ROOT.resolve("models"));
        assertEquals(List.of(MethodCatalog.SHIPPED, MethodCatalog.FROM_FOLDER, MethodCatalog.OPCODE_HISTOGRAM,
                MethodCatalog.IR2VEC_STYLE, MethodCatalog.OP_HISTOGRAM),
                catalog.choices().stream().map(MethodChoice::name).toList());
        assertTrue(named(catalog, MethodCatalog.SHIPPED).usesDevice());
        assertTrue(named(catalog, MethodCatalog.FROM_FOLDER).asksForFolder());
        for (String baseline : List.of(MethodCatalog.OPCODE_HISTOGRAM, MethodCatalog.IR2VEC_STYLE,
                MethodCatalog.OP_HISTOGRAM)) {
            assertFalse(named(catalog, baseline).usesDevice(), baseline + " has no device to choose");
        }
    }

    @Test
    void eachBaselineEmbedsASampleIrFile() throws Exception {
        MethodCatalog catalog = MethodCatalog.standard(ROOT.resolve("models"));
        EmbeddingMethod opcodes = named(catalog, MethodCatalog.OPCODE_HISTOGRAM).factory().create("cpu");
        assertEquals("opcode-histogram", EmbeddingChoice.nameOf(opcodes));
        assertEmbeds(opcodes, LL);

        EmbeddingMethod ir2vec = named(catalog, MethodCatalog.IR2VEC_STYLE).factory().create("cpu");
        assertEquals("ir2vec-style", EmbeddingChoice.nameOf(ir2vec));
        assertEquals(300, ir2vec.dimension());
        assertEmbeds(ir2vec, LL);

        EmbeddingMethod ops = named(catalog, MethodCatalog.OP_HISTOGRAM).factory().create("cpu");
        assertEquals("op-histogram", EmbeddingChoice.nameOf(ops));
        assertEmbeds(ops, LL);
        assertEmbeds(ops, MLIR);
    }

    @Test
    void theShippedEncoderEmbedsOnTheCpuAndAMissingGpuIsAnErrorNotAFallback() throws Exception {
        MethodChoice shipped = named(MethodCatalog.standard(ROOT.resolve("models")), MethodCatalog.SHIPPED);
        EmbeddingMethod encoder = shipped.factory().create("cpu");
        try {
            assertEquals("mirencoder", EmbeddingChoice.nameOf(encoder));
            assertEmbeds(encoder, LL);
        } finally {
            EmbeddingChoice.release(List.of(encoder));
        }
        // the bundled natives are CPU-only: asking for a GPU must fail and say so
        MireException e = assertThrows(MireException.class, () -> shipped.factory().create("gpu:0"));
        assertTrue(e.getMessage().contains("gpu:0 requested"), e.getMessage());
    }

    @Test
    void aModelFolderMustHoldAModelAndIsFoundByItsCommandLineName(@TempDir Path empty) throws Exception {
        MireException e = assertThrows(MireException.class, () -> MethodCatalog.modelFolder(empty));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());

        MethodCatalog catalog = MethodCatalog.standard(ROOT.resolve("models"));
        MethodChoice folder = catalog.find("mirencoder:" + ROOT.resolve("models"));
        assertEquals("MIREncoder: models", folder.name());
        assertTrue(catalog.choices().contains(folder), "registered for the menu");
        assertEquals(MethodCatalog.SHIPPED, catalog.find("mirencoder").name());
        assertEquals(MethodCatalog.IR2VEC_STYLE, catalog.find("ir2vec-style").name());
        assertThrows(MireException.class, () -> catalog.find("word2vec"));
        assertTrue(Files.isDirectory(ROOT.resolve("models")));
    }
}
