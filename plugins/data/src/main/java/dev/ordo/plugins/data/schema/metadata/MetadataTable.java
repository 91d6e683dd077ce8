package dev.ordo.plugins.data.schema.metadata;

import static dev.ordo.plugins.data.schema.metadata.ColumnKind.BOOLEAN;
import static dev.ordo.plugins.data.schema.metadata.ColumnKind.CSV;
import static dev.ordo.plugins.data.schema.metadata.ColumnKind.INTEGER;
import static dev.ordo.plugins.data.schema.metadata.ColumnKind.JSON;
import static dev.ordo.plugins.data.schema.metadata.ColumnKind.TEXT;

import java.util.List;
import java.util.Objects;

/**
 * A Directus metadata table: its columns in Directus v11's order, which is also the key order of the
 * {@code meta} objects on the wire, and the column its rows are read in order of.
 */
public record MetadataTable(String name, String orderBy, List<MetadataColumn> columns) {

    public static final MetadataTable COLLECTIONS = new MetadataTable("directus_collections", "collection", List.of(
        new MetadataColumn("collection", TEXT),
        new MetadataColumn("icon", TEXT),
        new MetadataColumn("note", TEXT),
        new MetadataColumn("display_template", TEXT),
        new MetadataColumn("hidden", BOOLEAN),
        new MetadataColumn("singleton", BOOLEAN),
        new MetadataColumn("translations", JSON),
        new MetadataColumn("archive_field", TEXT),
        new MetadataColumn("archive_app_filter", BOOLEAN),
        new MetadataColumn("archive_value", TEXT),
        new MetadataColumn("unarchive_value", TEXT),
        new MetadataColumn("sort_field", TEXT),
        new MetadataColumn("accountability", TEXT),
        new MetadataColumn("color", TEXT),
        new MetadataColumn("item_duplication_fields", JSON),
        new MetadataColumn("sort", INTEGER),
        new MetadataColumn("group", TEXT),
        new MetadataColumn("collapse", TEXT),
        new MetadataColumn("preview_url", TEXT),
        new MetadataColumn("versioning", BOOLEAN)));

    public static final MetadataTable FIELDS = new MetadataTable("directus_fields", "id", List.of(
        new MetadataColumn("id", INTEGER),
        new MetadataColumn("collection", TEXT),
        new MetadataColumn("field", TEXT),
        new MetadataColumn("special", CSV),
        new MetadataColumn("interface", TEXT),
        new MetadataColumn("options", JSON),
        new MetadataColumn("display", TEXT),
        new MetadataColumn("display_options", JSON),
        new MetadataColumn("readonly", BOOLEAN),
        new MetadataColumn("hidden", BOOLEAN),
        new MetadataColumn("sort", INTEGER),
        new MetadataColumn("width", TEXT),
        new MetadataColumn("translations", JSON),
        new MetadataColumn("note", TEXT),
        new MetadataColumn("conditions", JSON),
        new MetadataColumn("required", BOOLEAN),
        new MetadataColumn("group", TEXT),
        new MetadataColumn("validation", JSON),
        new MetadataColumn("validation_message", TEXT),
        new MetadataColumn("searchable", BOOLEAN)));

    public static final MetadataTable RELATIONS = new MetadataTable("directus_relations", "id", List.of(
        new MetadataColumn("id", INTEGER),
        new MetadataColumn("many_collection", TEXT),
        new MetadataColumn("many_field", TEXT),
        new MetadataColumn("one_collection", TEXT),
        new MetadataColumn("one_field", TEXT),
        new MetadataColumn("one_collection_field", TEXT),
        new MetadataColumn("one_allowed_collections", CSV),
        new MetadataColumn("junction_field", TEXT),
        new MetadataColumn("sort_field", TEXT),
        new MetadataColumn("one_deselect_action", TEXT)));

    public MetadataTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(orderBy, "orderBy");
        columns = List.copyOf(columns);
    }
}
