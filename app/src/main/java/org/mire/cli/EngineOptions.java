package org.mire.cli;

import java.nio.file.Path;
import org.mire.MireException;
import org.mire.encoder.device.DeviceRequest;
import org.mire.encoder.device.Engines;
import picocli.CommandLine.Option;

/** Options of commands that run the encoder: device, local libtorch, CPU threads. */
final class EngineOptions {
    @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "cpu",
            description = "cpu, gpu, gpu:N, or auto (a GPU when one is visible, else the CPU; the only setting that "
                    + "falls back). Default ${DEFAULT-VALUE}.")
    String device;

    @Option(names = "--libtorch", paramLabel = "DIR",
            description = "A local libtorch " + "(e.g. a CUDA build's torch/lib) to run on instead of the bundled CPU "
                    + "natives; its version is checked before loading. Also -Dmire.libtorch or MIRE_LIBTORCH.")
    Path libtorch;

    @Option(names = "--threads", paramLabel = "N",
            description = "PyTorch intra-op CPU threads (default: all cores). On a busy shared machine 1 is often "
                    + "faster.")
    Integer threads;

    DeviceRequest.Selection select() throws MireException {
        if (threads != null) {
            if (threads < 1) {
                throw new MireException("--threads must be at least 1");
            }
            System.setProperty("ai.djl.pytorch.num_threads", threads.toString());
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        return Engines.select(DeviceRequest.parse(device), libtorch);
    }
}
