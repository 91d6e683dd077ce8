package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.db.Database;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.errors.ConstraintErrors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one schema change (DDL and its metadata writes) in one transaction, then invalidates the schema overview.
 *
 * <ul>
 *   <li>PostgreSQL and SQLite have transactional DDL: a failure at any step leaves nothing behind.</li>
 *   <li>SQLite rebuilds a table for most column changes, and the rebuild must not fire the ON DELETE actions of
 *       the tables pointing at it; enforcement of foreign keys can only be switched off outside a transaction, so
 *       it is switched off before the transaction begins and back on after. The backend checks the rebuilt
 *       table's keys with {@code foreign_key_check}; the services delete dependent metadata rows themselves.</li>
 *   <li>MySQL and MariaDB commit every DDL statement on the spot. The services therefore run the DDL first (the
 *       step the database is most likely to refuse, so a refusal changes nothing) and the metadata writes after
 *       it, which stay in the transaction; where a metadata failure would strand a new table or column they
 *       drop it again ({@link SchemaTransaction#transactionalDdl()}).</li>
 * </ul>
 *
 * <p>Changes run one at a time in this process, so validation against the overview and the change itself do not
 * interleave with another change.
 */
public final class SchemaChanges {

    /** A change: reads and writes through the transaction, returns what the caller reads back afterwards. */
    @FunctionalInterface
    public interface Change<T> {
        T apply(SchemaTransaction transaction) throws SQLException;
    }

    private final Database database;
    private final SchemaBackend backend;
    private final SchemaService schema;
    private final Runnable afterChange;
    private final ReentrantLock lock = new ReentrantLock();

    public SchemaChanges(Database database, SchemaBackend backend, SchemaService schema) {
        this(database, backend, schema, () -> { });
    }

    /**
     * @param afterChange runs after every change, with the overview invalidated: what else caches answers that
     *                    depend on the schema (the response cache, as Directus clears its cache) is purged here
     */
    public SchemaChanges(Database database, SchemaBackend backend, SchemaService schema, Runnable afterChange) {
        this.database = Objects.requireNonNull(database, "database");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.afterChange = Objects.requireNonNull(afterChange, "afterChange");
    }

    /** The overview changes are validated against. */
    public SchemaOverview overview() {
        return schema.overview();
    }

    /**
     * Runs {@code change} in one transaction and invalidates the overview afterwards, whether it committed or not
     * (on MySQL a failed change may still have committed DDL). A constraint the database enforced in a metadata
     * write becomes its Directus error.
     */
    public <T> T run(Change<T> change) throws SQLException {
        lock.lock();
        try {
            SchemaOverview before = schema.overview();
            return isSqlite() ? runWithoutForeignKeyEnforcement(change, before) : database.inTransaction(
                connection -> apply(change, connection, before));
        } finally {
            schema.invalidate();
            lock.unlock();
            afterChange.run();
        }
    }

    private <T> T apply(Change<T> change, Connection connection, SchemaOverview before) throws SQLException {
        SchemaTransaction transaction = new SchemaTransaction(connection, backend, database.vendor(), before);
        try {
            return change.apply(transaction);
        } catch (SQLFeatureNotSupportedException unsupported) {
            // What the database cannot do (SchemaBackend's contract): the request asked for it, so it is a 400.
            throw new InvalidPayloadException(unsupported.getMessage());
        } catch (SQLException failure) {
            Optional<ConstraintViolation> violation = backend.constraintViolation(failure);
            if (violation.isPresent()) {
                throw ConstraintErrors.toError(violation.get(), violation.get().table().orElse(null), Map.of());
            }
            throw failure;
        }
    }

    private boolean isSqlite() {
        return "sqlite".equals(database.vendor());
    }

    private <T> T runWithoutForeignKeyEnforcement(Change<T> change, SchemaOverview before) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            boolean enforced = pragma(connection);
            if (enforced) {
                execute(connection, "PRAGMA foreign_keys = OFF");
            }
            try {
                connection.setAutoCommit(false);
                try {
                    T result = apply(change, connection, before);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error failure) {
                    rollbackQuietly(connection, failure);
                    throw failure;
                } finally {
                    connection.setAutoCommit(true);
                }
            } finally {
                if (enforced) {
                    execute(connection, "PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static boolean pragma(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA foreign_keys")) {
            return row.next() && row.getInt(1) != 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
