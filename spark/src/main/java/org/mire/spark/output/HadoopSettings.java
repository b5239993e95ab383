package org.mire.spark.output;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file systems, credentials set through {@code spark.hadoop.*}) in a form that
 * travels to executors with a task, so that they open inputs and write parts exactly as the driver would.
 */
public record HadoopSettings(HashMap<String, String> entries) implements Serializable {

    public static HadoopSettings of(Configuration conf) {
        HashMap<String, String> entries = new HashMap<>();
        for (Map.Entry<String, String> entry : conf) {
            entries.put(entry.getKey(), entry.getValue());
        }
        return new HadoopSettings(entries);
    }

    public Configuration configuration() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
