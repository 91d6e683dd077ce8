package dev.ordo.platform.config;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ordo's configuration: the process environment, falling back to the {@code .env} file. As in Directus, any
 * variable can instead be read from a file named by {@code <NAME>_FILE} (for secrets mounted as files).
 */
public final class EnvironmentSettings implements Settings {

    private final Map<String, String> values;

    public EnvironmentSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The environment over the {@code .env} file named by {@code CONFIG_PATH} (default {@code .env} in the working directory). */
    public static EnvironmentSettings load(Map<String, String> environment) throws IOException {
        Path envFile = Path.of(environment.getOrDefault("CONFIG_PATH", ".env"));
        Map<String, String> merged = new HashMap<>(DotEnvFile.read(envFile));
        merged.putAll(environment);
        return new EnvironmentSettings(merged);
    }

    @Override
    public Optional<String> get(String name) {
        String value = values.get(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value);
        }
        String file = values.get(name + "_FILE");
        if (file != null && !file.isBlank()) {
            return Optional.of(readSecretFile(name, Path.of(file)));
        }
        return Optional.empty();
    }

    /** Every variable whose name starts with {@code prefix}, with its value. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> matching = new HashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix) && !value.isBlank()) {
                matching.put(name, value);
            }
        });
        return matching;
    }

    private static String readSecretFile(String name, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new InvalidSettingException(name + "_FILE", "names a file that cannot be read (" + file + ")");
        }
    }
}
