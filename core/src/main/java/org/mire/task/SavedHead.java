package org.mire.task;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.MireVersion;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.Provenance;
import org.mire.io.AtomicFiles;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;

/**
 * A trained head on disk: a folder with {@code head.json} (format version, task, classes, input layout, the
 * embedding it was trained on — method id, fingerprint and model hash —, hyper-parameters and metrics) and
 * {@code model.bin} (the standardiser and model, Java-serialised and read back through a class filter).
 * Loading it for use with a different embedding model is refused.
 *
 * @param task          task name
 * @param kind          classification or regression
 * @param classes       class names (classification)
 * @param featureNames  extra feature columns after the embedding, in order
 * @param embedding     the embedding the head was trained on; null when it uses extra features only
 * @param head          the fitted head
 * @param metrics       evaluation metrics recorded at training time (name → value)
 * @param createdAt     ISO-8601 instant
 * @param mireVersion   version of the workbench that trained it
 */
public record SavedHead(String task, TaskKind kind, List<String> classes, List<String> featureNames,
                        EmbeddingInfo embedding, TrainedHead head, Map<String, Double> metrics, String createdAt,
                        String mireVersion) {
    public static final int FORMAT_VERSION = 1;
    public static final String JSON = "head.json";
    public static final String MODEL = "model.bin";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();
    /** Only our head classes, Smile's models and plain JDK values may be deserialised from a head file. */
    private static final List<String> ALLOWED_PACKAGES = List.of("org.mire.task.head.", "org.mire.task.TaskKind", "smile.", "java.lang.",
            "java.util.");

    /**
     * The embedding a head was trained on.
     *
     * @param method      the method's name as {@link EmbeddingChoice#resolve} takes it
     * @param fingerprint {@link EmbeddingMethod#fingerprint()}: what must match to use the head
     * @param modelHash   the model weights' SHA-256 (or the configuration hash of a non-learned method)
     * @param dimension   vector length
     */
    public record EmbeddingInfo(String method, String fingerprint, String modelHash, int dimension) {
        public static EmbeddingInfo of(EmbeddingMethod method) {
            Provenance provenance = method.provenance("module");
            return new EmbeddingInfo(EmbeddingChoice.nameOf(method), method.fingerprint(), provenance.modelHash(),
                    method.dimension());
        }

        EmbeddingInfo withMethod(String name) {
            return new EmbeddingInfo(name, fingerprint, modelHash, dimension);
        }
    }

    public SavedHead {
        classes = List.copyOf(classes);
        featureNames = List.copyOf(featureNames);
        metrics = Map.copyOf(metrics);
    }

    public static SavedHead of(TaskData data, EmbeddingMethod method, TrainedHead head, Map<String, Double> metrics) {
        return new SavedHead(data.name(), data.kind(), data.classes(), data.featureNames(),
                method == null ? null : EmbeddingInfo.of(method), head, metrics, Instant.now().toString(),
                MireVersion.version());
    }

    /** Writes the folder (each file written to a temporary name, then renamed). */
    public void save(Path folder) throws MireException {
        try {
            Files.createDirectories(folder);
            JsonObject json = new JsonObject();
            json.addProperty("format", "mire-head");
            json.addProperty("version", FORMAT_VERSION);
            json.addProperty("task", task);
            json.addProperty("kind", kind.name().toLowerCase());
            json.add("classes", GSON.toJsonTree(classes));
            json.add("featureNames", GSON.toJsonTree(featureNames));
            json.add("embedding", embedding == null ? null : GSON.toJsonTree(relativeTo(folder, embedding)));
            json.addProperty("inputDimension", head.inputDimension());
            json.addProperty("head", head.spec().toString());
            json.add("hyperParameters", GSON.toJsonTree(head.spec().resolved()));
            json.add("metrics", GSON.toJsonTree(metrics));
            json.addProperty("createdAt", createdAt);
            json.addProperty("mireVersion", mireVersion);
            // The model first: a head.json always describes a complete model.bin beside it.
            AtomicFiles.write(folder.resolve(MODEL), out -> {
                ObjectOutputStream objects = new ObjectOutputStream(out);
                objects.writeObject(head);
                objects.flush();
            });
            AtomicFiles.writeString(folder.resolve(JSON), GSON.toJson(json) + "\n");
        } catch (IOException e) {
            throw new MireException(folder + ": cannot save the head: " + e.getMessage(), e);
        }
    }

    /** Reads a head folder written by {@link #save}. */
    public static SavedHead load(Path folder) throws MireException {
        Path jsonFile = folder.resolve(JSON);
        if (!Files.isRegularFile(jsonFile)) {
            throw new MireException(folder + ": not a saved head (no " + JSON + ")");
        }
        JsonObject json;
        try {
            json = GSON.fromJson(Files.readString(jsonFile, StandardCharsets.UTF_8), JsonObject.class);
        } catch (IOException | JsonParseException e) {
            throw new MireException(jsonFile + ": unreadable head description: " + e.getMessage(), e);
        }
        if (json == null || !json.has("format") || !"mire-head".equals(json.get("format").getAsString())) {
            throw new MireException(jsonFile + ": not a MIRE head description");
        }
        int version = json.get("version").getAsInt();
        if (version != FORMAT_VERSION) {
            throw new MireException(jsonFile + ": head format version " + version + "; this workbench reads version "
                    + FORMAT_VERSION);
        }
        TrainedHead head;
        Path modelFile = folder.resolve(MODEL);
        try (InputStream in = Files.newInputStream(modelFile);
             ObjectInputStream objects = new ObjectInputStream(new java.io.BufferedInputStream(in))) {
            String[] rejected = new String[1];
            objects.setObjectInputFilter(info -> {
                Class<?> type = info.serialClass();
                while (type != null && type.isArray()) {
                    type = type.getComponentType();
                }
                if (info.depth() > 200) {
                    return ObjectInputFilter.Status.REJECTED;
                }
                if (type == null || type.isPrimitive()
                        || ALLOWED_PACKAGES.stream().anyMatch(type.getName()::startsWith)) {
                    return ObjectInputFilter.Status.UNDECIDED;
                }
                rejected[0] = type.getName();
                return ObjectInputFilter.Status.REJECTED;
            });
            try {
                head = (TrainedHead) objects.readObject();
            } catch (java.io.InvalidClassException e) {
                throw new MireException(modelFile + ": refusing to load class " + rejected[0]
                        + " from a head file", e);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MireException(modelFile + ": missing model file of the head");
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new MireException(modelFile + ": cannot read the model (saved by another version?): "
                    + e.getMessage(), e);
        }
        try {
            @SuppressWarnings("unchecked")
            List<String> classes = GSON.fromJson(json.get("classes"), List.class);
            @SuppressWarnings("unchecked")
            List<String> features = GSON.fromJson(json.get("featureNames"), List.class);
            EmbeddingInfo embedding = json.has("embedding") && !json.get("embedding").isJsonNull()
                    ? resolvedIn(folder, GSON.fromJson(json.get("embedding"), EmbeddingInfo.class)) : null;
            Map<String, Double> metrics = new java.util.TreeMap<>();
            json.getAsJsonObject("metrics").entrySet().forEach(e -> metrics.put(e.getKey(),
                    e.getValue().getAsDouble()));
            TaskKind kind = TaskKind.valueOf(json.get("kind").getAsString().toUpperCase());
            int expected = (embedding == null ? 0 : embedding.dimension()) + features.size();
            if (head.inputDimension() != expected) {
                throw new MireException(jsonFile + ": the model takes " + head.inputDimension()
                        + " inputs but the description lists " + expected);
            }
            return new SavedHead(json.get("task").getAsString(), kind, classes, features, embedding, head, metrics,
                    json.get("createdAt").getAsString(), json.get("mireVersion").getAsString());
        } catch (RuntimeException e) {
            throw new MireException(jsonFile + ": incomplete head description: " + e.getMessage(), e);
        }
    }

    /**
     * An encoder model kept inside the head's folder (a fine-tuned encoder in {@code encoder/}) is recorded by its
     * path relative to the folder, so that the folder can be moved or copied as a whole.
     */
    private static EmbeddingInfo relativeTo(Path folder, EmbeddingInfo info) {
        Path model = encoderPath(info);
        if (model == null || !model.isAbsolute()) {
            return info;
        }
        Path base = folder.toAbsolutePath().normalize();
        Path normalized = model.normalize();
        if (!normalized.startsWith(base) || normalized.equals(base)) {
            return info;
        }
        return info.withMethod(EmbeddingChoice.ENCODER + ":" + base.relativize(normalized));
    }

    /** The reverse of {@link #relativeTo}: a relative encoder path that exists inside the folder becomes absolute. */
    private static EmbeddingInfo resolvedIn(Path folder, EmbeddingInfo info) {
        Path model = encoderPath(info);
        if (model == null || model.isAbsolute() || !Files.isDirectory(folder.resolve(model))) {
            return info;
        }
        return info.withMethod(EmbeddingChoice.ENCODER + ":" + folder.resolve(model).toAbsolutePath().normalize());
    }

    private static Path encoderPath(EmbeddingInfo info) {
        String prefix = EmbeddingChoice.ENCODER + ":";
        if (info.method() == null || !info.method().startsWith(prefix)) {
            return null;
        }
        try {
            return Path.of(info.method().substring(prefix.length()));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * Checks that inputs will come from the same embedding model the head was trained on.
     *
     * @param method the embedding method chosen now, or null for none
     * @throws MireException naming both models when they differ
     */
    public void requireEmbedding(EmbeddingMethod method) throws MireException {
        if (embedding == null && method == null) {
            return;
        }
        if (embedding == null) {
            throw new MireException("this head (" + task + ") was trained without an embedding; do not choose one ("
                    + method.id() + ")");
        }
        if (method == null) {
            throw new MireException("this head (" + task + ") needs embeddings of " + embedding.method()
                    + " (model " + shortHash(embedding.modelHash()) + ")");
        }
        if (!embedding.fingerprint().equals(method.fingerprint())) {
            String now = method.provenance("module").modelHash();
            throw new MireException("this head (" + task + ") was trained on embeddings of " + embedding.method()
                    + " (model " + shortHash(embedding.modelHash()) + "), but the embedding now is " + method.id()
                    + " (model " + shortHash(now) + "); use the same model or retrain the head");
        }
    }

    private static String shortHash(String hash) {
        return hash == null ? "?" : hash.length() > 12 ? hash.substring(0, 12) : hash;
    }

    public HeadSpec spec() {
        return head.spec();
    }
}
