package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.app.FxToolkit;
import org.mire.app.background.DirectTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.LoadError;
import org.mire.app.settings.SettingsStore;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.ir.IrParseException;

class WorkbenchControllerTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        FxToolkit.start();
    }

    private WorkbenchController workbench(DocumentLoader loader) {
        return new WorkbenchController(new WorkbenchModel(), new DirectTaskExecutor(), loader,
                new SettingsStore(dir.resolve("config/workbench.json")), Samples.in(samplesFolder()));
    }

    private static Path samplesFolder() {
        return Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir");
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void openingAFileParsesItLaysItOutAndRemembersIt() throws Exception {
        SyntheticProgram program = SyntheticProgram.generate(500, 1);
        Path file = file("program.ll", program.text());
        WorkbenchController controller = workbench((path, monitor) -> program);
        DocumentModel document = controller.open(file);
        assertEquals(DocumentModel.State.READY, document.state());
        assertSame(document, controller.model().active());
        assertEquals(program.graph().nodeCount(), document.explorer().sceneProperty().get().nodeCount());
        assertEquals(file.toString(), controller.model().recentFiles().getFirst());
        // A new workbench on the same settings file sees the recent file.
        WorkbenchController again = workbench((path, monitor) -> program);
        assertEquals(file.toString(), again.model().recentFiles().getFirst());
    }

    @Test
    void openingAnOpenFileAgainActivatesItsDocument() throws Exception {
        SyntheticProgram program = SyntheticProgram.generate(300, 1);
        Path first = file("a.ll", program.text());
        Path second = file("b.ll", program.text());
        WorkbenchController controller = workbench((path, monitor) -> program);
        DocumentModel a = controller.open(first);
        controller.open(second);
        assertSame(a, controller.open(first));
        assertEquals(2, controller.model().documents().size());
        assertSame(a, controller.model().active());
    }

    @Test
    void aParseErrorKeepsFileLineColumnAndTheOffendingLine() throws Exception {
        Path file = file("bad.ll", "define i32 @f() {\n  %1 = add i32 1, 2\n  %2 = bogus i32 %1\n}\n");
        WorkbenchController controller = workbench((path, monitor) -> {
            throw new IrParseException("bad.ll", 3, 8, "an instruction", "'bogus'", "");
        });
        DocumentModel document = controller.open(file);
        assertEquals(DocumentModel.State.FAILED, document.state());
        LoadError error = document.errorProperty().get();
        assertEquals(LoadError.Kind.PARSE, error.kind());
        assertEquals("bad.ll:3:8", error.location("bad.ll"));
        assertEquals("  %2 = bogus i32 %1", error.lineText(), "the line is read back from the file");
        assertTrue(error.message().contains("expected an instruction but found 'bogus'"));
        assertTrue(document.textProperty().get().contains("bogus"), "the text stays visible");
        assertFalse(controller.model().recentFiles().contains(file.toString()));
        assertTrue(controller.model().statusProperty().get().startsWith("bad.ll:3:8"));

        // Closed, its error no longer stands in the status line.
        controller.close(document);
        assertEquals("Closed " + document.title(), controller.model().statusProperty().get());
    }

    @Test
    void aMalformedFileThroughTheRealLoaderNamesItsLineAndColumn() throws Exception {
        Path file = dir.resolve("binary.ll");
        Files.write(file, "; ModuleID = 'x'\ndefine void @f() {\n  ret\u0000 void\n}\n".getBytes(StandardCharsets.UTF_8));
        WorkbenchController controller = workbench(DocumentLoader.IR_LOADER);
        DocumentModel document = controller.open(file);
        assertEquals(DocumentModel.State.FAILED, document.state());
        LoadError error = document.errorProperty().get();
        assertEquals(3, error.line());
        assertEquals(6, error.column());
        assertTrue(error.message().contains("NUL byte"), error.message());
    }

    @Test
    void aMissingCompilerSaysWhatToInstall() throws Exception {
        Path file = file("kernel.c", "int main(void) { return 0; }\n");
        WorkbenchController controller = workbench((path, monitor) -> {
            throw new MireException(path + ": clang (or clang-16) is not on the PATH; install it with: "
                    + "sudo apt-get install clang-16");
        });
        LoadError error = controller.open(file).errorProperty().get();
        assertEquals(LoadError.Kind.TOOL_MISSING, error.kind());
        assertEquals("clang is not installed", error.title());
        assertEquals("Install it with: sudo apt-get install clang-16", error.hint());
    }

    @Test
    void aBugInTheLoaderIsShownAsAnInternalErrorNotACrash() throws Exception {
        Path file = file("x.ll", "");
        WorkbenchController controller = workbench((path, monitor) -> {
            throw new IllegalStateException("boom");
        });
        DocumentModel document = controller.open(file);
        assertEquals(LoadError.Kind.INTERNAL, document.errorProperty().get().kind());
        assertTrue(document.errorProperty().get().message().contains("boom"));
    }

    @Test
    void aRecentFileThatNoLongerExistsIsDropped() throws Exception {
        SyntheticProgram program = SyntheticProgram.generate(300, 1);
        Path file = file("gone.ll", program.text());
        WorkbenchController controller = workbench((path, monitor) -> program);
        controller.open(file);
        controller.close(controller.model().active());
        Files.delete(file);
        assertNull(controller.openRecent(file.toString()));
        assertFalse(controller.model().recentFiles().contains(file.toString()));
    }

    @Test
    void theFirstStartOpensASampleOnlyOnce() {
        WorkbenchController controller = workbench(DocumentLoader.IR_LOADER);
        assertTrue(controller.openFirstStartSample());
        DocumentModel sample = controller.model().active();
        assertTrue(sample.path().startsWith(samplesFolder().toAbsolutePath().normalize()));
        assertTrue(sample.path().toString().endsWith(".O1.ll"), sample.path().toString());
        assertFalse(workbench(DocumentLoader.IR_LOADER).openFirstStartSample());
    }

    @Test
    void themeChoiceIsRememberedAndRecoloursOpenDocuments() throws Exception {
        SyntheticProgram program = SyntheticProgram.generate(300, 1);
        WorkbenchController controller = workbench((path, monitor) -> program);
        DocumentModel document = controller.open(file("t.ll", program.text()));
        controller.toggleTheme();
        assertEquals(Theme.DARK, controller.model().themeProperty().get());
        assertSame(Theme.DARK.palette(), document.explorer().paletteProperty().get());
        assertEquals(Theme.DARK, workbench((path, monitor) -> program).model().themeProperty().get());
    }

    @Test
    void closingTheActiveDocumentActivatesItsNeighbour() throws Exception {
        SyntheticProgram program = SyntheticProgram.generate(300, 1);
        WorkbenchController controller = workbench((path, monitor) -> program);
        DocumentModel a = controller.open(file("a.ll", program.text()));
        DocumentModel b = controller.open(file("b.ll", program.text()));
        controller.close(b);
        assertSame(a, controller.model().active());
        controller.close(a);
        assertNull(controller.model().active());
    }

    @Test
    void samplesListEverySampleProgramButNotTheBuildTools() {
        Samples samples = Samples.in(samplesFolder());
        assertTrue(samples.files().size() > 50);
        assertTrue(samples.files().stream().noneMatch(p -> p.toString().contains("/tools/")));
        assertTrue(samples.files().stream().anyMatch(p -> p.toString().endsWith("minilang.O1.ll")));
    }
}
