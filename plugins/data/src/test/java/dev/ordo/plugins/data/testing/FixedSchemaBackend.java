package dev.ordo.plugins.data.testing;

import dev.ordo.api.db.ConnectionSettings;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.TableDefinition;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A {@link SchemaBackend} whose introspection answers a fixed catalog (the SQLite backend is written
 * elsewhere) and counts how often it was asked.
 */
public final class FixedSchemaBackend implements SchemaBackend {

    private volatile DatabaseSchema schema;
    private final AtomicInteger introspections = new AtomicInteger();

    public FixedSchemaBackend(DatabaseSchema schema) {
        this.schema = schema;
    }

    public void answer(DatabaseSchema newSchema) {
        this.schema = newSchema;
    }

    public int introspections() {
        return introspections.get();
    }

    @Override
    public List<String> clients() {
        return List.of("sqlite3");
    }

    @Override
    public DataSource dataSource(ConnectionSettings settings) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public String vendor(Connection connection) {
        return "sqlite";
    }

    @Override
    public DatabaseSchema introspect(Connection connection) {
        introspections.incrementAndGet();
        return schema;
    }

    @Override
    public void createTable(Connection connection, TableDefinition table) {
        throw new UnsupportedOperationException("not needed by these tests");
    }
}
