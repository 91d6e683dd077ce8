package dev.ordo.plugins.data.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.plugins.data.access.AccessRules;
import java.util.Objects;

/**
 * Who may read which part of the schema: every schema read route asks here, so the rule lives in one place. It follows
 * the callers' read permissions, as Directus's collections, fields and relations services do.
 */
public final class SchemaReadAccess {

    private final AccessRules rules;

    public SchemaReadAccess(AccessRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** What {@code caller} may read, for the length of one request. */
    ReadableSchema of(Accountability caller) {
        return new ReadableSchema(rules, caller);
    }
}
