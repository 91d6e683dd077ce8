package dev.ordo.plugins.sqlite;

import dev.ordo.api.db.ConnectionSettings;
import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.TableDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.pf4j.Extension;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Ordo's SQLite backend: one database file, its schema read from {@code sqlite_master} and the pragmas. */
@Extension
public final class SqliteBackend implements SchemaBackend {

    private final DdlWriter ddl = new DdlWriter();
    private final ColumnChanges columnChanges = new ColumnChanges();

    @Override
    public List<String> clients() {
        return List.of("sqlite3", "sqlite");
    }

    @Override
    public DataSource dataSource(ConnectionSettings settings) {
        return SqliteDataSourceFactory.create(settings);
    }

    @Override
    public Optional<String> explainConnectionFailure(SQLException failure, ConnectionSettings settings) {
        return ConnectionFailureExplainer.explain(failure, settings);
    }

    @Override
    public String vendor(Connection connection) {
        return "sqlite";
    }

    @Override
    public DatabaseSchema introspect(Connection connection) throws SQLException {
        return SchemaAssembler.assemble(CatalogReader.read(connection));
    }

    @Override
    public void createTable(Connection connection, TableDefinition table) throws SQLException {
        MissingDefaultFunctions.refuse(table);
        StatementRunner.runAtomically(connection, ddl.createTable(table));
    }

    @Override
    public void addColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        MissingDefaultFunctions.refuse(column);
        if (column.defaultValue().filter(ColumnDefault.CurrentTimestamp.class::isInstance).isPresent()) {
            addTimestampedColumn(connection, table, column);
            return;
        }
        StatementRunner.runAtomically(connection, ddl.addColumn(table, column));
    }

    /**
     * SQLite's ADD COLUMN takes constant defaults only ("Cannot add a column with non-constant default"): the column
     * comes in bare, the rows get the current time as PostgreSQL and MySQL give them, and a rebuild of the table then
     * declares the default and the rest of the definition. The caller's transaction holds the three steps together.
     */
    private void addTimestampedColumn(Connection connection, String table, ColumnDefinition column)
        throws SQLException {
        ColumnDefinition bare = new ColumnDefinition(column.name(), column.type(), column.maxLength(),
            column.precision(), column.scale(), true, Optional.empty(), false, false, false, false, Optional.empty());
        String fill = "update " + SqlIdentifier.quote(table) + " set " + SqlIdentifier.quote(column.name())
            + " = CURRENT_TIMESTAMP";
        List<String> statements = new ArrayList<>(ddl.addColumn(table, bare));
        statements.add(fill);
        StatementRunner.runAtomically(connection, statements);
        columnChanges.alterColumn(connection, table, column);
    }

    @Override
    public void dropTable(Connection connection, String table) throws SQLException {
        StatementRunner.runAtomically(connection, ddl.dropTable(table));
    }

    /**
     * Rebuilds the table when the type, nullability, default or a UNIQUE constraint changes (see
     * {@link TableRebuilder} for what that needs from a caller's transaction); indexes change in place.
     */
    @Override
    public void alterColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        MissingDefaultFunctions.refuse(column);
        columnChanges.alterColumn(connection, table, column);
    }

    @Override
    public void dropColumn(Connection connection, String table, String column) throws SQLException {
        columnChanges.dropColumn(connection, table, column);
    }

    @Override
    public void addForeignKey(Connection connection, String table, String column, ForeignKeyDefinition foreignKey)
        throws SQLException {
        columnChanges.addForeignKey(connection, table, column, foreignKey);
    }

    @Override
    public void dropForeignKey(Connection connection, String table, String column) throws SQLException {
        columnChanges.dropForeignKey(connection, table, column);
    }

    @Override
    public boolean refusesDefinition(SQLException failure) {
        return SqliteRefusedDefinitions.refused(failure);
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException failure) {
        return SqliteViolations.read(failure);
    }

    /** SQLITE_BUSY (another connection writes and kept the lock past the busy timeout) or SQLITE_LOCKED. */
    @Override
    public boolean isBusy(SQLException failure) {
        if (failure instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
        }
        return SchemaBackend.super.isBusy(failure);
    }
}
