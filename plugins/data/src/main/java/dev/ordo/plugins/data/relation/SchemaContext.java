package dev.ordo.plugins.data.relation;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.SchemaOverview;
import java.util.Optional;

/** The schema overview together with its relation map: what every step of the data path looks things up in. */
public record SchemaContext(SchemaOverview schema, RelationMap relations) {

    public static SchemaContext of(SchemaOverview schema) {
        return new SchemaContext(schema, RelationMap.of(schema));
    }

    /** A collection with a table; 403 for unknown collections and folders, as Directus answers. */
    public CollectionOverview collection(String name) {
        return schema.collection(name).filter(c -> !c.isFolder())
            .orElseThrow(() -> new ForbiddenException(Reasons.collection(name)));
    }

    public Optional<FieldOverview> field(String collection, String field) {
        return schema.collection(collection).flatMap(c -> c.field(field));
    }

    public String primaryKey(String collection) {
        return collection(collection).primaryKey().orElseThrow(() -> new ForbiddenException(Reasons.collection(collection)));
    }
}
