package org.mire.encoder.device;

import ai.djl.Device;
import java.util.Locale;
import org.mire.MireException;

/**
 * What the user asked for: {@code cpu}, {@code gpu} (= {@code gpu:0}), {@code gpu:N}, or {@code auto} (the first
 * GPU when the engine sees one, else the CPU — the only request that may fall back, and it says so).
 */
public record DeviceRequest(Kind kind, int index) {
    public enum Kind { CPU, GPU, AUTO }

    public static final DeviceRequest CPU = new DeviceRequest(Kind.CPU, 0);
    public static final DeviceRequest AUTO = new DeviceRequest(Kind.AUTO, 0);

    public static DeviceRequest parse(String text) throws MireException {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("cpu")) {
            return CPU;
        }
        if (t.equals("auto")) {
            return AUTO;
        }
        if (t.equals("gpu") || t.equals("cuda")) {
            return new DeviceRequest(Kind.GPU, 0);
        }
        if (t.startsWith("gpu:") || t.startsWith("cuda:")) {
            String number = t.substring(t.indexOf(':') + 1);
            if (!number.isEmpty() && number.chars().allMatch(Character::isDigit) && number.length() < 4) {
                return new DeviceRequest(Kind.GPU, Integer.parseInt(number));
            }
        }
        throw new MireException("--device: '" + text + "' is not one of cpu, gpu, gpu:N, auto");
    }

    /** The device chosen and, when {@code auto} decided, why. */
    public record Selection(Device device, String note) {
    }

    /**
     * Resolves the request against what the engine sees. Never falls back silently: a GPU request with no such GPU
     * is an error naming what is visible and how to get a CUDA engine.
     *
     * @param gpuCount GPUs the engine sees
     * @param flavour  the engine's native flavour ({@code cpu}, {@code cu128}, ...), for the message
     */
    public Selection resolve(int gpuCount, String flavour) throws MireException {
        return switch (kind) {
            case CPU -> new Selection(Device.cpu(), "cpu (requested)");
            case GPU -> {
                if (index < gpuCount) {
                    yield new Selection(Device.gpu(index), "gpu:" + index + " (requested)");
                }
                String seen = gpuCount == 0 ? "no GPU" : gpuCount == 1 ? "1 GPU (gpu:0)"
                        : gpuCount + " GPUs (gpu:0..gpu:" + (gpuCount - 1) + ")";
                yield throwing("gpu:" + index + " requested but the PyTorch engine (" + flavour + " natives) sees "
                        + seen + "; for a GPU point --libtorch (or MIRE_LIBTORCH) at a CUDA libtorch "
                        + Engines.REQUIRED_PYTORCH + ", or use --device cpu or --device auto");
            }
            case AUTO -> gpuCount > 0 ? new Selection(Device.gpu(0), "gpu:0 (auto: " + gpuCount + " GPU(s) visible)")
                    : new Selection(Device.cpu(), "cpu (auto: no GPU visible to the " + flavour + " engine)");
        };
    }

    private static Selection throwing(String message) throws MireException {
        throw new MireException(message);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CPU -> "cpu";
            case AUTO -> "auto";
            case GPU -> "gpu:" + index;
        };
    }
}
