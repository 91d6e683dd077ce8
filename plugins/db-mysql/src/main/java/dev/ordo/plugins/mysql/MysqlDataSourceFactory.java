package dev.ordo.plugins.mysql;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.db.ConnectionSettings;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/** Builds the driver's own unpooled data source, with the session settings Ordo relies on. */
final class MysqlDataSourceFactory {

    static final String DEFAULT_HOST = "localhost";
    static final int DEFAULT_PORT = 3306;

    /**
     * Session settings, as driver options. The driver sets {@code time_zone='+00:00'} itself from
     * {@code connectionTimeZone}, so its own date conversions agree with the server. Strict mode makes
     * too-long and out-of-range values errors instead of silent truncation, and it leaves
     * NO_BACKSLASH_ESCAPES off, which the DDL writer's string literals rely on. Public key retrieval lets
     * MySQL 8's caching_sha2_password work without TLS. The driver always talks utf8mb4.
     */
    private static final String OPTIONS = String.join("&",
        "connectTimeout=5000",
        "connectionTimeZone=UTC",
        "forceConnectionTimeZoneToSession=true",
        "allowPublicKeyRetrieval=true",
        "sessionVariables=sql_mode='STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");

    DataSource create(ConnectionSettings settings) {
        String host = host(settings);
        int port = port(settings);
        String database = required(settings.database(), "DB_DATABASE", settings);
        String user = required(settings.user(), "DB_USER", settings);
        if (database.contains("?") || database.contains("/")) {
            throw new InvalidSettingException("DB_DATABASE", "must not contain '?' or '/'");
        }
        MariaDbDataSource dataSource = new MariaDbDataSource();
        try {
            dataSource.setUrl("jdbc:mariadb://" + hostInUrl(host) + ":" + port + "/" + database + "?" + OPTIONS);
            dataSource.setUser(user);
            dataSource.setPassword(settings.password().orElse(""));
        } catch (SQLException invalid) {
            // The driver only rejects a URL it cannot parse, which the host is the likeliest cause of.
            throw new InvalidSettingException("DB_HOST", "is not a host name or address the driver accepts");
        }
        return dataSource;
    }

    static String host(ConnectionSettings settings) {
        String host = settings.host().map(String::trim).filter(h -> !h.isEmpty()).orElse(DEFAULT_HOST);
        if (host.chars().anyMatch(c -> c == '/' || c == '?' || c == ',' || c == '@' || Character.isWhitespace(c))) {
            throw new InvalidSettingException("DB_HOST", "is not a host name or address");
        }
        return host;
    }

    static int port(ConnectionSettings settings) {
        int port = settings.port().orElse(DEFAULT_PORT);
        if (port < 1 || port > 65_535) {
            throw new InvalidSettingException("DB_PORT", "must be between 1 and 65535");
        }
        return port;
    }

    private static String required(Optional<String> value, String variable, ConnectionSettings settings) {
        return value.filter(v -> !v.isBlank())
            .orElseThrow(() ->
                new InvalidSettingException(variable, "must be set when DB_CLIENT is " + settings.client()));
    }

    /** IPv6 literals go in brackets so the port separator stays unambiguous. */
    private static String hostInUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
