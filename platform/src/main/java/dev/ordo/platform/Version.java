package dev.ordo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this Ordo build, from the build itself. */
public final class Version {

    public static final String ORDO = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/ordo/platform.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
