package org.mire.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * The Predict panel: the head, the inputs (IR files, with the extra features a head such as DevMap's needs) and the
 * last predictions.
 *
 * @param headFolder the loaded head, or null
 * @param inputs     the files to predict, in the list's order
 * @param rows       the last predictions, one per input (failed inputs carry their error)
 */
public record PredictState(Path headFolder, List<Input> inputs, List<Row> rows) {

    public PredictState {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * @param file     the IR file
     * @param features the head's extra features in its order (empty when it needs none; NaN: not given yet)
     */
    public record Input(Path file, double[] features) {
    }

    /** A prediction as the table shows it; {@code error} is set (and the rest empty) when the file failed. */
    public record Row(Path file, String prediction, double probability, String probabilities, String error) {
    }
}
