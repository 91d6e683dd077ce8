package dev.ordo.platform.config;

import dev.ordo.api.db.ConnectionSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The database to use. With nothing configured Ordo runs on an embedded SQLite file, {@code ordo.db} in the
 * working directory.
 *
 * @param client          {@code DB_CLIENT} as given, lower-cased (the backend plugin decides what it accepts)
 * @param poolSize        {@code DB_POOL__MAX}, default 10
 * @param acquireTimeout  how long a request waits for a free connection ({@code DB_POOL__ACQUIRE_TIMEOUT}, default 5s)
 */
public record DatabaseConfig(String client, ConnectionSettings connection, int poolSize, Duration acquireTimeout,
                             Duration healthThreshold) {

    public static final String DEFAULT_SQLITE_FILE = "ordo.db";

    private static final java.util.Set<String> KNOWN = java.util.Set.of(
        "DB_CLIENT", "DB_FILENAME", "DB_HOST", "DB_PORT", "DB_DATABASE", "DB_USER", "DB_PASSWORD");

    public static DatabaseConfig from(EnvironmentSettings settings) {
        String client = settings.get("DB_CLIENT", "sqlite3").trim().toLowerCase(Locale.ROOT);
        Optional<String> filename = settings.get("DB_FILENAME");
        if (filename.isEmpty() && client.startsWith("sqlite")) {
            filename = Optional.of(DEFAULT_SQLITE_FILE);
        }
        OptionalInt port = settings.get("DB_PORT").isPresent()
            ? OptionalInt.of(settings.getInt("DB_PORT", 0)) : OptionalInt.empty();
        ConnectionSettings connection = new ConnectionSettings(client, filename, settings.get("DB_HOST"), port,
            settings.get("DB_DATABASE"), settings.get("DB_USER"), settings.get("DB_PASSWORD"),
            driverOptions(settings.withPrefix("DB_")));
        return new DatabaseConfig(client, connection,
            settings.getInt("DB_POOL__MAX", 10),
            settings.getDuration("DB_POOL__ACQUIRE_TIMEOUT", Duration.ofSeconds(5)),
            settings.getDuration("DB_HEALTHCHECK_THRESHOLD", Duration.ofMillis(150)));
    }

    /** Every other {@code DB_*} variable, by its name without the prefix, for driver-specific options. */
    private static Map<String, String> driverOptions(Map<String, String> databaseVariables) {
        Map<String, String> options = new TreeMap<>();
        databaseVariables.forEach((name, value) -> {
            if (!KNOWN.contains(name) && !name.startsWith("DB_POOL__")
                && !name.equals("DB_HEALTHCHECK_THRESHOLD") && !name.equals("DB_EXCLUDE_TABLES")) {
                options.put(name.substring(3), value);
            }
        });
        return options;
    }
}
