package dev.ordo.plugins.postgres;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.db.ConnectionSettings;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Turns Ordo's {@code DB_*} settings into an unpooled pgjdbc data source (the host adds the pool) whose
 * connections run in UTC and name themselves {@code ordo} in {@code pg_stat_activity}.
 */
final class PostgresDataSourceFactory {

    static final String DEFAULT_HOST = "localhost";
    static final int DEFAULT_PORT = 5432;

    /** Short, so an unreachable server fails start-up quickly instead of hanging on the OS default. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    private PostgresDataSourceFactory() {
    }

    static DataSource create(ConnectionSettings settings) {
        String database = required(settings.database(), "DB_DATABASE");
        String user = required(settings.user(), "DB_USER");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host(settings)});
        dataSource.setPortNumbers(new int[] {port(settings)});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        settings.password().ifPresent(dataSource::setPassword);
        dataSource.setApplicationName("ordo");
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        // Strings are sent untyped, so the server casts them to the column's type: a uuid, json or timestamp
        // column accepts the text form every other SQL flavour stores, and plugins bind values the same way everywhere.
        dataSource.setStringType("unspecified");
        return new UtcSessionDataSource(dataSource);
    }

    static String host(ConnectionSettings settings) {
        return settings.host().map(String::trim).filter(host -> !host.isEmpty()).orElse(DEFAULT_HOST);
    }

    static int port(ConnectionSettings settings) {
        int port = settings.port().orElse(DEFAULT_PORT);
        if (port < 1 || port > 65535) {
            throw new InvalidSettingException("DB_PORT", "must be between 1 and 65535");
        }
        return port;
    }

    private static String required(Optional<String> value, String variable) {
        return value.filter(text -> !text.isBlank())
            .orElseThrow(() -> new InvalidSettingException(variable, "must be set when DB_CLIENT is pg"));
    }
}
