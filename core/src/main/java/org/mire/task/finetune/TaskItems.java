package org.mire.task.finetune;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.encoder.EncoderInput;
import org.mire.encoder.Featuriser;
import org.mire.ir.IrLoader;
import org.mire.progress.ProgressMonitor;
import org.mire.task.TaskData;

/**
 * The encoder inputs of a task: each distinct IR file of its rows read once and featurised as a whole module (the
 * item the frozen evaluation embeds too), and for every row the index of its item.
 *
 * @param files     the distinct files, in order of first use
 * @param inputs    their encoder inputs, in the same order
 * @param itemOfRow per data row, the index of its file
 */
public record TaskItems(List<Path> files, List<EncoderInput> inputs, int[] itemOfRow) {

    public static TaskItems of(TaskData data, Featuriser featuriser, ProgressMonitor monitor) throws MireException {
        Map<Path, Integer> index = new LinkedHashMap<>();
        int[] itemOfRow = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            Path file = data.files().get(i);
            if (file == null) {
                throw new MireException(data.name() + ": row " + data.ids().get(i)
                        + " has no IR file; fine-tuning needs one per row");
            }
            itemOfRow[i] = index.computeIfAbsent(file, f -> index.size());
        }
        List<Path> files = new ArrayList<>(index.keySet());
        List<EncoderInput> inputs = new ArrayList<>(files.size());
        for (int k = 0; k < files.size(); k++) {
            monitor.checkCancelled();
            inputs.add(featuriser.module(IrLoader.load(files.get(k))));
            monitor.progress(k + 1, files.size(), "reading " + files.get(k).getFileName());
        }
        return new TaskItems(List.copyOf(files), List.copyOf(inputs), itemOfRow);
    }

    public int size() {
        return inputs.size();
    }
}
