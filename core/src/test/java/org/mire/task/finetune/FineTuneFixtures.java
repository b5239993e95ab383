package org.mire.task.finetune;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mire.encoder.FineTuneOptions;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;

/**
 * A small real task for the fine-tuning tests: programs of {@code sample-ir/ll} at -O0 and -O2, labelled by the
 * level, grouped by program, with one noise feature and two rows per file (two "inputs" of one kernel, as in DevMap).
 */
final class FineTuneFixtures {
    static final List<String> PROGRAMS = List.of("vector_add", "bitonic_step", "spmv_csr_rows", "saxpy_vec4",
            "transpose_local", "mandelbrot", "crc32", "histogram");

    /** A quick recipe for the tiny model. */
    static final FineTuneOptions QUICK = FineTuneOptions.defaults().withProbeEpochs(10).withEpochs(3)
            .withLearningRates(3e-3f, 1e-2f).withHidden(8).withBatch(8, 20_000, 2048).withSeed(5);

    private FineTuneFixtures() {
    }

    static Path repo() {
        return Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    }

    /** The committed tiny TorchScript model (test resources of the encoder package). */
    static Path tinyModel() {
        try {
            return Path.of(FineTuneFixtures.class.getResource("/org/mire/encoder/tiny-model").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TaskData levels() {
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<double[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        Random random = new Random(1);
        for (String program : PROGRAMS) {
            for (String level : List.of("O0", "O2")) {
                Path file = repo().resolve("sample-ir/ll/" + program + "." + level + ".ll");
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("missing sample " + file);
                }
                for (int input = 0; input < 2; input++) {
                    ids.add(program + "." + level + "#" + input);
                    files.add(file);
                    groups.add(program);
                    features.add(new double[] {random.nextGaussian() * 100 + 1000});
                    labels.add(level.equals("O0") ? 0 : 1);
                }
            }
        }
        return new TaskData("levels", TaskKind.CLASSIFICATION, ids, files, groups, List.of("noise"),
                features.toArray(double[][]::new), List.of("O0", "O2"),
                labels.stream().mapToInt(Integer::intValue).toArray(), null);
    }

    /** The same task with the labels of some rows flipped. */
    static TaskData poisoned(TaskData data, int[] rows) {
        int[] labels = data.labels().clone();
        for (int r : rows) {
            labels[r] = 1 - labels[r];
        }
        return new TaskData(data.name(), data.kind(), data.ids(), data.files(), data.groups(), data.featureNames(),
                data.features(), data.classes(), labels, null);
    }
}
