package org.mire.task.dataset;

import java.util.Locale;
import org.mire.MireException;

/**
 * The two DevMap platforms. The static mapping is the device that is best on most rows of the platform and is
 * the speedup baseline of the published tables: the CPU on AMD, the GPU on NVIDIA.
 */
public enum DevMapPlatform {
    AMD("amd", "AMD Tahiti 7970", "cgo17-amd.csv", DevMapDataset.Device.CPU),
    NVIDIA("nvidia", "NVIDIA GTX 970", "cgo17-nvidia.csv", DevMapDataset.Device.GPU);

    private final String id;
    private final String gpuName;
    private final String csvName;
    private final DevMapDataset.Device staticDevice;

    DevMapPlatform(String id, String gpuName, String csvName, DevMapDataset.Device staticDevice) {
        this.id = id;
        this.gpuName = gpuName;
        this.csvName = csvName;
        this.staticDevice = staticDevice;
    }

    public String id() {
        return id;
    }

    public String gpuName() {
        return gpuName;
    }

    public String csvName() {
        return csvName;
    }

    public DevMapDataset.Device staticDevice() {
        return staticDevice;
    }

    public static DevMapPlatform of(String text) throws MireException {
        for (DevMapPlatform platform : values()) {
            if (platform.id.equals(text.toLowerCase(Locale.ROOT))) {
                return platform;
            }
        }
        throw new MireException("unknown DevMap platform '" + text + "'; use amd or nvidia");
    }
}
