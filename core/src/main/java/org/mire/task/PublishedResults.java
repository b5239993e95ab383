package org.mire.task;

import java.util.List;
import org.mire.task.dataset.DevMapPlatform;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;

/**
 * The published numbers we compare against (from {@code ../shared/guide/anchors.md}, each verified from its
 * method's paper or repository). NaN where a paper gives no number.
 */
public final class PublishedResults {
    private PublishedResults() {
    }

    /**
     * One method's DevMap result.
     *
     * @param protocol how it was measured when it differs from the standard 10-fold stratified split
     */
    public record DevMap(String method, double amdAccuracy, double nvidiaAccuracy, double amdSpeedup,
                         double nvidiaSpeedup, String protocol) {
        public double accuracy(DevMapPlatform platform) {
            return platform == DevMapPlatform.AMD ? amdAccuracy : nvidiaAccuracy;
        }

        public double speedup(DevMapPlatform platform) {
            return platform == DevMapPlatform.AMD ? amdSpeedup : nvidiaSpeedup;
        }
    }

    /** One method's thread-coarsening speedups (mean over the 17 kernels, leave-one-out). */
    public record Coarsening(String method, double cypress, double tahiti, double fermi, double kepler) {
        public double speedup(Gpu gpu) {
            return switch (gpu) {
                case CYPRESS -> cypress;
                case TAHITI -> tahiti;
                case FERMI -> fermi;
                case KEPLER -> kepler;
            };
        }
    }

    private static final double NA = Double.NaN;

    public static final List<DevMap> DEVMAP = List.of(
            new DevMap("static mapping", 0.588, 0.569, 1.00, 1.00, ""),
            new DevMap("Grewe et al. 2013", 0.734, 0.729, 2.91, 1.26, ""),
            new DevMap("DeepTune 2017", 0.837, 0.803, 3.34, 1.41, ""),
            new DevMap("inst2vec / NCC 2018", 0.828, 0.818, 3.42, 1.39, ""),
            new DevMap("IR2Vec flow-aware 2020", 0.928, 0.897, 3.51, 1.47, "669 rows"),
            new DevMap("ProGraML 2021", 0.866, 0.800, NA, NA, "own 80/10/10 protocol"),
            new DevMap("PERFOGRAPH 2023", 0.94, 0.90, NA, NA, "repeated random 90/10"));

    /** The oracle's mean speedup over the static mapping. */
    public static double devMapOracleSpeedup(DevMapPlatform platform) {
        return platform == DevMapPlatform.AMD ? 3.64 : 1.53;
    }

    public static final List<Coarsening> THREAD_COARSENING = List.of(
            new Coarsening("Magni et al. 2014", 1.21, 1.01, 0.86, 0.94),
            new Coarsening("DeepTune", 1.10, 1.05, 1.10, 0.99),
            new Coarsening("DeepTune + transfer learning", 1.17, 1.23, 1.14, 0.93),
            new Coarsening("inst2vec / NCC", 1.25, 1.07, 1.02, 1.03),
            new Coarsening("IR2Vec flow-aware", 1.24, 1.30, 1.26, 1.16));

    /** The oracle's mean speedup over factor 1 per GPU. */
    public static double coarseningOracleSpeedup(Gpu gpu) {
        return switch (gpu) {
            case CYPRESS -> 1.50;
            case TAHITI -> 1.40;
            case FERMI -> 1.34;
            case KEPLER -> 1.18;
        };
    }
}
