package org.mire.encoder;

import ai.djl.Device;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.mire.MireException;

/**
 * The committed tiny TorchScript module (resources {@code tiny-model/}, made by {@code python3 -m
 * mire_training.fixtures}): the encoder of the engine, training and model-directory tests, with the vocabulary of
 * {@link ToyPrograms}.
 */
final class TinyModel {
    static final EncoderConfig CONFIG = EncoderConfig.tiny(ToyPrograms.VOCABULARY);

    private TinyModel() {
    }

    static Path directory() {
        try {
            return Path.of(TinyModel.class.getResource("tiny-model").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The module with fresh weights from {@code seed}. */
    static EncoderModel create(long seed, boolean trainable) throws MireException {
        EncoderModel model = EncoderModel.load(CONFIG, Device.cpu(), directory().resolve(ModelDirectory.MODULE),
                trainable);
        model.resetParameters(seed);
        return model;
    }
}
