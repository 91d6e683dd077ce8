package dev.ordo.api.db;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to reach a database, as configured with Directus's variables ({@code DB_CLIENT}, {@code DB_FILENAME},
 * {@code DB_HOST}, {@code DB_PORT}, {@code DB_DATABASE}, {@code DB_USER}, {@code DB_PASSWORD}).
 * {@link #toString()} never shows the password.
 *
 * @param client   the normalised client name: {@code sqlite3}, {@code pg} or {@code mysql}
 * @param options  further driver options, by their {@code DB_} variable name without the prefix
 */
public record ConnectionSettings(
    String client,
    Optional<String> filename,
    Optional<String> host,
    OptionalInt port,
    Optional<String> database,
    Optional<String> user,
    Optional<String> password,
    Map<String, String> options) {

    public ConnectionSettings {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        options = Map.copyOf(options);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[client=" + client
            + filename.map(f -> ", filename=" + f).orElse("")
            + host.map(h -> ", host=" + h).orElse("")
            + (port.isPresent() ? ", port=" + port.getAsInt() : "")
            + database.map(d -> ", database=" + d).orElse("")
            + user.map(u -> ", user=" + u).orElse("")
            + password.map(p -> ", password=***").orElse("")
            + "]";
    }
}
