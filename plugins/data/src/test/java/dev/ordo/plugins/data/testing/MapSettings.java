package dev.ordo.plugins.data.testing;

import dev.ordo.api.config.Settings;
import java.util.Map;
import java.util.Optional;

/** {@link Settings} over a map, blank values read as unset like the host's. */
public record MapSettings(Map<String, String> values) implements Settings {

    public MapSettings {
        values = Map.copyOf(values);
    }

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }
}
