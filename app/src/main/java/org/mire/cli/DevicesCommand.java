package org.mire.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.encoder.device.Engines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the devices the encoder can run on (the CPU, and each GPU the PyTorch engine sees), with "
                + "the engine version and where its natives come from.")
final class DevicesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--libtorch", paramLabel = "DIR",
            description = "A local libtorch to check and load (also -Dmire.libtorch or MIRE_LIBTORCH).")
    Path libtorch;

    @Override
    public Integer call() throws MireException {
        var engine = Engines.pytorch(libtorch);
        var out = spec.commandLine().getOut();
        Path source = Engines.configuredLibtorch(libtorch);
        out.println("engine: " + Engines.engineVersion() + ", natives: "
                + (source == null ? "bundled (pytorch-native-cpu)" : source.toString()) + ", offline: "
                + System.getProperty("ai.djl.offline"));
        for (Engines.DeviceInfo device : Engines.devices(engine)) {
            out.println(device);
        }
        if (engine.getGpuCount() == 0) {
            out.println("no GPU visible: the bundled natives are CPU-only; for a GPU pass --libtorch with a CUDA libtorch "
                    + Engines.REQUIRED_PYTORCH + " (see docs/gpu.md)");
        }
        return MireCommand.EXIT_OK;
    }
}
