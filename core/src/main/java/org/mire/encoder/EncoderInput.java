package org.mire.encoder;

/**
 * What the encoder reads for one function or module: its token ids (without [CLS]/[SEP]; long sequences are
 * chunked when encoded), its graph, and for pre-training its group: the same function (source file and name) at
 * any optimisation level shares a group, whose members are positives of the contrastive loss.
 */
public record EncoderInput(int[] tokens, GraphInput graph, long group) {
    /** The group of an input that is not known to be a variant of any other. */
    public static final long NO_GROUP = Long.MIN_VALUE;

    public EncoderInput(int[] tokens, GraphInput graph) {
        this(tokens, graph, NO_GROUP);
    }

    /** This input as a member of {@code group}. */
    public EncoderInput inGroup(long value) {
        return new EncoderInput(tokens, graph, value);
    }

    /** A stable group id for a function of a source (the same at every optimisation level). */
    public static long groupOf(String source, String function) {
        byte[] bytes = (source + '\u0000' + function).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.nio.ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
