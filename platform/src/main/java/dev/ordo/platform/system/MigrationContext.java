package dev.ordo.platform.system;

import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.SystemSchema;
import java.sql.Connection;

/** What a migration works with: a connection inside the migration's transaction and the schema as it was found. */
record MigrationContext(Connection connection, SchemaBackend backend, DatabaseSchema existing, SystemSchema system) {
}
