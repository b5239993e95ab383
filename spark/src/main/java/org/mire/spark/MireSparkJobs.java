package org.mire.spark;

import org.mire.spark.encode.EncodeJob;
import org.mire.spark.featurise.FeaturiseJob;
import org.mire.spark.survey.SurveyJob;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point spark-submit runs: {@code spark-submit [spark options] mire-spark-jobs.jar JOB [options] INPUT...}
 * with JOB one of the subcommands below (docs/scale-out.md).
 */
@Command(name = "mire-spark-jobs.jar", mixinStandardHelpOptions = true,
        version = "MIRE Workbench Spark jobs 0.1.0 (Apache Spark 4.2, Scala 2.13, Java 25)",
        description = "MIRE Workbench jobs for Apache Spark: encode, featurise and survey IR corpora of any size.",
        subcommands = {CommandLine.HelpCommand.class, EncodeJob.class, FeaturiseJob.class, SurveyJob.class})
public final class MireSparkJobs implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    public static CommandLine commandLine() {
        return new CommandLine(new MireSparkJobs())
                // @LIST is the jobs' own file-list input (resolved on the cluster's file system), not picocli's
                .setExpandAtFiles(false)
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    if (e instanceof org.mire.MireException) {
                        line.getErr().println("mire-spark: " + e.getMessage());
                        return EXIT_USER_ERROR;
                    }
                    throw e;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
