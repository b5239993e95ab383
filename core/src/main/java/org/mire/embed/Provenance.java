package org.mire.embed;

/**
 * Where a set of vectors came from, recorded with every embedding set so results can be reproduced.
 *
 * @param method      the embedding method's id ({@code mirencoder}, {@code opcode-histogram}, {@code imported}, ...)
 * @param modelHash   SHA-256 of the model weights (or of the method's configuration for non-learned methods)
 * @param engine      engine and version, e.g. {@code DJL 0.35.1 / PyTorch 2.7.1}, or {@code none}
 * @param device      {@code cpu}, {@code gpu:0}, or {@code none}
 * @param seed        random seed used, or 0
 * @param level       {@code module} or {@code function}
 * @param createdAt   ISO-8601 instant
 */
public record Provenance(String method, String modelHash, String engine, String device, long seed, String level,
                         String createdAt) {
}
