package dev.ordo.plugins.data.schema;

import dev.ordo.api.db.Database;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.schema.metadata.MetadataReader;
import dev.ordo.plugins.data.schema.metadata.MetadataRows;
import dev.ordo.plugins.data.schema.overview.SchemaOverviewBuilder;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads what the overview is built from, on one connection: the catalog through the backend (one
 * introspection) and the three metadata tables (three queries), then builds the overview.
 */
public final class SchemaOverviewLoader {

    private final Database database;
    private final SchemaBackend backend;
    private final Supplier<SystemSchema> systemSchema;
    private final Set<String> excludedTables;

    /** @param systemSchema looked up at each load: the host provides it, and may do so after this module starts */
    public SchemaOverviewLoader(Database database, SchemaBackend backend, Supplier<SystemSchema> systemSchema,
                                Set<String> excludedTables) {
        this.database = Objects.requireNonNull(database, "database");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.systemSchema = Objects.requireNonNull(systemSchema, "systemSchema");
        this.excludedTables = Set.copyOf(excludedTables);
    }

    public SchemaOverview load() {
        SystemSchema system = systemSchema.get();
        MetadataReader metadataReader = new MetadataReader(database.vendor());
        try {
            return database.withConnection(connection -> {
                DatabaseSchema tables = backend.introspect(connection);
                MetadataRows metadata = metadataReader.read(connection);
                return SchemaOverviewBuilder.build(tables, metadata, system, excludedTables);
            });
        } catch (SQLException e) {
            throw new SchemaReadException("Could not read the database schema: " + e.getMessage(), e);
        }
    }
}
