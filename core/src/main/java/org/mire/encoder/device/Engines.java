package org.mire.encoder.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.util.cuda.CudaUtils;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.mire.MireException;

/**
 * Starts DJL's PyTorch engine the way the workbench needs it: offline (nothing is ever downloaded behind the
 * user's back), optionally from a local libtorch folder whose version was checked first, and lists what devices
 * it sees. The libtorch folder comes from {@code --libtorch DIR}, else the system property {@code mire.libtorch},
 * else the environment variable {@code MIRE_LIBTORCH}; without one the bundled CPU natives are used.
 */
public final class Engines {
    public static final String LIBTORCH_PROPERTY = "mire.libtorch";
    public static final String LIBTORCH_ENV = "MIRE_LIBTORCH";
    /** The libtorch version DJL's PyTorch JNI layer was built against (read from the engine jar). */
    public static final String REQUIRED_PYTORCH;
    public static final String DJL_VERSION;

    static {
        Properties properties = new Properties();
        try (InputStream in = Engine.class.getClassLoader().getResourceAsStream("pytorch-engine.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall through to the defaults below: they are what the build pins.
        }
        REQUIRED_PYTORCH = properties.getProperty("pytorch_version", "2.7.1");
        DJL_VERSION = properties.getProperty("djl_version", "0.35.1");
    }

    private static Path loadedFrom;
    private static boolean loaded;

    private Engines() {
    }

    /** The libtorch folder the settings name, or null for the bundled natives. */
    public static Path configuredLibtorch(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String property = System.getProperty(LIBTORCH_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv(LIBTORCH_ENV);
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    /** The PyTorch engine, started once per JVM. */
    public static synchronized Engine pytorch(Path libtorch) throws MireException {
        Path dir = configuredLibtorch(libtorch);
        if (loaded) {
            if (dir != null && !dir.equals(loadedFrom)) {
                throw new MireException(dir + ": the PyTorch engine is already running from "
                        + (loadedFrom == null ? "the bundled CPU natives" : loadedFrom.toString())
                        + "; restart to use another libtorch");
            }
            return Engine.getEngine("PyTorch");
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        NativeMemory.limitFragmentation();
        if (dir != null) {
            LibtorchFolder folder = LibtorchFolder.inspect(dir);
            folder.requireVersion(REQUIRED_PYTORCH);
            System.setProperty("PYTORCH_LIBRARY_PATH", folder.library().toString());
            System.setProperty("PYTORCH_VERSION", folder.version());
            System.setProperty("PYTORCH_FLAVOR", folder.flavour());
        }
        try {
            Engine engine = Engine.getEngine("PyTorch");
            loaded = true;
            loadedFrom = dir;
            return engine;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new MireException("the PyTorch engine did not start"
                    + (dir == null ? " from the bundled CPU natives" : " from " + dir) + ": " + e.getMessage(), e);
        }
    }

    /** The native flavour in use: {@code cpu} unless a libtorch folder set another. */
    public static String flavour() {
        String flavour = System.getProperty("PYTORCH_FLAVOR");
        return flavour == null ? "cpu" : flavour;
    }

    /** E.g. {@code DJL 0.35.1 / PyTorch 2.7.1 (cpu)}. */
    public static String engineVersion() {
        return "DJL " + DJL_VERSION + " / PyTorch " + REQUIRED_PYTORCH + " (" + flavour() + ")";
    }

    /** A device the engine can use. */
    public record DeviceInfo(String id, String name, long memoryBytes) {
        @Override
        public String toString() {
            return id + "  " + name + (memoryBytes > 0 ? String.format("  %.1f GiB", memoryBytes / 1073741824.0) : "");
        }
    }

    /** CPU first, then each GPU the engine sees (compute capability and memory when CUDA reports them). */
    public static List<DeviceInfo> devices(Engine engine) {
        List<DeviceInfo> devices = new ArrayList<>();
        devices.add(new DeviceInfo("cpu", Hardware.describe(), Hardware.memoryBytes()));
        for (int i = 0; i < engine.getGpuCount(); i++) {
            long memory = 0;
            String name = "CUDA GPU " + i;
            try {
                name += " (compute capability " + CudaUtils.getComputeCapability(i) + ")";
                MemoryUsage usage = CudaUtils.getGpuMemory(Device.gpu(i));
                memory = usage.getMax();
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                name += " (details unavailable: " + e.getMessage() + ")";
            }
            devices.add(new DeviceInfo("gpu:" + i, name, memory));
        }
        return devices;
    }

    /** Starts the engine (if needed) and resolves the request against its GPUs. */
    public static DeviceRequest.Selection select(DeviceRequest request, Path libtorch) throws MireException {
        Engine engine = pytorch(libtorch);
        return request.resolve(engine.getGpuCount(), flavour());
    }
}
