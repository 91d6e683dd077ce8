package dev.ordo.platform.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the host reads from the configuration before it starts. Plugins read their own settings through
 * {@link EnvironmentSettings}.
 *
 * @param pluginDirectories where plugin jars are loaded from: the distribution's {@code plugins/} folder and, when
 *                          it exists, {@code EXTENSIONS_PATH} (default {@code ./extensions})
 */
public record OrdoConfig(
    EnvironmentSettings settings,
    ServerConfig server,
    DatabaseConfig database,
    List<Path> pluginDirectories,
    String logLevel) {

    public OrdoConfig {
        pluginDirectories = List.copyOf(pluginDirectories);
    }

    public static OrdoConfig from(EnvironmentSettings settings, Path builtInPlugins) {
        List<Path> pluginDirectories = new ArrayList<>();
        pluginDirectories.add(builtInPlugins.toAbsolutePath().normalize());
        Path extensions = Path.of(settings.get("EXTENSIONS_PATH", "extensions")).toAbsolutePath().normalize();
        if (Files.isDirectory(extensions) && !pluginDirectories.contains(extensions)) {
            pluginDirectories.add(extensions);
        }
        return new OrdoConfig(settings, ServerConfig.from(settings), DatabaseConfig.from(settings), pluginDirectories,
            settings.get("LOG_LEVEL", "info").toLowerCase(Locale.ROOT));
    }
}
