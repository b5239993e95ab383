package org.mire.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a job: what spark-submit configured, plus what core needs on every executor JVM. */
public final class JobSession {
    /** Core's IR parser and graph builder recurse deeply on large functions, as the {@code mire} launcher knows. */
    static final String EXECUTOR_FLAGS = "-Xss8m --enable-native-access=ALL-UNNAMED";

    private JobSession() {
    }

    public static SparkSession start(String job) {
        SparkConf conf = new SparkConf();
        String executorOptions = conf.get("spark.executor.extraJavaOptions", "");
        if (!executorOptions.contains("-Xss")) {
            executorOptions = (executorOptions + " " + EXECUTOR_FLAGS).strip();
        }
        SparkSession.Builder builder = SparkSession.builder()
                .appName(conf.get("spark.app.name", "mire " + job))
                .config("spark.executor.extraJavaOptions", executorOptions);
        if (!conf.contains("spark.master")) {
            // run straight from an IDE or a test: all local cores
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }
}
