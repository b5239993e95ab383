package org.mire.encoder;

/**
 * Architecture hyper-parameters of the encoder; saved in a model directory's {@code config.json} and checked on
 * load. Everything that changes the shape of a weight is here.
 *
 * @param vocabularySize  number of token ids (including the specials 0..4)
 * @param width           hidden width of both encoders
 * @param heads           attention heads of the text encoder
 * @param textLayers      pre-LN transformer layers
 * @param feedForward     inner width of the transformer's feed-forward block
 * @param maxTokens       longest token sequence one text row may hold, [CLS] and [SEP] included
 * @param graphLayers     relational message-passing layers
 * @param positionBuckets edge positions are embedded as min(position, positionBuckets - 1)
 * @param nodeTokens      token ids kept per node text (its first tokens; averaged into the node's first vector)
 * @param embeddingSize   dimension of the projected text, graph and fused embeddings
 * @param temperature     softmax temperature of text–graph matching
 */
public record EncoderConfig(int vocabularySize, int width, int heads, int textLayers, int feedForward, int maxTokens,
                            int graphLayers, int positionBuckets, int nodeTokens, int embeddingSize,
                            float temperature) {

    /** Number of flows the graph encoder distinguishes: control, data, call. */
    public static final int FLOWS = 3;
    /** Relations: each flow forward and backward. */
    public static final int RELATIONS = 2 * FLOWS;
    /** Node kinds: instruction, variable, constant, type. */
    public static final int NODE_KINDS = 4;

    public EncoderConfig {
        if (vocabularySize <= SpecialTokens.COUNT) {
            throw new IllegalArgumentException("vocabulary of " + vocabularySize + " has no room beyond the specials");
        }
        if (width <= 0 || heads <= 0 || width % heads != 0) {
            throw new IllegalArgumentException("width " + width + " must be a positive multiple of heads " + heads);
        }
        if (textLayers < 1 || graphLayers < 1 || feedForward < 1 || maxTokens < 4 || positionBuckets < 1
                || nodeTokens < 1 || embeddingSize < 1 || !(temperature > 0)) {
            throw new IllegalArgumentException("invalid encoder configuration");
        }
    }

    /** The same architecture with another vocabulary size (a vocabulary grown at its end). */
    public EncoderConfig withVocabularySize(int size) {
        return new EncoderConfig(size, width, heads, textLayers, feedForward, maxTokens, graphLayers, positionBuckets,
                nodeTokens, embeddingSize, temperature);
    }

    /** The configuration of the shipped model (sized to train on 2 CPU cores in a few hours). */
    public static EncoderConfig standard(int vocabularySize) {
        return new EncoderConfig(vocabularySize, 192, 4, 3, 576, 256, 3, 8, 4, 128, 0.1f);
    }

    /** A very small model for tests. */
    public static EncoderConfig tiny(int vocabularySize) {
        return new EncoderConfig(vocabularySize, 32, 2, 1, 64, 32, 2, 4, 3, 16, 0.2f);
    }
}
