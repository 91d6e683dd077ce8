package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.TableDefinition;
import java.sql.SQLFeatureNotSupportedException;

/**
 * Refuses the defaults SQLite has no SQL for: {@code gen_random_uuid()} and {@code CURRENT_TIMESTAMP(n)} (its
 * current time has no precision), before any statement is sent. The {@link SQLFeatureNotSupportedException} is
 * SchemaBackend's way of saying "this database cannot": the client gets a 400 naming it (Directus hands both to
 * SQLite as written and answers the syntax error with a 500).
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
        if (column.defaultValue().isEmpty() || column.autoIncrement()) {
            return;
        }
        ColumnDefault value = column.defaultValue().get();
        if (value instanceof ColumnDefault.RandomUuid) {
            throw new SQLFeatureNotSupportedException("SQLite has no gen_random_uuid() to default " + column.name()
                + " to");
        }
        if (value instanceof ColumnDefault.CurrentTimestamp now && now.precision().isPresent()) {
            throw new SQLFeatureNotSupportedException("SQLite's CURRENT_TIMESTAMP has no precision, asked for "
                + column.name());
        }
    }
}
