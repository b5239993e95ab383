package org.mire.viz.graph.layout;

import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.progress.ProgressMonitor;

/** Scratch timing (not a test). */
public class LayoutTiming {
    public static void main(String[] args) {
        for (String spec : args) {
            String[] parts = spec.split(":");
            LayoutAlgorithm algorithm = LayoutAlgorithm.valueOf(parts[0]);
            int n = Integer.parseInt(parts[1]);
            LayoutGraph input = ProgramGraphLayouts.input(SyntheticProgram.generate(n, 1).graph());
            for (int rep = 0; rep < 2; rep++) {
                long t = System.nanoTime();
                GraphLayout layout = algorithm.layout(input, ProgressMonitor.NONE);
                System.out.printf("%s %d nodes: %.3f s  %s%n", algorithm, input.nodeCount(), (System.nanoTime() - t) / 1e9, layout);
            }
        }
    }
}
