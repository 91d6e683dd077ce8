package dev.ordo.plugins.data.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.relation.Reasons;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What of the schema one caller may read on {@code /collections}, {@code /fields} and {@code /relations}, as Directus
 * decides it: admins read everything; anyone else the collections they have a read permission on (their app-access
 * minimal permissions included) and the folders those sit in; when they may read {@code directus_fields}, the fields
 * their read permissions list; and when they may read {@code directus_relations}, the relations whose collections and
 * fields on both sides they may read. App access opens both.
 */
final class ReadableSchema {

    private static final String FIELDS = "directus_fields";
    private static final String RELATIONS = "directus_relations";

    private final AccessRules rules;
    private final Accountability caller;
    private final Map<String, Optional<CollectionRules>> reads = new HashMap<>();

    ReadableSchema(AccessRules rules, Accountability caller) {
        this.rules = rules;
        this.caller = caller;
    }

    /** The collections a list shows: the readable ones and every folder above one of them. */
    List<CollectionOverview> listed(SchemaOverview overview) {
        if (caller.admin()) {
            return List.copyOf(overview.collections().values());
        }
        Set<String> shown = new HashSet<>();
        for (CollectionOverview collection : overview.collections().values()) {
            if (!collection(collection.name())) {
                continue;
            }
            Optional<CollectionOverview> step = Optional.of(collection);
            while (step.isPresent() && shown.add(step.get().name())) {
                step = group(step.get()).flatMap(overview::collection);
            }
        }
        return overview.collections().values().stream().filter(c -> shown.contains(c.name())).toList();
    }

    boolean collection(String collection) {
        return caller.admin() || readRules(collection).isPresent();
    }

    boolean field(String collection, String field) {
        return caller.admin() || readRules(collection).map(found -> found.allowsField(field)).orElse(false);
    }

    /** A collection named by a route: 403 unless the caller has a read permission on it. */
    void requireCollection(String collection) {
        if (!collection(collection)) {
            throw new ForbiddenException(Reasons.action("read", collection));
        }
    }

    /** Lists of fields are read only by callers who may read {@code directus_fields} (one field needs no more). */
    void requireFields() {
        requireCollection(FIELDS);
    }

    /** Relations are read only by callers who may read {@code directus_relations}. */
    void requireRelations() {
        requireCollection(RELATIONS);
    }

    /** A relation is shown when the caller may read its collections and the fields on both of its sides. */
    boolean relation(Relation relation) {
        if (caller.admin()) {
            return true;
        }
        Optional<RelationMeta> meta = relation.meta();
        boolean collections = collection(relation.collection())
            && relation.relatedCollection().map(this::collection).orElse(true)
            && meta.map(m -> m.oneAllowedCollections().stream().allMatch(this::collection)).orElse(true);
        boolean fields = field(relation.collection(), relation.field())
            && relation.relatedCollection().flatMap(related -> meta.flatMap(RelationMeta::oneField)
                .map(oneField -> field(related, oneField))).orElse(true);
        return collections && fields;
    }

    private Optional<CollectionRules> readRules(String collection) {
        return reads.computeIfAbsent(collection, name -> rules.rules(caller, name, Action.READ));
    }

    private static Optional<String> group(CollectionOverview collection) {
        return collection.meta().map(meta -> meta.get("group")).filter(String.class::isInstance).map(String.class::cast);
    }
}
