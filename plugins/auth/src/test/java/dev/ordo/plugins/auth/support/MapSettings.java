package dev.ordo.plugins.auth.support;

import dev.ordo.api.config.Settings;
import java.util.Map;
import java.util.Optional;

/** The host's Settings over a map; blank values count as unset, as in the host. */
public record MapSettings(Map<String, String> values) implements Settings {

    public MapSettings {
        values = Map.copyOf(values);
    }

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }
}
