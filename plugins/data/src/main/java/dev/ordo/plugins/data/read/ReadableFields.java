package dev.ordo.plugins.data.read;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.query.FieldFunctions;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.query.FollowKey;
import dev.ordo.plugins.data.query.FunctionCall;
import dev.ordo.plugins.data.query.ReadableItems;
import dev.ordo.plugins.data.relation.Reasons;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a caller may read every field a query uses besides its selection: in filters, sort keys, {@code deep},
 * aggregates and groups, at any depth and through any relation (PLATFORM.md §2.5). A field the caller may not read
 * answers 403 with the same reason as a field that does not exist. Only the caller's own query is checked: permission
 * filters may use fields the caller cannot see.
 */
public final class ReadableFields {

    private final SchemaContext schema;
    private final AccessRules access;
    private final Accountability caller;
    private final PermissionFilterNames permissionFilters;

    public ReadableFields(SchemaContext schema, AccessRules access, Accountability caller) {
        this.schema = schema;
        this.access = access;
        this.caller = caller;
        this.permissionFilters = new PermissionFilterNames(schema);
    }

    /**
     * The caller's read rules on {@code collection}; 403 when they may not read it, 400 when a permission's filter
     * names a field the collection lacks.
     */
    public CollectionRules rules(CollectionOverview collection, String path) {
        CollectionRules rules = access.rules(caller, collection.name(), Action.READ)
            .orElseThrow(() -> new ForbiddenException(Reasons.collection(collection.name(), path)));
        rules.grants().forEach(grant -> grant.itemFilter().ifPresent(f -> permissionFilters.check(f, collection)));
        return rules;
    }

    /**
     * 403 unless the caller may read {@code field} (or the field a function such as {@code year(date)} reads). The
     * primary key may always be used: singular reads filter by it, and keys are what item URLs are made of.
     */
    public void field(CollectionOverview collection, String field, String path) {
        Optional<FunctionCall> call = FieldPaths.functionCall(field);
        String name = call.map(FunctionCall::field).orElse(field);
        CollectionRules rules = rules(collection, path);
        if (!name.equals(collection.primaryKey().orElse(null)) && !rules.allowsField(name)) {
            throw new ForbiddenException(Reasons.field(name, collection.name(), path));
        }
        if (call.isPresent() && call.get().name().equals(FieldFunctions.COUNT)) {
            countsOnlyReadableItems(collection, field, name, path);
        }
    }

    /**
     * {@code count(comments)} as a filter, sort or group key counts every related item, so it is open only to callers
     * who may read them all: otherwise it would tell how many hidden items there are. (As a selected field it counts
     * the readable ones, see {@code Selection.RelatedCount}.)
     */
    private void countsOnlyReadableItems(CollectionOverview collection, String key, String field, String path) {
        Optional<RelationField> relation = schema.relations().field(collection.name(), field);
        if (relation.isPresent() && relation.get() instanceof RelationField.OneToMany o2m) {
            String childPath = path.isEmpty() ? field : path + "." + field;
            if (rules(schema.collection(o2m.childCollection()), childPath).itemFilter().isPresent()) {
                throw new ForbiddenException(Reasons.field(key, collection.name(), path));
            }
        }
    }

    /**
     * Checks every field {@code filter} reads, on {@code collection} and through relations, and guards the conditions
     * on fields the caller sees on some items only: such a condition holds only where the field shows, so a filter
     * never reveals a hidden value (stricter than Directus's {@code CASE}, under which {@code _null} matches a hidden
     * value). Through a relation, it holds only on related items the caller may read.
     *
     * @return the filter to apply, with those guards
     */
    public Filter filter(Filter filter, CollectionOverview collection, String path) {
        return filter(filter, collection, path, false);
    }

    /**
     * @param mayBeAbsent whether {@code collection} is reached through a relation, whose filter also holds on a row
     *                    of nulls where there is no related item (DATA-API.md §3.3.5; under {@code _some} and
     *                    {@code _none} no such row is ever met): that absent item is no item the permissions
     *                    restrict, so their guards let it through
     */
    private Filter filter(Filter filter, CollectionOverview collection, String path, boolean mayBeAbsent) {
        if (filter instanceof Filter.And and) {
            return new Filter.And(and.filters().stream().map(f -> filter(f, collection, path, mayBeAbsent)).toList());
        }
        if (filter instanceof Filter.Or or) {
            return new Filter.Or(or.filters().stream().map(f -> filter(f, collection, path, mayBeAbsent)).toList());
        }
        if (filter instanceof Filter.Condition condition) {
            field(collection, condition.field(), path);
            return guarded(condition, condition.field(), collection, path, mayBeAbsent);
        }
        return related((Filter.Related) filter, collection, path, mayBeAbsent);
    }

    /**
     * Every field of a sort key's path, each in the collection it belongs to (through one-to-manys too), a refusal
     * naming where on the path it happened ({@code Queried in "author"}), as for filters.
     */
    public void sort(SortTerm term, CollectionOverview collection, String path) {
        CollectionOverview current = collection;
        String currentPath = path;
        for (String step : term.path().subList(0, term.path().size() - 1)) {
            field(current, RelationSteps.field(step), currentPath);
            current = RelationSteps.target(schema, current, step).orElseThrow();
            currentPath = currentPath.isEmpty() ? step : currentPath + "." + step;
        }
        String last = term.field();
        field(current, last, currentPath);
        if (FieldFunctions.COUNT.equals(term.function())) {
            countsOnlyReadableItems(current, FieldFunctions.COUNT + "(" + last + ")", last, currentPath);
        }
    }

