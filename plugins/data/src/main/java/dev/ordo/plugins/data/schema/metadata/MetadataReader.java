package dev.ordo.plugins.data.schema.metadata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** Reads the three metadata tables, one query each. */
public final class MetadataReader {

    private final MetadataTableReader tableReader;

    /** @param vendor the connected SQL flavour, for quoting identifiers */
    public MetadataReader(String vendor) {
        this.tableReader = new MetadataTableReader(new SqlIdentifiers(Objects.requireNonNull(vendor, "vendor")));
    }

    public MetadataRows read(Connection connection) throws SQLException {
        return new MetadataRows(
            tableReader.read(connection, MetadataTable.COLLECTIONS).stream().map(CollectionMetaRow::new).toList(),
            tableReader.read(connection, MetadataTable.FIELDS).stream().map(FieldMetaRow::new).toList(),
            tableReader.read(connection, MetadataTable.RELATIONS).stream().map(RelationRows::toRelationMeta).toList());
    }
}
