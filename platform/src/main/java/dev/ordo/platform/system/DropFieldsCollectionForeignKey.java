package dev.ordo.platform.system;

import dev.ordo.api.schema.ColumnSchema;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Drops the foreign key from {@code directus_fields.collection} to {@code directus_collections} that databases
 * created before this version have. Directus has none (its migration 20201028A dropped it): a table's fields may
 * have metadata rows while the table has none, as after {@code POST /collections} without {@code meta}.
 */
final class DropFieldsCollectionForeignKey implements Migration {

    @Override
    public String version() {
        return "ordo-0002";
    }

    @Override
    public String name() {
        return "Drop Fields Collection Foreign Key";
    }

    @Override
    public void apply(MigrationContext context) throws SQLException {
        Optional<ColumnSchema> column = context.existing().table("directus_fields")
            .flatMap(table -> table.column("collection"));
        if (column.flatMap(ColumnSchema::foreignKeyTable).isPresent()) {
            context.backend().dropForeignKey(context.connection(), "directus_fields", "collection");
        }
    }
}
