package org.mire.app.workbench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mire.MireException;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.settings.SettingsStore;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.ir.IrProgram;
import org.mire.ir.llvm.LlvmModule;
import org.mire.viz.graph.GraphScene;
import org.mire.viz.graph.GraphView;

/**
 * Measurements of the real workbench window for {@code mire bench open} and {@code mire bench pan}: the window is
 * built exactly as {@code mire gui} builds it, on JavaFX's headless platform with the software renderer (or on
 * whatever display there is), and timed from pulse to pulse.
 */
public final class WindowBench implements AutoCloseable {
    private final PrintWriter out;
    private FxTaskExecutor executor;
    private WorkbenchController controller;
    private Workbench workbench;

    private WindowBench(PrintWriter out) {
        this.out = out;
    }

    /** Starts JavaFX and opens an empty workbench window of the given size. */
    public static WindowBench start(boolean headless, int width, int height, PrintWriter out) throws Exception {
        if (headless) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        if (!started.await(60, TimeUnit.SECONDS)) {
            throw new MireException("JavaFX did not start");
        }
        WindowBench bench = new WindowBench(out);
        fx(() -> {
            bench.executor = new FxTaskExecutor(2);
            Path config = Files.createTempDirectory("mire-bench").resolve("workbench.json");
            WorkbenchModel model = new WorkbenchModel();
            bench.controller = new WorkbenchController(model, bench.executor, DocumentLoader.IR_LOADER,
                    new SettingsStore(config), Samples.find());
            Stage stage = new Stage();
            bench.workbench = new Workbench(stage, bench.controller, bench.executor);
            stage.setWidth(width);
            stage.setHeight(height);
            bench.workbench.show();
            return null;
        });
        out.printf(Locale.ROOT, "window %dx%d, JavaFX %s, platform %s, pipeline %s%n", width, height,
                System.getProperty("javafx.version"), headless ? "headless" : "default",
                System.getProperty("prism.order", "default"));
        return bench;
    }

    /** One timed open: parse + graph, layout, and open-to-first-frame, in seconds. */
    public record OpenTiming(double parseAndGraph, double layout, double toFirstFrame, int nodes, int instructions,
                             double toShown, double toLaidOut) {
    }

