package dev.ordo.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about the extension API itself. */
public final class ExtensionApi {

    /**
     * The semantic version of this contract. Plugins state the range they need in {@code Plugin-Requires}
     * (for example {@code ^1.0.0}); the host refuses a plugin whose range does not include this version.
     */
    public static final String VERSION = readVersion();

    private ExtensionApi() {
    }

    private static String readVersion() {
        try (InputStream in = ExtensionApi.class.getResourceAsStream("/META-INF/ordo/extension-api.properties")) {
            if (in == null) {
                throw new IllegalStateException("extension-api.properties is missing from the extension API jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
