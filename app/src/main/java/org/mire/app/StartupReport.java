package org.mire.app;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Start-up instrumentation for the installer benchmarks: with {@code -Dmire.startup.report=true}, prints one line to
 * stderr when the first window is shown and when its scene has been laid out for the first frame, as milliseconds
 * since the process started and as wall-clock epoch milliseconds (so a script can subtract its own launch time).
 */
public final class StartupReport {
    public static final String PROPERTY = "mire.startup.report";
    private static final Pattern SHOWN = Pattern.compile("first window shown -?\\d+ ms, .* \\(epoch ms (\\d+), \\d+\\)");

    private final PrintStream out;
    private final long processStartMillis;
    private final LongSupplier clock;
    private final AtomicBoolean reported = new AtomicBoolean();

    StartupReport(PrintStream out, long processStartMillis, LongSupplier clock) {
        this.out = out;
        this.processStartMillis = processStartMillis;
        this.clock = clock;
    }

    /** Watches for the first window when the property is set; does nothing otherwise. */
    static void installIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseThrow(() -> new IllegalStateException("the OS does not report the process start time"));
        new StartupReport(System.err, start, System::currentTimeMillis).install();
    }

    /** Listens for the first window; must run before the first window is shown. */
    void install() {
        // Window.getWindows() is only changed on the FX thread; this listener is added before the toolkit starts.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    firstWindow(window);
                }
            }
        });
    }

    private void firstWindow(Window window) {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        long shown = clock.getAsLong();
        Scene scene = window.getScene();
        if (scene == null) {
            print(shown, shown);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            print(shown, clock.getAsLong());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The epoch milliseconds at which the first window was shown, from a process's output holding the report. */
    public static OptionalLong shownEpochMillis(String output) {
        Matcher report = SHOWN.matcher(output);
        return report.find() ? OptionalLong.of(Long.parseLong(report.group(1))) : OptionalLong.empty();
    }

    private void print(long shown, long laidOut) {
        out.printf(Locale.ROOT, "mire: startup: first window shown %d ms, first frame laid out %d ms after process "
                + "start (epoch ms %d, %d)%n", shown - processStartMillis, laidOut - processStartMillis, shown, laidOut);
        out.flush();
    }
}
