package org.mire.encoder.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import org.junit.jupiter.api.Test;
import org.mire.MireException;

class DeviceRequestTest {

    @Test
    void parsesTheDeviceSpellings() throws MireException {
        assertEquals(DeviceRequest.CPU, DeviceRequest.parse("cpu"));
        assertEquals(DeviceRequest.AUTO, DeviceRequest.parse(" AUTO "));
        assertEquals(new DeviceRequest(DeviceRequest.Kind.GPU, 0), DeviceRequest.parse("gpu"));
        assertEquals(new DeviceRequest(DeviceRequest.Kind.GPU, 3), DeviceRequest.parse("gpu:3"));
        assertEquals(new DeviceRequest(DeviceRequest.Kind.GPU, 1), DeviceRequest.parse("cuda:1"));
        for (String bad : new String[] {"", "tpu", "gpu:", "gpu:-1", "gpu:x", "gpu:12345"}) {
            MireException e = assertThrows(MireException.class, () -> DeviceRequest.parse(bad));
            assertTrue(e.getMessage().startsWith("--device: '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void gpuRequestWithoutAGpuIsAnErrorNotASilentFallback() throws MireException {
        MireException e = assertThrows(MireException.class,
                () -> DeviceRequest.parse("gpu:0").resolve(0, "cpu"));
        assertTrue(e.getMessage().contains("sees no GPU"), e.getMessage());
        assertTrue(e.getMessage().contains("--libtorch"), e.getMessage());
        MireException second = assertThrows(MireException.class,
                () -> DeviceRequest.parse("gpu:1").resolve(1, "cu128"));
        assertTrue(second.getMessage().contains("1 GPU (gpu:0)"), second.getMessage());
    }

    @Test
    void autoFallsBackToTheCpuAndSaysWhy() throws MireException {
        DeviceRequest.Selection none = DeviceRequest.AUTO.resolve(0, "cpu");
        assertEquals(Device.cpu(), none.device());
        assertTrue(none.note().contains("no GPU visible"), none.note());
        DeviceRequest.Selection some = DeviceRequest.AUTO.resolve(2, "cu128");
        assertEquals(Device.gpu(0), some.device());
    }

    @Test
    void explicitGpuIsChosenWhenVisible() throws MireException {
        assertEquals(Device.gpu(1), DeviceRequest.parse("gpu:1").resolve(2, "cu128").device());
        assertEquals(Device.cpu(), DeviceRequest.CPU.resolve(4, "cu128").device());
    }

    @Test
    void thisMachinesEngineStartsOfflineAndListsTheCpu() throws MireException {
        var engine = Engines.pytorch(null);
        var devices = Engines.devices(engine);
        assertEquals("cpu", devices.get(0).id());
        assertEquals(engine.getGpuCount() + 1, devices.size());
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertTrue(Engines.engineVersion().contains("PyTorch " + Engines.REQUIRED_PYTORCH));
    }

    @Test
    void glibcAcceptsTheMmapThresholdOnLinux() {
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && java.nio.file.Files.exists(java.nio.file.Path.of("/lib/x86_64-linux-gnu/libc.so.6"))) {
            assertTrue(NativeMemory.limitFragmentation());
        }
    }
}
