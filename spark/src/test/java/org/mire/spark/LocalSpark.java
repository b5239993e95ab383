package org.mire.spark;

/** Spark settings for tests: local[N] on loopback, no web UI. */
public final class LocalSpark {
    private LocalSpark() {
    }

    public static void configure(int cores) {
        System.setProperty("spark.master", "local[" + cores + "]");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.sql.shuffle.partitions", "2");
    }
}
