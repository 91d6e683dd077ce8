package dev.ordo.platform.plugin;

import java.util.Objects;

/** An extension and the plugin it came from, so failures can be reported against the plugin. */
public record Contribution<T>(String pluginId, T extension) {

    public Contribution {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(extension, "extension");
    }
}
