package dev.ordo.api.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema as Ordo serves it: the database's tables merged with the {@code directus_collections},
 * {@code directus_fields} and {@code directus_relations} metadata and the built-in system collections.
 * Tables without a single-column primary key, and tables whose name contains a space, are not in it.
 */
public record SchemaOverview(Map<String, CollectionOverview> collections, List<Relation> relations) {

    public SchemaOverview {
        collections = Collections.unmodifiableMap(new LinkedHashMap<>(collections));
        relations = List.copyOf(relations);
    }

    public Optional<CollectionOverview> collection(String name) {
        return Optional.ofNullable(collections.get(name));
    }

    /** The relations whose many side is {@code collection}. */
    public List<Relation> relationsOf(String collection) {
        return relations.stream().filter(r -> r.collection().equals(collection)).toList();
    }

    public Optional<Relation> relation(String collection, String field) {
        return relations.stream()
            .filter(r -> r.collection().equals(collection) && r.field().equals(field))
            .findFirst();
    }
}
