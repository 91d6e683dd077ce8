package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.TableDefinition;
import java.sql.SQLFeatureNotSupportedException;

/**
 * Refuses a default MySQL and MariaDB have no function for: {@code gen_random_uuid()}, before any statement is sent.
 * The {@link SQLFeatureNotSupportedException} is SchemaBackend's way of saying "this database cannot": the client gets
 * a 400 naming it (Directus hands the function to the server as written and answers its refusal with a 500).
 */
final class MissingDefaultFunctions {

    private MissingDefaultFunctions() {
    }

    static void refuse(TableDefinition table) throws SQLFeatureNotSupportedException {
        for (ColumnDefinition column : table.columns()) {
            refuse(column);
        }
    }

    static void refuse(ColumnDefinition column) throws SQLFeatureNotSupportedException {
        if (column.defaultValue().filter(ColumnDefault.RandomUuid.class::isInstance).isPresent()) {
            throw new SQLFeatureNotSupportedException("MySQL and MariaDB have no gen_random_uuid() to default "
                + column.name() + " to", "42000");
        }
    }
}
