package dev.ordo.plugins.mysql;

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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pf4j.Extension;

/**
 * MySQL and MariaDB: connects through the MariaDB driver (which speaks to both), reads the schema from
 * {@code information_schema} and writes InnoDB DDL.
 */
@Extension
public final class MysqlBackend implements SchemaBackend {

    /** ER_LOCK_WAIT_TIMEOUT. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private final MysqlDataSourceFactory dataSources = new MysqlDataSourceFactory();
    private final ConnectionFailureExplainer failureExplainer = new ConnectionFailureExplainer();
    private final CatalogReader catalogReader = new CatalogReader();
    private final SchemaAssembler schemaAssembler = new SchemaAssembler();
    private final DdlWriter ddlWriter = new DdlWriter();
    private final ColumnChanges columnChanges = new ColumnChanges();

    @Override
    public List<String> clients() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public DataSource dataSource(ConnectionSettings settings) {
        return dataSources.create(settings);
    }

    @Override
    public Optional<String> explainConnectionFailure(SQLException failure, ConnectionSettings settings) {
        return failureExplainer.explain(failure, settings);
    }

    @Override
    public String vendor(Connection connection) throws SQLException {
        return ConnectedDatabase.of(connection).vendor();
    }

    @Override
    public DatabaseSchema introspect(Connection connection) throws SQLException {
        ConnectedDatabase database = ConnectedDatabase.of(connection);
        return schemaAssembler.assemble(catalogReader.read(connection, database), database.isMariaDb());
    }

    @Override
    public void createTable(Connection connection, TableDefinition table) throws SQLException {
        MissingDefaultFunctions.refuse(table);
        execute(connection, List.of(ddlWriter.createTable(table)));
    }

    @Override
    public void addColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        MissingDefaultFunctions.refuse(column);
        execute(connection, List.of(ddlWriter.addColumn(table, column)));
    }

    /**
     * Drops the table after dropping the foreign keys of other tables that point to it: MySQL refuses to drop
     * a referenced table, and the API has no separate way to remove those keys first.
     */
    @Override
    public void dropTable(Connection connection, String table) throws SQLException {
        ConnectedDatabase database = ConnectedDatabase.of(connection);
        List<String> statements = new ArrayList<>();
        for (Catalog.ConstraintReference incoming : catalogReader.foreignKeysReferencing(connection, database, table)) {
            statements.add(ddlWriter.dropForeignKey(incoming.table(), incoming.constraintName()));
        }
        statements.add(ddlWriter.dropTable(table));
        execute(connection, statements);
    }

    /**
     * One MODIFY COLUMN for type, nullability and default, then the unique key and index. Each statement commits on
     * its own (MySQL has no transactional DDL): a refused MODIFY changes nothing, and the keys come after it.
     */
    @Override
    public void alterColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        MissingDefaultFunctions.refuse(column);
        columnChanges.alterColumn(connection, table, column);
    }

    /** Drops the foreign keys that include or point at the column, then the column (and it leaves its indexes). */
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
        return MysqlRefusedDefinitions.refused(failure);
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException failure) {
        return MysqlViolations.read(failure);
    }

    @Override
    public Optional<ConstraintViolation> constraintViolation(SQLException failure, TableSchema table,
                                                             Map<String, ?> values) {
        return MysqlViolations.read(failure, Optional.of(table));
    }

    /** Besides class 40 (deadlock): error 1205, a row lock not obtained within {@code innodb_lock_wait_timeout}. */
    @Override
    public boolean isBusy(SQLException failure) {
        return failure.getErrorCode() == LOCK_WAIT_TIMEOUT || SchemaBackend.super.isBusy(failure);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
