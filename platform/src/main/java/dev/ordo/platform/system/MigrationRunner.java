package dev.ordo.platform.system;

import dev.ordo.api.db.Database;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.SystemSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the system tables up to date: applies, in version order, each migration not yet recorded in
 * {@code directus_migrations}, each in its own transaction. Running it again does nothing. The user's own
 * tables are never touched.
 */
public final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final List<Migration> MIGRATIONS =
        List.of(new CreateSystemTables(), new DropFieldsCollectionForeignKey());

    private final Database database;
    private final SchemaBackend backend;
    private final SystemSchema system;

    public MigrationRunner(Database database, SchemaBackend backend, SystemSchema system) {
        this.database = database;
        this.backend = backend;
        this.system = system;
    }

    /** @return the versions applied by this run, in order (empty when everything was up to date) */
    public List<String> migrate() throws SQLException {
        return database.withConnection(connection -> {
            Set<String> applied = appliedVersions(connection);
            List<String> appliedNow = new ArrayList<>();
            for (Migration migration : MIGRATIONS) {
                if (!applied.contains(migration.version())) {
                    apply(connection, migration);
                    appliedNow.add(migration.version());
                }
            }
            return appliedNow;
        });
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try {
            DatabaseSchema existing = backend.introspect(connection);
            migration.apply(new MigrationContext(connection, backend, existing, system));
            record(connection, migration);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        LOG.info("Applied system migration {} ({}) in {} ms", migration.version(), migration.name(),
            (System.nanoTime() - started) / 1_000_000);
    }

    private Set<String> appliedVersions(Connection connection) throws SQLException {
        if (!migrationsTableExists(connection)) {
            connection.setAutoCommit(false);
            try {
                backend.createTable(connection, system.collection("directus_migrations").orElseThrow().table());
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
            return Set.of();
        }
        Set<String> versions = new HashSet<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT version FROM directus_migrations")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** Asks the database's catalog about one table rather than introspecting everything on every start. */
    private static boolean migrationsTableExists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
            "directus_migrations", new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static void record(Connection connection, Migration migration) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO directus_migrations (version, name) VALUES (?, ?)")) {
            insert.setString(1, migration.version());
            insert.setString(2, migration.name());
            insert.executeUpdate();
        }
    }
}
