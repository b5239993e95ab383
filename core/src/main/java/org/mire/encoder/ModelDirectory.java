package org.mire.encoder;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mire.MireException;

/**
 * A model directory: {@code encoder.pt} (the TorchScript module with its weights, see docs/formats.md),
 * {@code config.json} (format, architecture, vocabulary and module SHA-256, training summary), {@code vocab.txt}
 * (one token per line, line n = id n), and a model card {@code README.md}. Reading verifies both hashes and the
 * vocabulary before the module is loaded. The Python trainer ({@code training/mire_training/export.py}) writes the
 * same layout.
 */
public final class ModelDirectory {
    public static final String MODULE = EncoderModel.MODULE;
    public static final String CONFIG = "config.json";
    public static final String VOCABULARY = "vocab.txt";
    public static final String CARD = "README.md";
    /** Version of the directory format; bumped when a reader of the old one would misread the new one. */
    public static final int FORMAT = 2;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    /**
     * The contents of {@code config.json}.
     *
     * @param format         directory format version
     * @param kind           always {@code mirencoder}
     * @param architecture   the hyper-parameters
     * @param vocabSha256    SHA-256 of {@code vocab.txt}
     * @param weightsSha256  SHA-256 of {@code encoder.params}
     * @param parameters     number of trainable scalars
     * @param engine         engine the weights were written with
     * @param training       how the weights were made (null for an untrained model)
     * @param lineage        the models these weights were derived from, oldest first (absent or empty for a model
     *                       trained from random weights); readers of format 1 without it ignore it
     */
    public record Manifest(int format, String kind, EncoderConfig architecture, String vocabSha256,
                           String weightsSha256, long parameters, String engine, TrainingSummary training,
                           List<Derivation> lineage) {
        public Manifest {
            lineage = lineage == null ? List.of() : List.copyOf(lineage);
        }
    }

    /**
     * One step from a base model to this one.
     *
     * @param how                  {@link #EXTENDED} (vocabulary grown, no training) or {@link #FINE_TUNED}
     * @param baseWeightsSha256    SHA-256 of the base model's {@code encoder.params}
     * @param baseVocabSha256      SHA-256 of the base model's {@code vocab.txt}
     * @param baseVocabularySize   its number of token ids; ids below it mean the same token in both models
     * @param base                 where the base model was read from
     * @param note                 what was done, in words
     */
    public record Derivation(String how, String baseWeightsSha256, String baseVocabSha256, int baseVocabularySize,
                             String base, String note) {
        public static final String EXTENDED = "vocabulary-extended";
        public static final String FINE_TUNED = "fine-tuned";
    }

    /**
     * How the weights were trained.
     *
     * @param metrics final validation metrics by name ({@code mlm_acc}, {@code edge_auc}, {@code node_acc},
     *                {@code match_acc}, ...)
     */
    public record TrainingSummary(String corpus, int trainItems, int validationItems, int epochs, long steps,
                                  long seed, String lossWeights, double seconds, String device, String hardware,
                                  long functionsSeen, long tokensSeen, long nodesSeen, Map<String, Double> metrics) {
    }

    private ModelDirectory() {
    }

    /** Writes weights, vocabulary and config (weights first, config last, so a half-written directory fails). */
    public static Manifest write(Path dir, EncoderModel model, List<String> vocabulary, String engine,
                                 TrainingSummary training) throws MireException {
        return write(dir, model, vocabulary, engine, training, List.of());
    }

