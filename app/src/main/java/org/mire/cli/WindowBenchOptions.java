package org.mire.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.mire.MireException;
import org.mire.app.workbench.WindowBench;
import picocli.CommandLine.Option;

/** The window options of the benchmarks that drive the real workbench window ({@code bench open}, {@code bench pan}). */
final class WindowBenchOptions {
    @Option(names = "--display", description = "use the display instead of JavaFX's headless platform")
    boolean display;

    @Option(names = "--size", defaultValue = "1600x1000", description = "window size WxH, default ${DEFAULT-VALUE}")
    String size;

    /** Prints the machine line every benchmark report starts with, then opens the window. */
    WindowBench start(PrintWriter out) throws Exception {
        String[] wh = size.split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(wh[0]);
            height = Integer.parseInt(wh.length == 2 ? wh[1] : "");
        } catch (NumberFormatException e) {
            throw new MireException("--size " + size + ": expected WIDTHxHEIGHT, e.g. 1600x1000");
        }
        out.printf(Locale.ROOT, "java %s, %d processors, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return WindowBench.start(!display, width, height, out);
    }
}
