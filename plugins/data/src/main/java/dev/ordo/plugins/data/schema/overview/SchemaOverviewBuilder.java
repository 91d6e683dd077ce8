package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.api.schema.TableSchema;
import dev.ordo.plugins.data.schema.metadata.CollectionMetaRow;
import dev.ordo.plugins.data.schema.metadata.FieldMetaRow;
import dev.ordo.plugins.data.schema.metadata.MetadataRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Merges the database's tables, the metadata rows and the built-in system collections into the
 * {@link SchemaOverview}. Pure: the same inputs always give the same overview.
 *
 * <p>Collections, in name order, are the servable tables (see {@link ServableTables}) and the folders:
 * {@code directus_collections} rows with no table. System collections are served only when their table exists.
 */
public final class SchemaOverviewBuilder {

    private SchemaOverviewBuilder() {
    }

    public static SchemaOverview build(DatabaseSchema database, MetadataRows metadata, SystemSchema systemSchema,
                                       Set<String> excludedTables) {
        Map<String, CollectionMetaRow> metaByCollection = new LinkedHashMap<>();
        metadata.collections().forEach(row -> metaByCollection.putIfAbsent(row.collection(), row));
        Map<String, List<FieldMetaRow>> fieldRowsByCollection = metadata.fields().stream()
            .collect(Collectors.groupingBy(FieldMetaRow::collection, LinkedHashMap::new, Collectors.toList()));

        Map<String, CollectionOverview> collections = new TreeMap<>();
        for (TableSchema table : ServableTables.select(database, excludedTables).values()) {
            Optional<SystemCollection> system = systemSchema.collection(table.name());
            Optional<Map<String, Object>> meta = system.isPresent()
                ? system.map(SystemMeta::ofCollection)
                : Optional.ofNullable(metaByCollection.get(table.name())).map(CollectionMetaRow::meta);
            collections.put(table.name(), collection(table.name(), Optional.of(table), system, meta,
                fieldRowsByCollection.getOrDefault(table.name(), List.of())));
        }
        for (CollectionMetaRow row : metaByCollection.values()) {
            if (isFolder(row.collection(), database, systemSchema)) {
                collections.put(row.collection(), collection(row.collection(), Optional.empty(), Optional.empty(),
                    Optional.of(row.meta()), fieldRowsByCollection.getOrDefault(row.collection(), List.of())));
            }
        }

        return new SchemaOverview(collections,
            RelationsBuilder.build(collections, metadata.relations(), systemSchema.relations()));
    }

    // A row for a table that is not served (excluded, no single primary key, ...) is no folder, and a system
    // collection is never one: without its table it is left out.
    private static boolean isFolder(String collection, DatabaseSchema database, SystemSchema systemSchema) {
        return database.table(collection).isEmpty() && systemSchema.collection(collection).isEmpty();
    }

    private static CollectionOverview collection(String name, Optional<TableSchema> table,
                                                 Optional<SystemCollection> system, Optional<Map<String, Object>> meta,
                                                 List<FieldMetaRow> fieldRows) {
        CollectionMetaFacts facts = CollectionMetaFacts.from(meta);
        Map<String, FieldOverview> fields = new LinkedHashMap<>();
        CollectionFieldsBuilder.build(name, table, system, fieldRows).forEach(field -> fields.put(field.name(), field));
        return new CollectionOverview(name, table, meta, table.flatMap(TableSchema::singlePrimaryKey),
            facts.singleton(), facts.sortField(), facts.accountability(), system.isPresent(), fields);
    }
}