    /** {@link #write(Path, EncoderModel, List, String, TrainingSummary)} for a model derived from others. */
    public static Manifest write(Path dir, EncoderModel model, List<String> vocabulary, String engine,
                                 TrainingSummary training, List<Derivation> lineage) throws MireException {
        try {
            Files.createDirectories(dir);
            String weightsHash = model.save(dir.resolve(MODULE));
            byte[] vocab = (String.join("\n", vocabulary) + "\n").getBytes(StandardCharsets.UTF_8);
            writeAtomically(dir.resolve(VOCABULARY), vocab);
            Manifest manifest = new Manifest(FORMAT, "mirencoder", model.config(), sha256(vocab), weightsHash,
                    model.parameterCount(), engine, training, lineage);
            writeAtomically(dir.resolve(CONFIG), GSON.toJson(manifest).getBytes(StandardCharsets.UTF_8));
            return manifest;
        } catch (IOException e) {
            throw new MireException(dir + ": cannot write the model: " + e.getMessage(), e);
        }
    }

    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        org.mire.io.AtomicFiles.writeBytes(file, bytes);
    }

    /** Reads and verifies {@code config.json}, {@code vocab.txt} and the weights' SHA-256. */
    public static Manifest read(Path dir) throws MireException {
        if (!Files.isDirectory(dir)) {
            throw new MireException(dir + ": no such model directory");
        }
        Path configFile = dir.resolve(CONFIG);
        Manifest manifest;
        try {
            manifest = GSON.fromJson(Files.readString(configFile), Manifest.class);
        } catch (NoSuchFileException e) {
            throw new MireException(configFile + ": missing; a model directory holds " + MODULE + ", " + CONFIG
                    + " and " + VOCABULARY);
        } catch (IOException | JsonParseException e) {
            throw new MireException(configFile + ": not a valid model configuration: " + e.getMessage(), e);
        }
        if (manifest == null || manifest.architecture() == null || manifest.weightsSha256() == null
                || manifest.vocabSha256() == null) {
            throw new MireException(configFile + ": incomplete model configuration (architecture, weightsSha256 and "
                    + "vocabSha256 are required)");
        }
        if (manifest.format() == 1 && "mirencoder".equals(manifest.kind())) {
            throw new MireException(configFile + ": a model of format 1 (DJL parameters in encoder.params, made "
                    + "before 2026-12): this build runs TorchScript models (format " + FORMAT + ", encoder.pt); "
                    + "use the shipped model or retrain (training/README.md)");
        }
        if (manifest.format() != FORMAT || !"mirencoder".equals(manifest.kind())) {
            throw new MireException(configFile + ": model format " + manifest.kind() + " v" + manifest.format()
                    + " is not supported (this build reads mirencoder v" + FORMAT + ")");
        }
        try {
            new EncoderConfig(manifest.architecture().vocabularySize(), manifest.architecture().width(),
                    manifest.architecture().heads(), manifest.architecture().textLayers(),
                    manifest.architecture().feedForward(), manifest.architecture().maxTokens(),
                    manifest.architecture().graphLayers(), manifest.architecture().positionBuckets(),
                    manifest.architecture().nodeTokens(), manifest.architecture().embeddingSize(),
                    manifest.architecture().temperature());
        } catch (IllegalArgumentException e) {
            throw new MireException(configFile + ": invalid architecture: " + e.getMessage());
        }
        Path vocabFile = dir.resolve(VOCABULARY);
        String vocabHash = sha256(vocabFile);
        if (!vocabHash.equals(manifest.vocabSha256())) {
            throw new MireException(vocabFile + ": SHA-256 mismatch (file " + vocabHash + ", config.json expects "
                    + manifest.vocabSha256() + "); this vocabulary does not belong to these weights");
        }
        List<String> vocabulary = readVocabulary(vocabFile);
        if (vocabulary.size() != manifest.architecture().vocabularySize()) {
            throw new MireException(vocabFile + ": " + vocabulary.size() + " tokens but the model was built for "
                    + manifest.architecture().vocabularySize());
        }
        Path weights = dir.resolve(MODULE);
        String weightsHash = sha256(weights);
        if (!weightsHash.equals(manifest.weightsSha256())) {
            throw new MireException(weights + ": SHA-256 mismatch (file " + weightsHash + ", config.json expects "
                    + manifest.weightsSha256() + "); the weights are corrupt or were replaced");
        }
        return manifest;
    }

    /** The tokens of a vocabulary file; the first five must be the specials in order. */
    public static List<String> readVocabulary(Path file) throws MireException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MireException(file + ": missing vocabulary");
        } catch (IOException e) {
            throw new MireException(file + ": cannot read the vocabulary: " + e.getMessage(), e);
        }
        if (lines.size() < SpecialTokens.COUNT || !lines.subList(0, SpecialTokens.COUNT).equals(SpecialTokens.NAMES)) {
            throw new MireException(file + ":1: a vocabulary must start with " + String.join(" ", SpecialTokens.NAMES));
        }
        return lines;
    }

    public static String sha256(Path file) throws MireException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            throw new MireException(file + ": missing");
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
