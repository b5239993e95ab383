package org.mire.viz.scatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a column colours the points: categorical (a colour per distinct value, the most frequent first) or, for a
 * column of numbers with many distinct values, a gradient from its minimum to its maximum.
 *
 * @param rgb        colour of each point
 * @param legend     legend entries in display order (value or range label → colour)
 * @param gradient   whether this is a gradient (legend holds its two ends)
 */
public record PointColouring(int[] rgb, Map<String, Integer> legend, boolean gradient, String column) {
    /** Columns with more distinct values than this (and all numeric) become gradients. */
    public static final int MAX_CATEGORIES = 20;

    public static PointColouring none(int n) {
        int[] rgb = new int[n];
        java.util.Arrays.fill(rgb, Palette.DEFAULT);
        return new PointColouring(rgb, Map.of(), false, null);
    }

    public static PointColouring of(String column, List<String> values) {
        int n = values.size();
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean numeric = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[] numbers = new double[n];
        for (int i = 0; i < n; i++) {
            String value = values.get(i) == null ? "" : values.get(i);
            counts.merge(value, 1, Integer::sum);
            if (value.isEmpty()) {
                numbers[i] = Double.NaN;
                continue;
            }
            try {
                numbers[i] = Double.parseDouble(value);
                min = Math.min(min, numbers[i]);
                max = Math.max(max, numbers[i]);
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        int[] rgb = new int[n];
        if (numeric && counts.size() > MAX_CATEGORIES && max > min) {
            for (int i = 0; i < n; i++) {
                rgb[i] = Double.isNaN(numbers[i]) ? Palette.MISSING : Palette.gradient((numbers[i] - min) / (max - min));
            }
            Map<String, Integer> legend = new LinkedHashMap<>();
            legend.put(format(min), Palette.gradient(0));
            legend.put(format(max), Palette.gradient(1));
            return new PointColouring(rgb, legend, true, column);
        }
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Integer.compare(b.getValue(), a.getValue()));
        Map<String, Integer> colourOf = new LinkedHashMap<>();
        int next = 0;
        for (Map.Entry<String, Integer> entry : byCount) {
            // beyond the palette, values share one "other" grey rather than repeating colours
            colourOf.put(entry.getKey(), entry.getKey().isEmpty() ? Palette.MISSING
                    : next < Palette.categories() ? Palette.categorical(next++) : Palette.MISSING);
        }
        for (int i = 0; i < n; i++) {
            rgb[i] = colourOf.get(values.get(i) == null ? "" : values.get(i));
        }
        Map<String, Integer> legend = new LinkedHashMap<>();
        int shown = 0;
        for (Map.Entry<String, Integer> entry : byCount) {
            if (shown == Palette.categories()) {
                legend.put("other (" + (byCount.size() - shown) + " values)", Palette.MISSING);
                break;
            }
            String key = entry.getKey().isEmpty() ? "(none)" : entry.getKey();
            legend.put(key + "  " + entry.getValue(), colourOf.get(entry.getKey()));
            if (!entry.getKey().isEmpty()) {
                shown++;
            }
        }
        return new PointColouring(rgb, legend, false, column);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
