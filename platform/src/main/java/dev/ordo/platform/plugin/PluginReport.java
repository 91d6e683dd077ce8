package dev.ordo.platform.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the host knows about one installed plugin, for {@code GET /extensions} and the start-up log.
 *
 * @param state    {@code started}, {@code failed} (it or one of its modules could not start) or {@code disabled}
 * @param error    why it failed, in one sentence
 * @param provides the extension kinds it contributes ({@code module:data}, {@code schema-backend:pg}, ...)
 */
public record PluginReport(
    String id,
    String version,
    String description,
    String requires,
    Path path,
    String state,
    Optional<String> error,
    List<String> provides) {

    public PluginReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(requires, "requires");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(error, "error");
        provides = List.copyOf(provides);
    }

    public boolean started() {
        return state.equals("started");
    }

    PluginReport failed(String reason) {
        return new PluginReport(id, version, description, requires, path, "failed", Optional.of(reason), provides);
    }

    PluginReport providing(List<String> kinds) {
        return new PluginReport(id, version, description, requires, path, state, error, kinds);
    }
}
