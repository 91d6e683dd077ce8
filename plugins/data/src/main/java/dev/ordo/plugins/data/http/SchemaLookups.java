package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.relation.Reasons;

/** Finds what a path names, answering 403 rather than 404 for what does not exist, as Directus does. */
public final class SchemaLookups {

    private SchemaLookups() {
    }

    public static CollectionOverview collection(SchemaOverview overview, String collection) {
        return overview.collection(collection).orElseThrow(() -> new ForbiddenException(
            "You don't have permission to access collection \"" + collection + "\" or it does not exist."));
    }

    /**
     * A collection a {@code /fields} or {@code /relations} route names, as Directus's {@code collection-exists}
     * middleware accepts it: a table of the schema, system ones included. Unknown names and folders (no table) are
     * 403, with the reason Directus gives.
     */
    public static CollectionOverview tableCollection(SchemaOverview overview, String name) {
        return overview.collection(name).filter(c -> !c.isFolder())
            .orElseThrow(() -> new ForbiddenException(Reasons.collection(name)));
    }

    /**
     * A user collection an items route names: unknown collections and folders are 403 with the reason Directus's
     * {@code collection-exists} gives; system collections ({@code directus_*}, served by their own routes) pass that
     * check and are refused by the items controller itself, with a plain 403 and no reason.
     */
    public static CollectionOverview itemsCollection(SchemaOverview overview, String name) {
        return userCollection(tableCollection(overview, name));
    }

    /** The items controller's own refusal of a system collection: a plain 403, after the route's middleware. */
    public static CollectionOverview userCollection(CollectionOverview collection) {
        if (SystemSchema.isSystemName(collection.name())) {
            throw new ForbiddenException();
        }
        return collection;
    }

    public static FieldOverview field(CollectionOverview collection, String field) {
        return collection.field(field).orElseThrow(ForbiddenException::new);
    }

    public static Relation relation(SchemaOverview overview, String collection, String field) {
        return overview.relation(collection, field).orElseThrow(ForbiddenException::new);
    }
}
