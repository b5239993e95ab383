package org.mire.task.head;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.mire.MireException;

/**
 * A head family and its hyper-parameters, written {@code kind[:key=value,...]}, e.g. {@code gbt:trees=300,depth=4}
 * or {@code mlp:layers=2,width=64,dropout=0.2}. Unset keys take the family's defaults ({@link HeadKind}).
 *
 * @param kind   the family
 * @param params the explicitly set hyper-parameters (sorted by key)
 */
public record HeadSpec(HeadKind kind, Map<String, String> params) implements java.io.Serializable {

    public HeadSpec {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public static HeadSpec of(HeadKind kind) {
        return new HeadSpec(kind, Map.of());
    }

    /** Parses {@code kind[:key=value,...]}; unknown families and keys are errors. */
    public static HeadSpec parse(String text) throws MireException {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        String kindName = colon < 0 ? trimmed : trimmed.substring(0, colon);
        HeadKind kind = HeadKind.of(kindName);
        Map<String, String> params = new LinkedHashMap<>();
        if (colon >= 0 && colon < trimmed.length() - 1) {
            for (String pair : trimmed.substring(colon + 1).split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new MireException("head '" + text + "': expected key=value, found '" + pair + "'");
                }
                String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = pair.substring(eq + 1).strip();
                if (!kind.defaults().containsKey(key)) {
                    throw new MireException("head '" + text + "': " + kind.id() + " has no parameter '" + key
                            + "' (parameters: " + String.join(", ", kind.defaults().keySet()) + ")");
                }
                params.put(key, value);
            }
        }
        HeadSpec spec = new HeadSpec(kind, params);
        spec.validate(text);
        return spec;
    }

    private void validate(String text) throws MireException {
        for (Map.Entry<String, String> entry : params.entrySet()) {
            String def = kind.defaults().get(entry.getKey());
            if (isNumber(def) && !isNumber(entry.getValue())) {
                throw new MireException("head '" + text + "': " + entry.getKey() + " must be a number, found '"
                        + entry.getValue() + "'");
            }
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The value of a parameter, or the family default. */
    public String get(String key) {
        String value = params.get(key);
        if (value != null) {
            return value;
        }
        String def = kind.defaults().get(key);
        if (def == null) {
            throw new IllegalArgumentException(kind.id() + " has no parameter " + key);
        }
        return def;
    }

    public double number(String key) {
        return Double.parseDouble(get(key));
    }

    public int integer(String key) {
        return (int) Math.round(number(key));
    }

    /** All parameters, defaults filled in, in key order. */
    public Map<String, String> resolved() {
        Map<String, String> all = new TreeMap<>(kind.defaults());
        all.putAll(params);
        return all;
    }

    /** This spec with one parameter changed. */
    public HeadSpec with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(params);
        changed.put(key, value);
        return new HeadSpec(kind, changed);
    }

    @Override
    public String toString() {
        if (params.isEmpty()) {
            return kind.id();
        }
        StringJoiner joiner = new StringJoiner(",", kind.id() + ":", "");
        params.forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }

    /** Parses a list separated by {@code ;} or {@code |}. */
    public static List<HeadSpec> parseList(String text) throws MireException {
        List<HeadSpec> specs = new java.util.ArrayList<>();
        for (String part : text.split("[;|]")) {
            if (!part.isBlank()) {
                specs.add(parse(part));
            }
        }
        if (specs.isEmpty()) {
            throw new MireException("no head given");
        }
        return specs;
    }
}
