package org.mire.app.embeddingexplorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.encoder.MirEncoderMethod;
import org.mire.encoder.ModelDirectory;
import org.mire.encoder.device.DeviceRequest;
import org.mire.encoder.device.Engines;
import org.mire.task.EmbeddingChoice;

/**
 * The embedding methods the explorer offers in its menu. {@link #standard} is the one list both the standalone
 * window ({@code mire explore}) and the workbench use; imported vectors need no entry.
 */
public final class MethodCatalog {
    public static final String SHIPPED = "MIREncoder (shipped)";
    public static final String FROM_FOLDER = "MIREncoder from folder…";
    public static final String OPCODE_HISTOGRAM = "opcode-histogram";
    public static final String IR2VEC_STYLE = "ir2vec-style (300-d)";
    public static final String OP_HISTOGRAM = "op-histogram (LLVM IR and MLIR)";

    private final List<MethodChoice> choices = new ArrayList<>();

    public MethodCatalog register(MethodChoice choice) {
        choices.add(choice);
        return this;
    }

    public List<MethodChoice> choices() {
        return List.copyOf(choices);
    }

    /**
     * The choice a command line names: its menu name, or the short names {@code mirencoder} (the shipped model),
     * {@code mirencoder:DIR} (a model folder), {@code opcode-histogram}, {@code ir2vec-style}, {@code op-histogram}.
     */
    public MethodChoice find(String key) throws MireException {
        String k = key.strip();
        if (k.toLowerCase(java.util.Locale.ROOT).startsWith(MirEncoderMethod.ID + ":")) {
            MethodChoice folder = modelFolder(Path.of(k.substring(MirEncoderMethod.ID.length() + 1)));
            for (MethodChoice choice : choices) {
                if (choice.name().equals(folder.name())) {
                    return choice;
                }
            }
            register(folder);
            return folder;
        }
        String wanted = k.equalsIgnoreCase(MirEncoderMethod.ID) ? SHIPPED : k;
        for (MethodChoice choice : choices) {
            if (!choice.asksForFolder() && (choice.name().equalsIgnoreCase(wanted)
                    || choice.name().toLowerCase(java.util.Locale.ROOT).startsWith(
                            wanted.toLowerCase(java.util.Locale.ROOT) + " "))) {
                return choice;
            }
        }
        throw new MireException("unknown method '" + key + "'; use mirencoder, mirencoder:DIR, opcode-histogram, "
                + "ir2vec-style, op-histogram");
    }

    /**
     * The shipped encoder (from {@code shippedModel}, the {@code models/} folder), the model-folder entry, then the
     * baselines; the names resolve through {@link EmbeddingChoice} like every task command's {@code --embedding}.
     */
    public static MethodCatalog standard(Path shippedModel) {
        return new MethodCatalog()
                .register(new MethodChoice(SHIPPED, true, device -> encoder(shippedModel, device)))
                .register(new MethodChoice(FROM_FOLDER, true, true, device -> {
                    throw new MireException("choose a model folder first");
                }))
                .register(baseline(OPCODE_HISTOGRAM, "opcode-histogram"))
                .register(baseline(IR2VEC_STYLE, "ir2vec-style"))
                .register(baseline(OP_HISTOGRAM, "op-histogram"));
    }

    /** A choice for another trained model folder; checks that the folder holds a model before offering it. */
    public static MethodChoice modelFolder(Path directory) throws MireException {
        ModelDirectory.read(directory);
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return new MethodChoice("MIREncoder: " + (name == null ? directory : name), true, false,
                device -> encoder(directory, device), directory);
    }

    private static MethodChoice baseline(String label, String name) {
        return new MethodChoice(label, false, device -> EmbeddingChoice.resolve(name));
    }

    /**
     * The encoder on the requested device ({@code cpu}, {@code gpu}, {@code gpu:N}): a GPU that the engine does not
     * see is an error naming what it sees, never a silent switch to the CPU (docs/gpu.md).
     */
    static EmbeddingMethod encoder(Path directory, String device) throws MireException {
        ModelDirectory.read(directory);
        DeviceRequest request = DeviceRequest.parse(device == null ? "cpu" : device);
        if (request.kind() == DeviceRequest.Kind.AUTO) {
            throw new MireException("device: choose cpu or a GPU for the explorer, not auto");
        }
        DeviceRequest.Selection selection = Engines.select(request, null);
        return EmbeddingChoice.encoder(directory, selection.device(), EmbeddingChoice.DEFAULT_BATCH);
    }
}
