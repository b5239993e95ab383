package org.mire.app.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.mire.app.background.TaskExecutor;
import org.mire.app.background.TaskHandle;
import org.mire.app.graphexplorer.GraphExplorerController;
import org.mire.graph.ProgramGraph;
import org.mire.graph.view.SourceLines;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;
import org.mire.viz.ir.IrTextView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a document in the background (parse, then build the program graph) and fills its model with the result or
 * a readable error; owns the document's explorer controller.
 */
public final class DocumentController {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentController.class);
    /** Files larger than this are not read back as text just to show an error line. */
    private static final long MAX_ERROR_TEXT_BYTES = 64L << 20;

    private final DocumentModel model;
    private final TaskExecutor executor;
    private final DocumentLoader loader;
    private final GraphExplorerController explorer;
    private TaskHandle loading = TaskHandle.DONE;

    /** What a load task hands back: the program and its graph, or why it failed and the text to show. */
    private sealed interface Outcome {
    }

    private record Loaded(IrProgram program, ProgramGraph graph, IrTextView.PreparedText text,
                          IrTextView.PreparedText source, SourceLines sourceLines, long nanos) implements Outcome {
    }

    private record Failed(Throwable failure, String text) implements Outcome {
    }

    public DocumentController(DocumentModel model, TaskExecutor executor, DocumentLoader loader) {
        this.model = model;
        this.executor = executor;
        this.loader = loader;
        this.explorer = new GraphExplorerController(model.explorer(), executor);
    }

    public DocumentModel model() {
        return model;
    }

    public GraphExplorerController explorer() {
        return explorer;
    }

    /** Loads (or reloads) the file; {@code done} is called on the UI thread afterwards, success or not. */
    public void load(Consumer<DocumentModel> done) {
        Path path = model.path();
        if (path == null) {
            return;
        }
        loading.cancel();
        model.loading("Parsing " + path.getFileName() + "…");
        String name = path.getFileName().toString();
        String optLevel = model.optLevelProperty().get();
        boolean source = model.isSource();
        loading = executor.submit("Open " + name, monitor -> {
            try {
                return load(path, name, source ? optLevel : null, monitor);
            } catch (CancelledException e) {
                throw e;
            } catch (Exception | StackOverflowError e) {
                // reading up to 64 MiB of text to show the error in place happens here too, off the UI thread
                return new Failed(e, readableText(path));
            }
        }, outcome -> {
            switch (outcome) {
                case Loaded loaded -> model.loaded(loaded.program(), loaded.graph(), loaded.text(), loaded.source(),
                        loaded.sourceLines(), loaded.nanos());
                case Failed failed -> failed(path, name, failed.failure(), failed.text());
            }
            done.accept(model);
        }, failure -> {
            failed(path, name, failure, null);
            done.accept(model);
        });
    }

    /** @param optLevel the -O level of a source program (null: not a source program) */
    private Loaded load(Path path, String name, String optLevel, ProgressMonitor monitor) throws Exception {
        long start = System.nanoTime();
        IrProgram program = optLevel == null ? loader.load(path, monitor) : loader.load(path, optLevel, monitor);
        monitor.checkCancelled();
        monitor.progress(-1, "Building the program graph of " + name);
        ProgramGraph graph = program.graph();
        monitor.checkCancelled();
        long nanos = System.nanoTime() - start;
        // Colouring the text here keeps seconds of regex work on big files off the UI thread.
        IrTextView.PreparedText text = IrTextView.prepare(program.text());
        if (optLevel == null) {
            return new Loaded(program, graph, text, null, null, nanos);
        }
        IrTextView.PreparedText source = IrTextView.prepare(IrLoader.decode(path, Files.readAllBytes(path)),
                IrTextView.Syntax.C);
        return new Loaded(program, graph, text, source, SourceLines.of(graph, path.toString()), nanos);
    }

    private void failed(Path path, String name, Throwable failure, String text) {
        LoadError error = LoadError.of(failure, name, text);
        if (error.kind() == LoadError.Kind.INTERNAL) {
            LOG.error("opening {} failed", path, failure);
        }
        model.failed(error, text);
    }

    /** Shows an already parsed program (generated ones, benchmarks). */
    public void show(IrProgram program) {
        long start = System.nanoTime();
        ProgramGraph graph = program.graph();
        model.loaded(program, graph, IrTextView.prepare(program.text()), System.nanoTime() - start);
    }

    public void cancel() {
        loading.cancel();
    }

    /**
     * The file's text for showing an error in place, or null for large or binary files ({@link
     * IrLoader#looksBinary}: their bytes as text would be pages of noise). Text that is not clean UTF-8 is decoded
     * leniently, with NUL bytes shown as the symbol for NUL, so that the offending spot is visible.
     */
    private static String readableText(Path path) {
        try {
            if (Files.size(path) > MAX_ERROR_TEXT_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            if (IrLoader.looksBinary(bytes)) {
                return null;
            }
            try {
                return IrLoader.decode(path, bytes);
            } catch (org.mire.MireException notClean) {
                return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace('\u0000', '\u2400');
            }
        } catch (IOException e) {
            return null;
        }
    }
}
