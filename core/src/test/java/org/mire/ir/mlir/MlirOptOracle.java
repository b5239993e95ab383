package org.mire.ir.mlir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.tools.ExternalTool;

/**
 * mlir-opt-16's own view of a file, for comparing our parse against: the nesting tree printed by its
 * {@code --test-print-nesting} pass (every op with its operand/result/region counts, every block with its
 * argument/successor/op counts), and the generic form.
 */
final class MlirOptOracle {
    private static final Pattern OP = Pattern.compile("visiting op: '([^']*)' with (\\d+) operands and (\\d+) results");
    private static final Pattern REGIONS = Pattern.compile("^\\s*(\\d+) nested regions:");
    private static final Pattern REGION = Pattern.compile("^\\s*Region with (\\d+) blocks:");
    private static final Pattern BLOCK = Pattern.compile(
            "^\\s*Block with (\\d+) arguments, (\\d+) successors, and (\\d+) operations");

    record OpNode(String name, int operands, int results, List<RegionNode> regions) {
    }

    record RegionNode(List<BlockNode> blocks) {
    }

    record BlockNode(int arguments, int successors, List<OpNode> operations) {
    }

    private MlirOptOracle() {
    }

    static boolean available() {
        return ExternalTool.MLIR_OPT.isAvailable();
    }

    static OpNode nesting(Path file) throws Exception {
        String out = run(List.of(file.toString(), "--test-print-nesting", "-o", "/dev/null"), true);
        Reader reader = new Reader(out.split("\n"));
        return reader.op();
    }

    static String generic(Path file) throws Exception {
        return run(List.of(file.toString(), "--mlir-print-op-generic"), false);
    }

    private static String run(List<String> args, boolean stderr) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ExternalTool.MLIR_OPT.require().toString());
        command.addAll(args);
        Path out = Files.createTempFile("mlir-opt", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.to(out.toFile()));
            if (stderr) {
                builder.redirectErrorStream(true);   // the nesting printer writes to stdout or stderr by version
            } else {
                builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            }
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("mlir-opt failed on " + args);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static final class Reader {
        private final String[] lines;
        private int i;

        Reader(String[] lines) {
            this.lines = lines;
        }

        private Matcher next(Pattern pattern) {
            while (i < lines.length) {
                Matcher m = pattern.matcher(lines[i++]);
                if (m.find()) {
                    return m;
                }
            }
            throw new IllegalStateException("mlir-opt nesting output ended early, looking for " + pattern);
        }

        OpNode op() {
            Matcher op = next(OP);
            int regionCount = Integer.parseInt(next(REGIONS).group(1));
            List<RegionNode> regions = new ArrayList<>();
            for (int r = 0; r < regionCount; r++) {
                int blockCount = Integer.parseInt(next(REGION).group(1));
                List<BlockNode> blocks = new ArrayList<>();
                for (int b = 0; b < blockCount; b++) {
                    Matcher block = next(BLOCK);
                    int ops = Integer.parseInt(block.group(3));
                    List<OpNode> operations = new ArrayList<>();
                    for (int o = 0; o < ops; o++) {
                        operations.add(op());
                    }
                    blocks.add(new BlockNode(Integer.parseInt(block.group(1)), Integer.parseInt(block.group(2)),
                            operations));
                }
                regions.add(new RegionNode(blocks));
            }
            return new OpNode(op.group(1), Integer.parseInt(op.group(2)), Integer.parseInt(op.group(3)), regions);
        }
    }
}
