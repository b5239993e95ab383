package org.mire.encoder;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.mire.MireException;

/**
 * Draws a pre-training log ({@code train-log.csv}) as a PNG: the training losses (moving average) against the step
 * on the left, the validation metrics per epoch on the right. Plain Java2D in headless mode, so it runs in the CLI
 * and on a server without a display or a plotting library.
 */
public final class TrainingCurves {
    private static final String[] LOSSES = {"loss", "token_loss", "edge_loss", "node_loss", "match_loss"};
    private static final String[] METRICS = {"token_acc", "edge_auc", "node_acc", "match_acc"};
    private static final Color[] COLOURS = {Color.BLACK, new Color(0x1f77b4), new Color(0xd62728),
        new Color(0x2ca02c), new Color(0x9467bd)};
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 560;

    private TrainingCurves() {
    }

    public static void render(Path log, Path png) throws MireException {
        System.setProperty("java.awt.headless", "true");
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new MireException(log + ": empty training log");
            }
            header = lines.get(0).split(",", -1);
            for (String line : lines.subList(1, lines.size())) {
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new MireException(log + ": cannot read: " + e.getMessage(), e);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));

        List<double[]> lossSeries = new ArrayList<>();
        double[] steps = column(rows, header, "step", "train");
        for (String name : LOSSES) {
            lossSeries.add(movingAverage(column(rows, header, name, "train"), Math.max(1, steps.length / 100)));
        }
        panel(g, 60, 40, 620, 440, "training losses (moving average) by step", steps, lossSeries, LOSSES, false);

        double[] epochs = column(rows, header, "epoch", "valid");
        List<double[]> metricSeries = new ArrayList<>();
        for (String name : METRICS) {
            metricSeries.add(column(rows, header, name, "valid"));
        }
        panel(g, 760, 40, 600, 440, "validation metrics by epoch", epochs, metricSeries, METRICS, true);
        g.dispose();
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new MireException(png + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static double[] column(List<String[]> rows, String[] header, String name, String kind) {
        int index = -1;
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                index = i;
            }
        }
        List<Double> values = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length > index && index >= 0 && row[0].equals(kind)) {
                values.add(row[index].isEmpty() ? Double.NaN : Double.parseDouble(row[index]));
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] movingAverage(double[] values, int window) {
        double[] out = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i >= window) {
                sum -= values[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }

    private static void panel(Graphics2D g, int x, int y, int w, int h, String title, double[] xs,
                              List<double[]> series, String[] names, boolean unitRange) {
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x, y, w, h);
        g.drawString(title, x, y - 10);
        if (xs.length == 0) {
            g.drawString("no rows", x + 10, y + 20);
            return;
        }
        double minX = xs[0];
        double maxX = xs[xs.length - 1];
        double minY = unitRange ? 0 : Double.MAX_VALUE;
        double maxY = unitRange ? 1 : -Double.MAX_VALUE;
        if (!unitRange) {
            for (double[] s : series) {
                for (double v : s) {
                    if (Double.isFinite(v)) {
                        minY = Math.min(minY, v);
                        maxY = Math.max(maxY, v);
                    }
                }
            }
            minY = Math.min(0, minY);
        }
        if (maxX == minX) {
            maxX = minX + 1;
        }
        if (!(maxY > minY)) {
            maxY = minY + 1;
        }
        for (int t = 0; t <= 5; t++) {
            double value = minY + (maxY - minY) * t / 5;
            int py = y + h - (int) Math.round(h * (value - minY) / (maxY - minY));
            g.setColor(new Color(0xdddddd));
            g.drawLine(x + 1, py, x + w - 1, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.2f", value), x - 45, py + 4);
        }
        g.drawString(String.format(Locale.ROOT, "%.0f", minX), x, y + h + 18);
        String last = String.format(Locale.ROOT, "%.0f", maxX);
        g.drawString(last, x + w - g.getFontMetrics().stringWidth(last), y + h + 18);
        for (int k = 0; k < series.size(); k++) {
            double[] s = series.get(k);
            Path2D.Double path = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < s.length && i < xs.length; i++) {
                if (!Double.isFinite(s[i])) {
                    continue;
                }
                double px = x + w * (xs[i] - minX) / (maxX - minX);
                double py = y + h - h * (s[i] - minY) / (maxY - minY);
                if (started) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    started = true;
                }
                if (unitRange) {
                    g.setColor(COLOURS[k % COLOURS.length]);
                    g.fillOval((int) px - 3, (int) py - 3, 6, 6);
                }
            }
            g.setColor(COLOURS[k % COLOURS.length]);
            g.setStroke(new BasicStroke(k == 0 && !unitRange ? 2.2f : 1.5f));
            g.draw(path);
            g.drawString(names[k], x + 10 + 120 * k, y + h + 38);
        }
        g.setStroke(new BasicStroke(1f));
    }
}
