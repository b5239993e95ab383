package org.mire.costdata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mire.MireException;

/**
 * The targets of one variant: llvm-mca's simulation of the compiled code (total cycles, IPC, uops, uops per cycle,
 * block reciprocal throughput, register-file mappings) and static counts from llc's assembly (machine
 * instructions, spills and reloads, counted from llc's {@code # N-byte Spill} / {@code Reload} comments because
 * Debian's release build of {@code llc -stats} prints nothing).
 */
public record CostLabels(long cycles, double ipc, long uops, double uopsPerCycle, double blockRThroughput,
                         long registerMaxMappings, long registerTotalMappings, long machineInstructions, long spills,
                         long reloads) {

    /** Target column names, in CSV order. */
    public static final List<String> COLUMNS = List.of("cycles", "ipc", "uops", "uops_per_cycle",
            "block_rthroughput", "reg_max_mappings", "reg_total_mappings", "machine_instructions", "spills", "reloads");

    private static final Pattern ITERATIONS = Pattern.compile("(?m)^Iterations:\\s+(\\d+)");
    private static final Pattern INSTRUCTIONS = Pattern.compile("(?m)^Instructions:\\s+(\\d+)");
    private static final Pattern CYCLES = Pattern.compile("(?m)^Total Cycles:\\s+(\\d+)");
    private static final Pattern UOPS = Pattern.compile("(?m)^Total uOps:\\s+(\\d+)");
    private static final Pattern UOPS_PER_CYCLE = Pattern.compile("(?m)^uOps Per Cycle:\\s+([0-9.]+)");
    private static final Pattern IPC = Pattern.compile("(?m)^IPC:\\s+([0-9.]+)");
    private static final Pattern RTHROUGHPUT = Pattern.compile("(?m)^Block RThroughput:\\s+([0-9.]+)");
    private static final Pattern TOTAL_MAPPINGS = Pattern.compile("(?m)^Total number of mappings created:\\s+(\\d+)");
    private static final Pattern MAX_MAPPINGS = Pattern.compile("(?m)^Max number of mappings used:\\s+(\\d+)");

    /** Reads llvm-mca's summary (with {@code -register-file-stats}) and llc's assembly. */
    public static CostLabels of(String mcaReport, String assembly, String what) throws MireException {
        long iterations = integer(ITERATIONS, mcaReport, what);
        long instructions = integer(INSTRUCTIONS, mcaReport, what);
        long spills = 0;
        long reloads = 0;
        for (String line : assembly.split("\n")) {
            int comment = line.indexOf('#');
            if (comment < 0) {
                continue;
            }
            String c = line.substring(comment);
            if (c.contains("Spill")) {
                spills++;
            } else if (c.contains("Reload")) {
                reloads++;
            }
        }
        return new CostLabels(integer(CYCLES, mcaReport, what), decimal(IPC, mcaReport, what),
                integer(UOPS, mcaReport, what), decimal(UOPS_PER_CYCLE, mcaReport, what),
                decimal(RTHROUGHPUT, mcaReport, what), integer(MAX_MAPPINGS, mcaReport, what),
                integer(TOTAL_MAPPINGS, mcaReport, what), iterations == 0 ? 0 : instructions / iterations, spills,
                reloads);
    }

    private static long integer(Pattern pattern, String report, String what) throws MireException {
        Matcher m = pattern.matcher(report);
        if (!m.find()) {
            throw new MireException(what + ": llvm-mca report has no '" + pattern.pattern().replace("(?m)^", "")
                    .replaceAll(":.*", "") + "' line");
        }
        return Long.parseLong(m.group(1));
    }

    private static double decimal(Pattern pattern, String report, String what) throws MireException {
        Matcher m = pattern.matcher(report);
        if (!m.find()) {
            throw new MireException(what + ": llvm-mca report has no '" + pattern.pattern().replace("(?m)^", "")
                    .replaceAll(":.*", "") + "' line");
        }
        return Double.parseDouble(m.group(1));
    }

    List<String> values() {
        return List.of(Long.toString(cycles), fmt(ipc), Long.toString(uops), fmt(uopsPerCycle), fmt(blockRThroughput),
                Long.toString(registerMaxMappings), Long.toString(registerTotalMappings),
                Long.toString(machineInstructions), Long.toString(spills), Long.toString(reloads));
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
