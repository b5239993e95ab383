package org.mire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** Runs under JavaFX's headless platform (surefire's argLine in app). */
class StartupReportTest {
    @Test
    void reportsTheFirstWindowOnceWithTimesSinceProcessStart() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong(1_000_000);
        new StartupReport(out, 999_000, () -> now.addAndGet(100)).install();

        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertTrue(started.await(30, TimeUnit.SECONDS));
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            for (int i = 0; i < 2; i++) {
                Stage stage = new Stage();
                stage.setScene(new Scene(new Label("window " + i), 200, 100));
                stage.show();
            }
            shown.countDown();
        });
        assertTrue(shown.await(30, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (bytes.size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        Matcher line = Pattern.compile("mire: startup: first window shown (\\d+) ms, first frame laid out (\\d+) ms "
                + "after process start \\(epoch ms (\\d+), (\\d+)\\)\\n").matcher(printed);
        assertTrue(line.matches(), "one report line, got: " + printed);
        assertTrue(Long.parseLong(line.group(1)) == 1100, printed);
        assertTrue(Long.parseLong(line.group(2)) > 1100, printed);
        assertEquals(OptionalLong.of(Long.parseLong(line.group(3))), StartupReport.shownEpochMillis(printed));
        assertEquals(OptionalLong.empty(), StartupReport.shownEpochMillis("mire: wrote shot.png (1000x1000)\n"));
        Platform.runLater(() -> Stage.getWindows().forEach(w -> ((Stage) w).close()));
    }
}
