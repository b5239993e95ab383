package org.mire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The workbench's version, as set by the build. */
public final class MireVersion {
    private MireVersion() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = MireVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
