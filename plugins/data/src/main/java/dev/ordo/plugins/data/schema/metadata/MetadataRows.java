package dev.ordo.plugins.data.schema.metadata;

import dev.ordo.api.schema.RelationMeta;
import java.util.List;

/** Everything read from {@code directus_collections}, {@code directus_fields} and {@code directus_relations}. */
public record MetadataRows(List<CollectionMetaRow> collections, List<FieldMetaRow> fields, List<RelationMeta> relations) {

    public static final MetadataRows EMPTY = new MetadataRows(List.of(), List.of(), List.of());

    public MetadataRows {
        collections = List.copyOf(collections);
        fields = List.copyOf(fields);
        relations = List.copyOf(relations);
    }
}
