package org.mire.encoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tiny synthetic "programs" with learnable structure: a chain of statements, each an opcode followed by the
 * opcodes of the statements it uses; the graph has one instruction node per statement, control edges along the
 * chain and data edges from each used statement. Text and graph of one program agree, so all losses have signal.
 * Programs come in pairs of variants (the second with its last token changed, as another optimisation level might
 * change a function) that share a group, so the contrastive loss has positives.
 */
final class ToyPrograms {
    static final int VOCABULARY = 24;
    static final int OPCODES = 8;

    private ToyPrograms() {
    }

    static List<EncoderInput> generate(int count, long seed, int tokensPerNode) {
        Random random = new Random(seed);
        List<EncoderInput> items = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int statements = 3 + random.nextInt(5);
            int[] opcode = new int[statements];
            List<Integer> tokens = new ArrayList<>();
            List<int[]> edges = new ArrayList<>();
            for (int s = 0; s < statements; s++) {
                opcode[s] = SpecialTokens.COUNT + random.nextInt(OPCODES);
                tokens.add(opcode[s]);
                if (s > 0) {
                    edges.add(new int[] {s - 1, s, 0, 0});
                    int used = random.nextInt(s);
                    tokens.add(opcode[used] + OPCODES);
                    edges.add(new int[] {used, s, 1, 0});
                }
                tokens.add(SpecialTokens.COUNT + 2 * OPCODES + (s % 3));
            }
            int[] kinds = new int[statements];
            int[] nodeTokens = new int[statements * tokensPerNode];
            for (int s = 0; s < statements; s++) {
                nodeTokens[s * tokensPerNode] = opcode[s];
            }
            int[] source = edges.stream().mapToInt(e -> e[0]).toArray();
            int[] target = edges.stream().mapToInt(e -> e[1]).toArray();
            int[] flow = edges.stream().mapToInt(e -> e[2]).toArray();
            int[] position = edges.stream().mapToInt(e -> e[3]).toArray();
            int[] text = tokens.stream().mapToInt(Integer::intValue).toArray();
            GraphInput graph = new GraphInput(kinds, nodeTokens, tokensPerNode, source, target, flow, position);
            items.add(new EncoderInput(text, graph, 1000 + p / 2));
            if (p % 2 == 1) {
                // The variant: its predecessor with the last token changed.
                EncoderInput first = items.get(p - 1);
                int[] changed = first.tokens().clone();
                int last = SpecialTokens.COUNT + 2 * OPCODES + 2;
                changed[changed.length - 1] = changed[changed.length - 1] == last ? last - 1 : last;
                items.set(p, new EncoderInput(changed, first.graph(), 1000 + p / 2));
            }
        }
        return items;
    }
}
