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
 * @param baseEmbeddings per file its program embedding by the base encoder (the frozen embedding the first stage
 *                  of fine-tuning trains the head on), or null to compute them when needed
 */
public record TaskItems(List<Path> files, List<EncoderInput> inputs, int[] itemOfRow, float[][] baseEmbeddings) {

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
        return new TaskItems(List.copyOf(files), List.copyOf(inputs), itemOfRow, null);
    }

    /**
     * These items with their base embeddings taken from {@code method} (the base encoder as an embedding method,
     * so that the vectors are the frozen evaluation's own, from its disk cache when they are there).
     */
    public TaskItems withBaseEmbeddings(org.mire.embed.EmbeddingMethod method, ProgressMonitor monitor)
            throws MireException {
        Map<Path, float[]> vectors = org.mire.task.InputMatrix.embedFiles(files, method, monitor);
        float[][] embeddings = files.stream().map(vectors::get).toArray(float[][]::new);
        return new TaskItems(files, inputs, itemOfRow, embeddings);
    }

    public int size() {
        return inputs.size();
    }
}
