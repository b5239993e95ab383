package org.mire.task.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.task.SharedData;
import org.mire.task.TaskData;
import org.mire.task.dataset.DevMapDataset.Device;
import org.mire.task.metric.SpeedupReport;

class DevMapDatasetTest {
    private static final String HEADER = ",benchmark,dataset,comp,rational,mem,localmem,coalesced,atomic,transfer,"
            + "wgsize,oracle,runtime_cpu,runtime_gpu,src,seq\n";

    @TempDir
    Path dir;

    private Path write(String rows, boolean withIr) throws Exception {
        Files.writeString(dir.resolve("cgo17-amd.csv"), HEADER + rows);
        Files.createDirectories(dir.resolve("kernels_ir"));
        StringBuilder map = new StringBuilder("row,benchmark,dataset,ncc_ir_file\n");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\d+),([^,]+),([^,]+),").matcher(rows);
        while (m.find()) {
            map.append(m.group(1)).append(',').append(m.group(2)).append(',').append(m.group(3)).append(',')
                    .append(m.group(2)).append(".ll\n");
            if (withIr) {
                Files.writeString(dir.resolve("kernels_ir").resolve(m.group(2) + ".ll"), "; empty\n");
            }
        }
        Files.writeString(dir.resolve("ncc_ir_file_map.csv"), map.toString());
        return dir;
    }

    private static String row(int index, String kernel, String oracle, double cpu, double gpu) {
        return index + "," + kernel + ",default,10,1,5,0,2,0,1000,64," + oracle + "," + cpu + "," + gpu
                + ",\"__kernel void A(int a) {\n  a = 1;\n}\",[1 2 3]\n";
    }

    @Test
    void readsRowsWithMultiLineSourceAndResolvesIr() throws Exception {
        DevMapDataset data = DevMapDataset.load(write(row(0, "s-1-p-k1", "GPU", 2, 1) + row(1, "s-1-p-k2", "CPU", 1, 4),
                true), DevMapPlatform.AMD);
        assertEquals(2, data.size());
        assertEquals("__kernel void A(int a) {\n  a = 1;\n}", data.rows().get(0).src());
        assertEquals(Device.GPU, data.rows().get(0).oracle());
        assertTrue(data.rows().get(1).irFile().endsWith("kernels_ir/s-1-p-k2.ll"));
        TaskData task = data.taskData(DevMapDataset.FeatureSet.AUX);
        assertEquals(List.of("CPU", "GPU"), task.classes());
        assertEquals(Math.log1p(1000), task.features()[0][0], 1e-12);
    }

    @Test
    void speedupOverStaticMappingMatchesHandComputedRows() throws Exception {
        // AMD: static = CPU. Row 0: cpu 2, gpu 1 (oracle GPU); row 1: cpu 1, gpu 4 (oracle CPU). Predict GPU twice:
        // speedups 2/1 = 2 and 1/4 = 0.25; oracle speedups 2 and 1; fractions of oracle 1 and 0.25.
        DevMapDataset data = DevMapDataset.load(write(row(0, "a-1-p-k1", "GPU", 2, 1) + row(1, "a-1-p-k2", "CPU", 1, 4),
                true), DevMapPlatform.AMD);
        SpeedupReport report = data.speedup(new Device[] {Device.GPU, Device.GPU});
        assertEquals(1.125, report.mean(), 1e-12);
        assertEquals(Math.sqrt(0.5), report.geomean(), 1e-12);
        assertEquals(1.5, report.oracleMean(), 1e-12);
        assertEquals(Math.sqrt(2), report.oracleGeomean(), 1e-12);
        assertEquals(0.625, report.oracleFractionMean(), 1e-12);
        assertEquals(0.5, report.oracleFractionGeomean(), 1e-12);
        // NVIDIA: static = GPU, so predicting the GPU everywhere is speedup 1.
        DevMapDataset nvidia = new DevMapDataset(dir, DevMapPlatform.NVIDIA, DevMapDataset.IrSource.NCC, data.rows());
        assertEquals(1.0, nvidia.speedup(new Device[] {Device.GPU, Device.GPU}).mean(), 1e-12);
        assertEquals((1.0 + 4.0) / 2, nvidia.speedup(new Device[] {Device.GPU, Device.CPU}).oracleMean(), 1e-12);
    }

    @Test
    void rejectsAnUnknownLabelNamingFileAndLine() throws Exception {
        Path folder = write(row(0, "a-1-p-k1", "GPU", 2, 1) + row(1, "a-1-p-k2", "TPU", 1, 4), true);
        MireException e = assertThrows(MireException.class, () -> DevMapDataset.load(folder, DevMapPlatform.AMD));
        assertTrue(e.getMessage().contains("cgo17-amd.csv:5: unknown oracle label 'TPU'"), e.getMessage());
    }

    @Test
    void rejectsNaNRuntimes() throws Exception {
        Path folder = write(row(0, "a-1-p-k1", "GPU", 2, 1).replace(",2.0,1.0,", ",nan,1.0,"), true);
        MireException e = assertThrows(MireException.class, () -> DevMapDataset.load(folder, DevMapPlatform.AMD));
        assertTrue(e.getMessage().contains("runtime 'runtime_cpu' is NaN"), e.getMessage());
    }

    @Test
    void rejectsAnOracleThatContradictsTheRuntimes() throws Exception {
        Path folder = write(row(0, "a-1-p-k1", "CPU", 2, 1), true);
        MireException e = assertThrows(MireException.class, () -> DevMapDataset.load(folder, DevMapPlatform.AMD));
        assertTrue(e.getMessage().contains("oracle CPU disagrees"), e.getMessage());
    }

    @Test
    void rejectsMissingIrFiles() throws Exception {
        Path folder = write(row(0, "a-1-p-k1", "GPU", 2, 1), false);
        MireException e = assertThrows(MireException.class, () -> DevMapDataset.load(folder, DevMapPlatform.AMD));
        assertTrue(e.getMessage().contains("a-1-p-k1.ll: missing IR file for row 0"), e.getMessage());
    }

    @Test
    void rejectsAMissingColumnAndAMissingFile() throws Exception {
        Files.writeString(dir.resolve("cgo17-nvidia.csv"), "benchmark,dataset\nx,y\n");
        MireException missingColumn = assertThrows(MireException.class,
                () -> DevMapDataset.load(dir, DevMapPlatform.NVIDIA));
        assertTrue(missingColumn.getMessage().contains("missing columns comp"), missingColumn.getMessage());
        MireException missingFile = assertThrows(MireException.class,
                () -> DevMapDataset.load(dir, DevMapPlatform.AMD));
        assertTrue(missingFile.getMessage().endsWith("cgo17-amd.csv: no such file"), missingFile.getMessage());
    }

    @Test
    void sharedDataHasThePublishedClassBalanceAndOracleSpeedups() throws Exception {
        Path folder = SharedData.folder(DatasetLocations.DEVMAP);
        DevMapDataset amd = DevMapDataset.load(folder, DevMapPlatform.AMD);
        DevMapDataset nvidia = DevMapDataset.load(folder, DevMapPlatform.NVIDIA);
        assertEquals(680, amd.size());
        assertEquals(280, amd.rows().stream().filter(r -> r.oracle() == Device.GPU).count());
        assertEquals(387, nvidia.rows().stream().filter(r -> r.oracle() == Device.GPU).count());
        assertEquals(669, amd.rows().stream().map(DevMapDataset.Row::irFile).distinct().count());

        Device[] staticAmd = new Device[680];
        Arrays.fill(staticAmd, Device.CPU);
        SpeedupReport amdStatic = amd.speedup(staticAmd);
        assertEquals(1.0, amdStatic.mean(), 1e-12);
        assertEquals(3.64, amdStatic.oracleMean(), 0.005);
        assertEquals(1.67, amdStatic.oracleGeomean(), 0.005);
        Device[] staticNvidia = new Device[680];
        Arrays.fill(staticNvidia, Device.GPU);
        SpeedupReport nvidiaStatic = nvidia.speedup(staticNvidia);
        assertEquals(1.53, nvidiaStatic.oracleMean(), 0.005);
        assertEquals(1.34, nvidiaStatic.oracleGeomean(), 0.005);
    }
}
