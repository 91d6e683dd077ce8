package dev.ordo.plugins.postgres;

import dev.ordo.api.db.ConnectionSettings;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pf4j.Extension;

/**
 * The PostgreSQL flavour: connects with the bundled pgjdbc driver, reads the current schema from
 * {@code pg_catalog} in a fixed number of queries and writes PostgreSQL DDL.
 */
@Extension
public final class PostgresBackend implements SchemaBackend {

    private static final List<String> CLIENTS = List.of("pg", "postgres", "postgresql");

    private final ColumnChanges columnChanges = new ColumnChanges();

    @Override
    public List<String> clients() {
        return CLIENTS;
    }

    @Override
    public DataSource dataSource(ConnectionSettings settings) {
        return PostgresDataSourceFactory.create(settings);
    }

    @Override
    public Optional<String> explainConnectionFailure(SQLException failure, ConnectionSettings settings) {
        return ConnectionFailureExplainer.explain(failure, settings);
    }

    @Override
    public String vendor(Connection connection) {
        return "postgres";
    }

    @Override
    public DatabaseSchema introspect(Connection connection) throws SQLException {
        return SchemaAssembler.assemble(CatalogReader.read(connection));
    }

    @Override
    public void createTable(Connection connection, TableDefinition table) throws SQLException {
        AtomicStatements.run(connection, DdlWriter.createTable(table));
    }

    @Override
    public void addColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        AtomicStatements.run(connection, DdlWriter.addColumn(table, column));
    }

    @Override
    public void dropTable(Connection connection, String table) throws SQLException {
        AtomicStatements.run(connection, DdlWriter.dropTable(table));
    }

    @Override
    public void alterColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
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
        return PostgresRefusedDefinitions.refused(failure);
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException failure) {
        return PostgresViolations.read(failure);
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException failure, TableSchema table,
                                                             Map<String, ?> values) {
        return PostgresViolations.read(failure, table, values);
    }

    /** Besides class 40 (deadlock, serialization failure): 55P03, a lock not obtained within {@code lock_timeout}. */
    @Override
    public boolean isBusy(SQLException failure) {
        return "55P03".equals(failure.getSQLState()) || SchemaBackend.super.isBusy(failure);
    }
}
