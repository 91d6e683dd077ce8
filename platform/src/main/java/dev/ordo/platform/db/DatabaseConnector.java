package dev.ordo.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.platform.config.DatabaseConfig;
import dev.ordo.platform.config.StartupException;
import dev.ordo.platform.plugin.Contribution;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Finds the backend plugin for {@code DB_CLIENT}, proves the database can be reached (explaining in one sentence
 * what to fix when it cannot), and pools it.
 */
public final class DatabaseConnector {

    private DatabaseConnector() {
    }

    /** The backend that answers to {@code client}; a clear error when none does. */
    public static SchemaBackend backendFor(String client, List<Contribution<SchemaBackend>> backends) {
        return backends.stream()
            .map(Contribution::extension)
            .filter(backend -> backend.clients().contains(client))
            .findFirst()
            .orElseThrow(() -> new StartupException(unsupportedClient(client, backends)));
    }

    public static PooledDatabase connect(SchemaBackend backend, DatabaseConfig config) {
        DataSource unpooled;
        try {
            unpooled = backend.dataSource(config.connection());
        } catch (InvalidSettingException e) {
            throw new StartupException(e.getMessage(), e);
        }
        String vendor;
        String version;
        try (Connection connection = unpooled.getConnection()) {
            vendor = backend.vendor(connection);
            version = connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new StartupException(explain(backend, config, e), e);
        }
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("ordo");
        pool.setDataSource(unpooled);
        pool.setMaximumPoolSize(Math.max(1, config.poolSize()));
        pool.setMinimumIdle(Math.min(2, Math.max(1, config.poolSize())));
        pool.setConnectionTimeout(Math.max(250, config.acquireTimeout().toMillis()));
        pool.setInitializationFailTimeout(-1);
        return new PooledDatabase(backend.clients().get(0), vendor, version, new HikariDataSource(pool));
    }

    private static String explain(SchemaBackend backend, DatabaseConfig config, SQLException failure) {
        Optional<String> explanation = backend.explainConnectionFailure(failure, config.connection());
        return explanation.orElseGet(() -> "Cannot connect to the database configured by the DB_* settings (DB_CLIENT "
            + config.client() + "): " + failure.getMessage());
    }

    private static String unsupportedClient(String client, List<Contribution<SchemaBackend>> backends) {
        TreeSet<String> known = new TreeSet<>();
        backends.forEach(b -> known.add(b.extension().clients().get(0)));
        if (known.isEmpty()) {
            return "DB_CLIENT \"" + client + "\" cannot be used: no database backend plugin is installed in the plugins folder.";
        }
        return "DB_CLIENT \"" + client + "\" is not supported: use one of " + String.join(", ", known)
            + " (or install the backend plugin for it).";
    }
}
