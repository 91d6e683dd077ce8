package dev.ordo.api.schema;

import dev.ordo.api.db.ConnectionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pf4j.ExtensionPoint;

/**
 * Everything Ordo needs to know about one SQL flavour: how to connect (the JDBC driver lives in the
 * backend's plugin), how to read the schema from the database's own catalog, and how to change it.
 *
 * <p>The host picks the backend whose {@link #clients()} contains {@code DB_CLIENT}, pools the data source
 * it creates, and hands it to every module. Capabilities added in later versions arrive as default methods
 * that throw {@link UnsupportedOperationException}. A schema change the database cannot make (a default function it
 * does not have, say) throws {@link java.sql.SQLFeatureNotSupportedException} whose message says so: the client gets
 * it as a 400 {@code INVALID_PAYLOAD}.
 */
public interface SchemaBackend extends ExtensionPoint {

    /** The {@code DB_CLIENT} names this backend answers to; the first is the canonical one ({@code pg}). */
    List<String> clients();

    /**
     * An unpooled data source for {@code settings}. Throws
     * {@link dev.ordo.api.config.InvalidSettingException} naming the variable when a setting is missing or
     * unusable. Connections must come out with the session settings Ordo relies on (UTC, foreign keys
     * enforced, ...).
     */
    DataSource dataSource(ConnectionSettings settings);

    /**
     * One sentence for an operator explaining why connecting failed, naming the setting to fix
     * ({@code DB_PASSWORD}, {@code DB_HOST}, {@code DB_FILENAME}, ...); empty when the cause is not recognised.
     */
    default Optional<String> explainConnectionFailure(SQLException failure, ConnectionSettings settings) {
        return Optional.empty();
    }

    /** The flavour actually connected to: {@code sqlite}, {@code postgres}, {@code mysql} or {@code mariadb}. */
    String vendor(Connection connection) throws SQLException;

    /**
     * Reads every table and view of the connected database (in PostgreSQL, of the current schema) from the
     * database's catalog, in a small, fixed number of queries whatever the number of tables.
     */
    DatabaseSchema introspect(Connection connection) throws SQLException;

    /** Creates {@code table} with its columns, primary key, unique constraints, indexes and foreign keys. */
    void createTable(Connection connection, TableDefinition table) throws SQLException;

    /** Adds a column to an existing table. */
    default void addColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        throw new UnsupportedOperationException("addColumn is not supported by " + clients().get(0));
    }

    /** Drops a table and the constraints that belong to it. */
    default void dropTable(Connection connection, String table) throws SQLException {
        throw new UnsupportedOperationException("dropTable is not supported by " + clients().get(0));
    }

    /**
     * Changes an existing column to match {@code column}: type, length, precision, nullability, default, and its
     * unique constraint and index (added or removed). The column's data is kept (and converted where the type
     * changes); a conversion the database refuses fails without changing anything. The foreign key is not changed
     * here (see {@link #addForeignKey} and {@link #dropForeignKey}).
     */
    default void alterColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        throw new UnsupportedOperationException("alterColumn is not supported by " + clients().get(0));
    }

    /** Drops a column, with the indexes and constraints that involve it. */
    default void dropColumn(Connection connection, String table, String column) throws SQLException {
        throw new UnsupportedOperationException("dropColumn is not supported by " + clients().get(0));
    }

    /** Adds a foreign key constraint named {@code <table>_<column>_foreign} to an existing column. */
    default void addForeignKey(Connection connection, String table, String column, ForeignKeyDefinition foreignKey)
        throws SQLException {
        throw new UnsupportedOperationException("addForeignKey is not supported by " + clients().get(0));
    }

    /** Drops the foreign key constraint of a column, if it has one. */
    default void dropForeignKey(Connection connection, String table, String column) throws SQLException {
        throw new UnsupportedOperationException("dropForeignKey is not supported by " + clients().get(0));
    }

    /** Recognises a constraint violation in a database error; empty for any other error. */
    default Optional<ConstraintViolation> constraintViolation(SQLException failure) {
        return Optional.empty();
    }

    /**
     * Whether a failed schema change was refused for what it asked, not for a fault of its own SQL: a default the
     * column's type cannot hold, rows the new type cannot hold, a key the column type cannot carry. The change is
     * then a 400 with the database's message. By default no error is such a refusal.
     *
     * @since 1.5.0
     */
    default boolean refusesDefinition(SQLException failure) {
        return false;
    }

    /**
     * Whether {@code failure} says the database was too busy to do the work now: it waited for a lock another
     * connection held and gave up (SQLite's busy timeout, a lock wait timeout), or rolled the transaction back to
     * settle a conflict. The same work may succeed when run again later; the host answers 503 rather than 500.
     * By default, what JDBC files as transient ({@link SQLTransientException}) or SQL class 40.
     *
     * @since 1.6.0
     */
    default boolean isBusy(SQLException failure) {
        String state = failure.getSQLState();
        return failure instanceof SQLTransientException || state != null && state.startsWith("40");
    }

    /**
     * Recognises a constraint violation in the error of an insert or update of {@code table}, placing it where the
     * error alone does not (MariaDB names only the key of a duplicate, PostgreSQL no column of a too long or
     * out-of-range value). By default, what {@link #constraintViolation(SQLException)} recognises.
     *
     * @param table  the table the failed statement wrote
     * @param values the values the statement wrote into each row, by column, as bound; empty for a delete
     */
    default Optional<ConstraintViolation> constraintViolation(SQLException failure, TableSchema table,
                                                              Map<String, ?> values) {
        return constraintViolation(failure);
    }
}
