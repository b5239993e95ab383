package org.mire.encoder;

/**
 * What the encoder reads for one function or module: its token ids (without [CLS]/[SEP]; long sequences are
 * chunked when encoded) and its graph.
 */
public record EncoderInput(int[] tokens, GraphInput graph) {
}
