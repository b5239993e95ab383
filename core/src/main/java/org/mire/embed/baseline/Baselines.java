package org.mire.embed.baseline;

import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;

/**
 * The non-learned embedding methods by name: {@code opcode-histogram}, {@code ir2vec-style[:DIM]},
 * {@code ir2vec-symbolic[:DIM]} (LLVM IR), {@code op-histogram} (any IR, via the program graph).
 */
public final class Baselines {
    public static final List<String> NAMES = List.of(OpcodeHistogram.ID, Ir2VecStyle.ID, Ir2VecStyle.SYMBOLIC_ID,
            GraphOpHistogram.ID);

    private Baselines() {
    }

    public static boolean isBaseline(String name) {
        String base = name.toLowerCase(Locale.ROOT).split(":", 2)[0];
        return NAMES.contains(base);
    }

    /** The baseline with this name; {@code ir2vec-style:100} picks the dimension. */
    public static EmbeddingMethod of(String name) throws MireException {
        String[] parts = name.toLowerCase(Locale.ROOT).split(":", 2);
        int dimension = Ir2VecStyle.DEFAULT_DIMENSION;
        if (parts.length > 1) {
            try {
                dimension = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new MireException("embedding '" + name + "': the dimension after ':' must be a number");
            }
            if (dimension < 2 || dimension > 4096) {
                throw new MireException("embedding '" + name + "': dimension must be between 2 and 4096");
            }
        }
        return switch (parts[0]) {
            case OpcodeHistogram.ID -> {
                if (parts.length > 1) {
                    throw new MireException("embedding '" + name + "': the opcode histogram has a fixed dimension");
                }
                yield new OpcodeHistogram();
            }
            case Ir2VecStyle.ID -> new Ir2VecStyle(dimension, true);
            case GraphOpHistogram.ID -> {
                if (parts.length > 1) {
                    throw new MireException("embedding '" + name + "': the op histogram has a fixed dimension");
                }
                yield new GraphOpHistogram();
            }
            case Ir2VecStyle.SYMBOLIC_ID -> new Ir2VecStyle(dimension, false);
            default -> throw new MireException("unknown baseline embedding '" + name + "'; use "
                    + String.join(", ", NAMES));
        };
    }
}
