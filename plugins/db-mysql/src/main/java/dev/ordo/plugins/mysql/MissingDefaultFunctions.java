package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.TableDefinition;
import java.sql.SQLFeatureNotSupportedException;

/**
 * Refuses a default MySQL and MariaDB have no function for: {@code gen_random_uuid()}. Directus hands it to the
 * server as written, which refuses the DDL, so the client gets the same unexpected database error (500) here,
 * without the statement being sent.
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
