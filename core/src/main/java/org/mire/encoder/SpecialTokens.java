package org.mire.encoder;

/** Ids of the special tokens every vocabulary starts with (in this order, ids 0..4). */
public final class SpecialTokens {
    public static final int PAD = 0;
    public static final int UNK = 1;
    public static final int CLS = 2;
    public static final int SEP = 3;
    public static final int MASK = 4;
    public static final int COUNT = 5;
    /** Their spellings as the first five lines of {@code vocab.txt}. */
    public static final java.util.List<String> NAMES = java.util.List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private SpecialTokens() {
    }
}