    /** Opens the file, waits for the first frame that shows its graph, closes it again. */
    public OpenTiming open(Path file) throws Exception {
        CompletableFuture<OpenTiming> done = new CompletableFuture<>();
        fx(() -> {
            long start = System.nanoTime();
            DocumentModel document = controller.open(file);
            new AnimationTimer() {
                private long readyAt;
                private long laidOutAt;

                @Override
                public void handle(long now) {
                    if (readyAt == 0 && document.state() == DocumentModel.State.READY) {
                        readyAt = System.nanoTime();
                    }
                    if (laidOutAt == 0 && readyAt != 0 && !document.explorer().busyProperty().get()
                            && document.explorer().sceneProperty().get().nodeCount() > 0) {
                        laidOutAt = System.nanoTime();
                    }
                    if (document.state() == DocumentModel.State.FAILED) {
                        stop();
                        done.completeExceptionally(new MireException(document.errorProperty().get().message()));
                        return;
                    }
                    DocumentView view = workbench.viewOf(document);
                    GraphScene scene = document.explorer().sceneProperty().get();
                    if (document.state() == DocumentModel.State.READY && view != null
                            && !document.explorer().busyProperty().get() && scene.nodeCount() > 0
                            && view.explorerView().graphView().lastDrawnScene() == scene) {
                        stop();
                        IrProgram program = document.programProperty().get();
                        int instructions = program instanceof LlvmModule module ? module.instructionCount() : 0;
                        long end = System.nanoTime();
                        done.complete(new OpenTiming(document.loadNanos() / 1e9,
                                document.explorer().layoutNanosProperty().get() / 1e9,
                                (end - start) / 1e9, scene.nodeCount(), instructions,
                                (readyAt - start) / 1e9, (laidOutAt - start) / 1e9));
                        controller.close(document);
                    }
                }
            }.start();
            return null;
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    /** Frame statistics of one interaction. */
    public record FrameTiming(String what, int frames, double seconds, double medianMs, double p95Ms, double maxMs,
                              double drawMeanMs, double drawP95Ms) {
        double fps() {
            return frames / seconds;
        }
    }

    /** Shows a generated graph of about {@code nodes} nodes and times panning and zooming for a while each. */
    public List<FrameTiming> pan(int nodes, double seconds) throws Exception {
        CompletableFuture<GraphView> ready = new CompletableFuture<>();
        fx(() -> {
            DocumentModel document = controller.show(SyntheticProgram.generate(nodes, 1));
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    DocumentView view = workbench.viewOf(document);
                    GraphScene scene = document.explorer().sceneProperty().get();
                    if (view != null && !document.explorer().busyProperty().get() && scene.nodeCount() > 0
                            && view.explorerView().graphView().lastDrawnScene() == scene) {
                        stop();
                        out.printf(Locale.ROOT, "graph: %,d nodes, %,d edges on the canvas%n", scene.nodeCount(),
                                scene.edgeCount());
                        ready.complete(view.explorerView().graphView());
                    }
                }
            }.start();
            return null;
        });
        GraphView view = ready.get(10, TimeUnit.MINUTES);
        // Untimed warm-up (JIT, first drawings), so that the table shows steady frames.
        interact(view, "warm-up", Math.min(3, seconds), true, true, true);
        List<FrameTiming> results = new ArrayList<>();
        results.add(interact(view, "pan, whole graph in view", seconds, true, false, false));
        results.add(interact(view, "zoom to cursor, whole graph", seconds, true, true, false));
        results.add(interact(view, "pan at 100% (labels, arrows)", seconds, false, false, false));
        results.add(interact(view, "full redraw every frame, whole", seconds, true, false, true));
        results.add(interact(view, "full redraw every frame, 100%", seconds, false, false, true));
        return results;
    }

    /**
     * @param redrawEveryFrame draw the whole picture every pulse, as if every frame changed its content (the worst
     *                         case; normally a pan moves the last picture and only zoom and selection redraw)
     */
    private FrameTiming interact(GraphView view, String what, double seconds, boolean fit, boolean zoom,
                                 boolean redrawEveryFrame) throws Exception {
        CompletableFuture<FrameTiming> done = new CompletableFuture<>();
        fx(() -> {
            view.fit();
            if (!fit) {
                view.zoomAt(1.0 / view.getScale(), view.getWidth() / 2, view.getHeight() / 2);
            }
            view.redrawNow();
            List<Long> pulses = new ArrayList<>();
            List<Long> draws = new ArrayList<>();
            long[] lastCount = {view.drawCount()};
            long end = System.nanoTime() + (long) (seconds * 1e9);
            new AnimationTimer() {
                private int frame;

                @Override
                public void handle(long now) {
                    pulses.add(System.nanoTime());
                    if (view.drawCount() != lastCount[0]) {
                        draws.add(view.lastDrawNanos());
                        lastCount[0] = view.drawCount();
                    }
                    frame++;
                    if (zoom) {
                        double factor = (frame / 30) % 2 == 0 ? 1.04 : 1 / 1.04;
                        view.zoomAt(factor, view.getWidth() * 0.4, view.getHeight() * 0.45);
                    } else {
                        // Round and round: every frame moves, and the picture stays on the graph.
                        double angle = frame * 0.05;
                        view.panBy(6 * Math.cos(angle), 6 * Math.sin(angle));
                    }
                    if (redrawEveryFrame) {
                        view.redrawNow();
                    }
                    if (System.nanoTime() > end) {
                        stop();
                        done.complete(statistics(what, pulses, draws));
                    }
                }
            }.start();
            return null;
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    private static FrameTiming statistics(String what, List<Long> pulses, List<Long> draws) {
        double[] intervals = new double[Math.max(0, pulses.size() - 1)];
        for (int i = 1; i < pulses.size(); i++) {
            intervals[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
        }
        Arrays.sort(intervals);
        double[] drawMs = draws.stream().mapToDouble(d -> d / 1e6).sorted().toArray();
        double seconds = (pulses.getLast() - pulses.getFirst()) / 1e9;
        return new FrameTiming(what, intervals.length, seconds, percentile(intervals, 0.5),
                percentile(intervals, 0.95), intervals.length == 0 ? 0 : intervals[intervals.length - 1],
                Arrays.stream(drawMs).average().orElse(0), percentile(drawMs, 0.95));
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * (sorted.length - 1) + 0.5))];
    }

    /** Prints frame statistics as a table. */
    public static void print(PrintWriter out, List<FrameTiming> results) {
        out.printf(Locale.ROOT, "%-32s %7s %7s %10s %8s %8s %10s %9s%n", "interaction", "frames", "fps",
                "median ms", "p95 ms", "max ms", "draw ms", "draw p95");
        for (FrameTiming t : results) {
            out.printf(Locale.ROOT, "%-32s %7d %7.1f %10.1f %8.1f %8.1f %10.2f %9.2f%n", t.what(), t.frames(),
                    t.fps(), t.medianMs(), t.p95Ms(), t.maxMs(), t.drawMeanMs(), t.drawP95Ms());
        }
        out.flush();
    }

    @Override
    public void close() throws Exception {
        fx(() -> {
            executor.close();
            workbench.stage().close();
            return null;
        });
        Platform.exit();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