    /**
     * On which items of {@code collection} the caller sees the value at the end of {@code path} (a field, or a field
     * reached through many-to-one relations or many-to-any scopes): where each field on the way shows, and each
     * related item on the way is one the caller may read. Empty when it shows on every item the caller may read.
     */
    public Optional<Filter> shown(List<String> path, CollectionOverview collection, String levelPath) {
        String first = path.get(0);
        String field = RelationSteps.field(first);
        CollectionRules rules = rules(collection, levelPath);
        Optional<Filter> here = rules.allowsField(field) ? rules.fieldCondition(field) : Optional.empty();
        if (path.size() == 1) {
            return here;
        }
        CollectionOverview target = RelationSteps.target(schema, collection, first).orElseThrow();
        String childPath = levelPath.isEmpty() ? field : levelPath + "." + field;
        List<Filter> there = new ArrayList<>();
        rules(target, childPath).itemFilter().ifPresent(there::add);
        shown(path.subList(1, path.size()), target, childPath).ifPresent(there::add);
        if (there.isEmpty()) {
            return here;
        }
        Filter related = new Filter.Related(first, Filter.Quantifier.IMPLICIT,
            there.size() == 1 ? there.get(0) : new Filter.And(there));
        return Optional.of(here.<Filter>map(condition -> new Filter.And(List.of(condition, related))).orElse(related));
    }

    /** The relational fields {@code deep} names at one level (deeper levels are checked as they are planned). */
    public void deep(Map<String, Query> deep, CollectionOverview collection, String path) {
        for (String key : deep.keySet()) {
            field(collection, RelationSteps.field(key), path);
        }
    }

    private Filter related(Filter.Related related, CollectionOverview collection, String path, boolean mayBeAbsent) {
        String childPath = path.isEmpty() ? related.field() : path + "." + related.field();
        Optional<FollowKey> follow = FollowKey.parse(related.field());
        if (follow.isPresent()) {
            Optional<CollectionOverview> source = schema.schema().collection(follow.get().collection());
            if (source.isEmpty()) {
                return related;
            }
            field(source.get(), follow.get().field(), childPath);
            return new Filter.Related(related.field(), related.quantifier(),
                readableOnly(filter(related.filter(), source.get(), childPath, true), source.get(), childPath, false));
        }
        String field = RelationSteps.field(related.field());
        field(collection, field, path);
        Optional<CollectionOverview> next = RelationSteps.filtered(schema, collection, related.field());
        if (next.isEmpty()) {
            return related;
        }
        boolean toOneTarget = FieldPaths.collectionScope(related.field()).isPresent() || schema.relations()
            .field(collection.name(), field).filter(RelationField.ManyToOne.class::isInstance).isPresent();
        Filter inner = new Filter.Related(related.field(), related.quantifier(), readableOnly(
            filter(related.filter(), next.get(), childPath, true), next.get(), childPath, toOneTarget));
        return guarded(inner, field, collection, path, mayBeAbsent);
    }

    /**
     * {@code filter} on the related items the caller may read only, as Directus applies the read permissions under
     * {@code _some} and {@code _none} (DATA-API.md §3.3.6): a filter never reaches through an item the caller cannot
     * see (the fields' guards alone do not, where every permission lists the field). Through a to-many relation the
     * condition is marked as the readable one ({@link ReadableItems}): the items the caller may not read count as
     * absent, so an item whose related items are all hidden meets an implicit filter as one without any does.
     */
    private Filter readableOnly(Filter filter, CollectionOverview collection, String path, boolean toOne) {
        Optional<Filter> readable = rules(collection, path).itemFilter();
        if (readable.isEmpty()) {
            return filter;
        }
        if (!toOne) {
            return ReadableItems.restrict(filter, collection.primaryKey().orElseThrow(), readable.get());
        }
        return new Filter.And(List.of(orAbsent(readable.get(), collection, true), filter));
    }

    /** {@code filter} on {@code field}, holding only where the caller sees the field. */
    private Filter guarded(Filter filter, String field, CollectionOverview collection, String path, boolean mayBeAbsent) {
        String name = FieldPaths.functionCall(field).map(FunctionCall::field).orElse(field);
        if (name.equals(collection.primaryKey().orElse(null))) {
            return filter;
        }
        Optional<Filter> shown = rules(collection, path).fieldCondition(name);
        return shown.isPresent()
            ? new Filter.And(List.of(orAbsent(shown.get(), collection, mayBeAbsent), filter)) : filter;
    }

    /**
     * A permission's condition, which the absent item of a relation (the row of nulls, whose key is null where every
     * item's key is not) passes as well.
     */
    private static Filter orAbsent(Filter permission, CollectionOverview collection, boolean related) {
        if (!related) {
            return permission;
        }
        Filter absent = new Filter.Condition(collection.primaryKey().orElseThrow(), "_null", true);
        return new Filter.Or(List.of(permission, absent));
    }
}
