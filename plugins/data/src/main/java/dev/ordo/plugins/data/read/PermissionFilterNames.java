package dev.ordo.plugins.data.read;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.query.FollowKey;
import dev.ordo.plugins.data.query.FunctionCall;
import dev.ordo.plugins.data.relation.SchemaContext;

/**
 * Checks that a permission's item filter names only fields that exist, through its relations too. An unknown field in
 * a caller's own filter is a 403 (it may be one they may not see); in a permission it is the administrator's mistake,
 * which Directus meets when it builds the SQL: every read the permission applies to fails with 400
 * {@code INVALID_QUERY} 'Invalid filter key "x" on "collection"'. Relations this check cannot resolve are left to the
 * filter compiler, which refuses them with its own messages.
 */
final class PermissionFilterNames {

    private final SchemaContext schema;

    PermissionFilterNames(SchemaContext schema) {
        this.schema = schema;
    }

    void check(Filter filter, CollectionOverview collection) {
        if (filter instanceof Filter.And and) {
            and.filters().forEach(f -> check(f, collection));
        } else if (filter instanceof Filter.Or or) {
            or.filters().forEach(f -> check(f, collection));
        } else if (filter instanceof Filter.Condition condition) {
            existing(collection, FieldPaths.functionCall(condition.field()).map(FunctionCall::field)
                .orElse(condition.field()), condition.field());
        } else {
            related((Filter.Related) filter, collection);
        }
    }

    private void related(Filter.Related related, CollectionOverview collection) {
        if (FollowKey.parse(related.field()).isPresent()) {
            return;
        }
        existing(collection, RelationSteps.field(related.field()), related.field());
        RelationSteps.filtered(schema, collection, related.field()).ifPresent(target -> check(related.filter(), target));
    }

    private static void existing(CollectionOverview collection, String field, String key) {
        if (collection.field(field).isEmpty()) {
            throw new InvalidQueryException("Invalid filter key \"" + key + "\" on \"" + collection.name() + "\"");
        }
    }
}
