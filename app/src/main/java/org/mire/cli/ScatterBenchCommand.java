package org.mire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.mire.viz.scatter.ScatterView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "scatter", mixinStandardHelpOptions = true,
        description = "Frame time of the scatter view: rasterise n points (colour by a 12-value column, part of them "
                + "selected), pan and zoom between frames; reports mean, median and 95th percentile.")
final class ScatterBenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,300000", description = "Point counts (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--frames", defaultValue = "60", description = "Frames per size after 20 warm-up frames (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--width", defaultValue = "1280") int width;

    @Option(names = "--height", defaultValue = "800") int height;

    @Override
    public Integer call() throws Exception {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "scatter view %d×%d, %s pipeline, %d cores%n", width, height,
                System.getProperty("prism.order", "default"), Runtime.getRuntime().availableProcessors());
        out.println("| points | frame mean (ms) | median (ms) | p95 (ms) | frames/s |");
        out.println("|---|---|---|---|---|");
        out.flush();
        for (int n : sizes) {
            double[] times = measure(n);
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(times).average().orElse(Double.NaN);
            out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.0f |%n", n, mean, sorted[sorted.length / 2],
                    sorted[(int) Math.floor(sorted.length * 0.95)], 1000 / mean);
            out.flush();
        }
        Platform.exit();
        return MireCommand.EXIT_OK;
    }

    private double[] measure(int n) throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        float[][] points = new float[n][2];
        List<String> ids = new ArrayList<>(n);
        List<String> group = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(12);
            points[i][0] = (float) (Math.cos(c) * 30 + random.nextDouble() * 8);
            points[i][1] = (float) (Math.sin(c) * 30 + random.nextDouble() * 8);
            ids.add("p" + i);
            group.add("g" + c);
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("group", group);
        return CompletableFuture.supplyAsync(() -> {
            ScatterView view = new ScatterView();
            Scene scene = new Scene(view, width, height);
            view.setPoints(points, ids, columns, true);
            view.colourBy("group");
            view.resize(width, height);
            view.layout();
            java.util.BitSet selected = new java.util.BitSet();
            selected.set(0, n / 50);
            view.selection().set(selected);
            double[] times = new double[frames];
            for (int f = -20; f < frames; f++) {
                view.zoom(f % 2 == 0 ? 1.05 : 1 / 1.05, width / 2.0 + f, height / 2.0);
                long start = System.nanoTime();
                view.render();
                if (f >= 0) {
                    times[f] = (System.nanoTime() - start) / 1e6;
                }
            }
            scene.setRoot(new javafx.scene.layout.Pane());
            return times;
        }, Platform::runLater).get(10, TimeUnit.MINUTES);
    }
}
