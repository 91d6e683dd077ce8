package dev.ordo.plugins.data.read;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.query.CollectionScope;
import dev.ordo.plugins.data.query.FieldFunctions;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.query.FunctionCall;
import dev.ordo.plugins.data.relation.Reasons;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns a request's query into a tree of {@link ReadNode}s: expands {@code *} and dotted paths into selections per
 * level, follows relations, applies {@code alias} and {@code deep}, and checks every field exists and may be read
 * (403 otherwise, never telling the two apart).
 */
public final class ReadPlanner {

    private final SchemaContext schema;
    private final AccessRules access;
    private final Accountability caller;
    private final QueryLimits limits;
    private final UnaryOperator<Filter> resolveVariables;
    private final ReadableFields readable;

    public ReadPlanner(SchemaContext schema, AccessRules access, Accountability caller, QueryLimits limits,
                       UnaryOperator<Filter> resolveVariables) {
        this.schema = schema;
        this.access = access;
        this.caller = caller;
        this.limits = limits;
        this.resolveVariables = resolveVariables;
        this.readable = new ReadableFields(schema, access, caller);
    }

    /** The plan for reading {@code collection} with {@code query} at the root of a request. */
    public ReadNode plan(String collection, Query query) {
        CollectionOverview root = schema.collection(collection);
        CollectionRules rules = rules(root, "");
        int limit = limits.limitOf(query);
        LevelQuery level = new LevelQuery(filter(query.filter(), rules, root, ""), query.search(),
            sort(root, query.sort(), query.alias(), "", true), limit, limits.offsetOf(query, limit),
            permitted(rules));
        return level(root, rules, query.fields(), query.alias(), query.deep(), level, "", query.backlink(),
            Optional.empty());
    }

    /** @param cameThrough the relation this level was reached through; empty at the root */
    private ReadNode level(CollectionOverview collection, CollectionRules rules, List<String> fields,
                           Map<String, String> aliases, Map<String, Query> deep, LevelQuery query, String path,
                           boolean backlink, Optional<ManySide> cameThrough) {
        readable.deep(deep, collection, path);
        Map<String, Request> requests = requests(collection, rules, fields.isEmpty() ? List.of("*") : fields, aliases,
            backlink ? Optional.empty() : cameThrough);
        // Directus answers an item's plain fields first and its related items after them, each group in the
        // order asked (parse-fields puts the nested nodes last).
        List<Selection> selections = new ArrayList<>();
        List<Selection> nested = new ArrayList<>();
        for (Map.Entry<String, Request> entry : requests.entrySet()) {
            select(collection, rules, entry.getKey(), entry.getValue(), deep, path, backlink)
                .ifPresent(selection -> (isNested(selection) ? nested : selections).add(selection));
        }
        selections.addAll(nested);
        return new ReadNode(collection, collection.primaryKey().orElseThrow(), selections, query, rules, path,
            fieldConditions(collection, rules));
    }

    private boolean isReadable(String collection) {
        return access.rules(caller, collection, Action.READ).isPresent();
    }

    private static boolean isNested(Selection selection) {
        return selection instanceof Selection.ManyToOne || selection instanceof Selection.OneToMany
            || selection instanceof Selection.AnyToOne;
    }

    /** The fields this caller sees on some items only, each with its condition, variables resolved. */
    private Map<String, Filter> fieldConditions(CollectionOverview collection, CollectionRules rules) {
        Map<String, Filter> conditions = new LinkedHashMap<>();
        for (String field : collection.fields().keySet()) {
            if (rules.allowsField(field)) {
                rules.fieldCondition(field).ifPresent(condition -> conditions.put(field,
                    resolveVariables.apply(condition)));
            }
        }
        return conditions;
    }

    /**
     * What was asked of each output key at one level, after expanding {@code *} to the fields the caller may read
     * (as Directus does: {@code *} never asks for a forbidden field). Many-to-any scopes
     * ({@code item:headings.title}) are asked of the field itself ({@code item}), per collection.
     *
     * @param leavesOut with {@code backlink=false}, the relation back to the parent level, which {@code *.*} then
     *                  does not expand: it stays a plain field (its key or keys), as Directus's convertWildcards
     *                  keeps it among the non-relational fields
     */
    private Map<String, Request> requests(CollectionOverview collection, CollectionRules rules, List<String> fields,
                                          Map<String, String> aliases, Optional<ManySide> leavesOut) {
        Map<String, Request> requests = new LinkedHashMap<>();
        for (String path : fields) {
            List<String> segments = FieldPaths.segments(path);
            String first = segments.get(0);
            String rest = String.join(".", segments.subList(1, segments.size()));
            Optional<CollectionScope> scope = FieldPaths.collectionScope(first);
            if (first.equals("*")) {
                for (FieldOverview field : collection.fields().values()) {
                    Optional<RelationField> relation = schema.relations().field(collection.name(), field.name());
                    boolean leadsBack = leavesOut.isPresent() && relation.map(ManySide::of).equals(leavesOut);
                    if (isPresentation(field) || !rules.allowsField(field.name())) {
                        continue;
                    }
                    request(requests, field.name(), field.name()).add(relation.isPresent() && !leadsBack ? rest : "");
                }
                aliases.forEach((alias, target) -> request(requests, alias, target));
            } else if (scope.isPresent()) {
                String key = scope.get().field();
                request(requests, key, aliases.getOrDefault(key, key)).addScoped(scope.get().collection(), rest);
            } else {
                request(requests, first, aliases.getOrDefault(first, first)).add(rest);
            }
        }
        return requests;
    }

    private static Request request(Map<String, Request> requests, String key, String source) {
        return requests.computeIfAbsent(key, k -> new Request(source, new ArrayList<>(), new LinkedHashMap<>()));
    }

    private Optional<Selection> select(CollectionOverview collection, CollectionRules rules, String key, Request request,
                                       Map<String, Query> deep, String path, boolean backlink) {
        String source = request.source();
        Optional<FunctionCall> call = FieldPaths.functionCall(source);
        if (call.isPresent()) {
            return Optional.of(function(collection, rules, key, source, call.get(), path));
        }
        FieldOverview field = readableField(collection, rules, source, path);
        Optional<RelationField> relation = schema.relations().field(collection.name(), source);
        List<String> subPaths = request.subPaths();
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (!request.scoped().isEmpty() && !(relation.orElse(null) instanceof RelationField.AnyToOne)) {
            // Only many-to-any fields have collection scopes.
            throw new ForbiddenException(Reasons.field(key + ":" + request.scoped().keySet().iterator().next(),
                collection.name(), path));
        }
        if (relation.isEmpty()) {
            if (!subPaths.isEmpty()) {
                throw new ForbiddenException(Reasons.field(subPaths.get(0).split("\\.")[0], collection.name(), childPath));
            }
            return field.isAlias() ? Optional.empty() : Optional.of(new Selection.Column(key, field));
        }
        RelationField related = relation.get();
        Optional<ManySide> through = Optional.of(ManySide.of(related));
        if (related instanceof RelationField.ManyToOne m2o) {
            if (subPaths.isEmpty()) {
                return Optional.of(new Selection.Column(key, field));
            }
            // As Directus's parse-fields, a related collection the caller may not read at all is left out, not refused.
            return isReadable(m2o.relatedCollection()) ? Optional.of(new Selection.ManyToOne(key, field, m2o,
                related(m2o.relatedCollection(), subPaths, deep.get(key), childPath, backlink, through, null)))
                : Optional.empty();
        }
        if (related instanceof RelationField.OneToMany o2m) {
            if (!isReadable(o2m.childCollection())) {
                return Optional.empty();
            }
            boolean keysOnly = subPaths.isEmpty();
            List<String> fields = keysOnly ? List.of(schema.primaryKey(o2m.childCollection())) : subPaths;
            return Optional.of(new Selection.OneToMany(key, o2m, related(o2m.childCollection(), fields, deep.get(key),
                childPath, backlink, through, o2m.sortField()), keysOnly));
        }
        RelationField.AnyToOne a2o = (RelationField.AnyToOne) related;
        return Optional.of(subPaths.isEmpty() && request.scoped().isEmpty() ? new Selection.Column(key, field)
            : anyToOne(key, field, a2o, request, deep, childPath, backlink));
    }

    /**
     * The collections a many-to-any field is read in: every allowed one the caller may read, with the sub-fields
     * asked of all of them plus those scoped to it. With scopes, a collection nothing is asked of is left out, so its
     * items stay raw keys.
     */
    private Selection anyToOne(String key, FieldOverview field, RelationField.AnyToOne a2o, Request request,
                               Map<String, Query> deep, String path, boolean backlink) {
        Map<String, ReadNode> nested = new LinkedHashMap<>();
        for (String collection : a2o.allowedCollections()) {
            List<String> subPaths = new ArrayList<>(request.subPaths());
            subPaths.addAll(request.scoped().getOrDefault(collection, List.of()));
            boolean asked = !subPaths.isEmpty() || request.scoped().containsKey(collection);
            if (asked && schema.schema().collection(collection).isPresent()
                && access.rules(caller, collection, Action.READ).isPresent()) {
                nested.put(collection, related(collection, subPaths, deep.getOrDefault(key + ":" + collection,
                    deep.get(key)), path, backlink, Optional.of(ManySide.of(a2o)), null));
            }
        }
        return new Selection.AnyToOne(key, field, a2o, nested);
    }

    /**
     * The level of a related collection. To-many levels ({@code listSort} given) take the deep query's filter, sort,
     * limit (else the default) and offset, and are sorted by the relation's sort field when the query names none.
     * To-one levels take its filter only: a related item that fails it is answered as null, the parent still listed
     * (§3.8; Directus merges the deep filter into the key lookup of a many-to-one).
     */
    private ReadNode related(String collectionName, List<String> subPaths, Query deepQuery, String path, boolean backlink,
                             Optional<ManySide> cameThrough, Optional<String> listSort) {
        boolean toMany = listSort != null;
        CollectionOverview collection = schema.collection(collectionName);
        CollectionRules rules = rules(collection, path);
        Query nested = deepQuery == null ? Query.EMPTY : deepQuery;
        int limit = toMany ? limits.limitOf(nested) : -1;
        boolean sortsByRelation = toMany && nested.sort().isEmpty() && listSort.isPresent();
        LevelQuery query = new LevelQuery(filter(nested.filter(), rules, collection, path),
            toMany ? nested.search() : Optional.empty(),
            toMany ? sort(collection, sortsByRelation ? List.of(listSort.get()) : nested.sort(), nested.alias(), path,
                !sortsByRelation) : List.of(),
            limit, toMany ? limits.offsetOf(nested, limit) : 0, permitted(rules));
        List<String> fields = subPaths.stream().filter(p -> !p.isEmpty()).toList();
        return level(collection, rules, fields.isEmpty() ? List.of("*") : fields, nested.alias(), nested.deep(), query,
            path, backlink, cameThrough);
    }

    private Selection function(CollectionOverview collection, CollectionRules rules, String key, String expression,
                               FunctionCall call, String path) {
        FieldOverview field = readableField(collection, rules, call.field(), path);
        String output = key.equals(expression) ? FieldPaths.outputKey(expression) : key;
        FieldFunctions.check(call, field.type());
        if (call.isJson()) {
            return new Selection.JsonValue(output, field, call.path());
        }
        if (call.name().equals(FieldFunctions.COUNT) && field.type() == FieldType.JSON) {
            return new Selection.JsonLength(output, field);
        }
        if (call.name().equals(FieldFunctions.COUNT)) {
            Optional<RelationField> relation = schema.relations().field(collection.name(), field.name());
            if (relation.isPresent() && relation.get() instanceof RelationField.OneToMany o2m) {
                // Only the related items the caller may read are counted, as they would be listed.
                String childPath = path.isEmpty() ? field.name() : path + "." + field.name();
                CollectionRules counted = rules(schema.collection(o2m.childCollection()), childPath);
                return new Selection.RelatedCount(output, o2m, permitted(counted));
            }
            throw new InvalidQueryException("Function \"count\" only applies to one-to-many fields, not to \""
                + field.name() + "\"");
        }
        return new Selection.DatePart(output, call.name(), field);
    }

    private FieldOverview readableField(CollectionOverview collection, CollectionRules rules, String name, String path) {
        return collection.field(name).filter(f -> rules.allowsField(name))
            .orElseThrow(() -> new ForbiddenException(Reasons.field(name, collection.name(), path)));
    }

    private CollectionRules rules(CollectionOverview collection, String path) {
        return readable.rules(collection, path);
    }

    private Optional<Filter> permitted(CollectionRules rules) {
        return rules.itemFilter().map(resolveVariables);
    }

    /** The caller's filter (every field of it readable) AND the permission filter. */
    private Optional<Filter> filter(Optional<Filter> requested, CollectionRules rules, CollectionOverview collection,
                                    String path) {
        List<Filter> parts = new ArrayList<>();
        requested.map(f -> readable.filter(f, collection, path)).ifPresent(parts::add);
        rules.itemFilter().ifPresent(parts::add);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Filter combined = parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
        return Optional.of(resolveVariables.apply(combined));
    }

    /**
     * Sort keys, checked against the schema, an alias standing for its field; without any, the collection's sort
     * field or its primary key.
     *
     * @param requested whether the caller asked for these keys (and must be able to read them)
     */
    private List<SortTerm> sort(CollectionOverview collection, List<String> entries, Map<String, String> aliases,
                                String path, boolean requested) {
        List<SortTerm> terms = new ArrayList<>();
        for (String entry : entries) {
            SortTerm term = SortTerms.parse(schema, collection, FieldPaths.unalias(entry, aliases), path);
            if (requested) {
                readable.sort(term, collection, path);
            }
            terms.add(shown(term, collection, path));
        }
        if (terms.isEmpty()) {
            // A sort field the collection's settings name may be gone (or never existed): it is checked as a
            // requested one would be, so it is refused as Directus refuses it (403) rather than failing.
            SortTerm fallback = collection.sortField().isPresent()
                ? SortTerms.parse(schema, collection, collection.sortField().get(), path)
                : new SortTerm(List.of(collection.primaryKey().orElseThrow()), "", false);
            terms.add(shown(fallback, collection, path));
        }
        return terms;
    }

    private SortTerm shown(SortTerm term, CollectionOverview collection, String path) {
        if (term.toMany().isEmpty()) {
            return term.shownWhere(readable.shown(term.path(), collection, path).map(resolveVariables));
        }
        // Through one-to-manys: the path up to the first shows on some items of this level, the rest of it up to the
        // next one-to-many on some related items of each step, and only the related items the caller may read count.
        List<String> fields = term.path();
        List<SortTerm.ToMany> steps = new ArrayList<>();
        CollectionOverview owner = collection;
        String ownerPath = path;
        int from = 0;
        for (int i = 0; i < term.toMany().size(); i++) {
            int step = term.toMany().get(i).step();
            for (String toOne : fields.subList(from, step)) {
                owner = RelationSteps.target(schema, owner, toOne).orElseThrow();
            }
            RelationField.OneToMany o2m = (RelationField.OneToMany) schema.relations()
                .field(owner.name(), fields.get(step)).orElseThrow();
            CollectionOverview child = schema.collection(o2m.childCollection());
            String childPath = (ownerPath.isEmpty() ? "" : ownerPath + ".") + String.join(".", fields.subList(from,
                step + 1));
            int end = i + 1 < term.toMany().size() ? term.toMany().get(i + 1).step() + 1 : fields.size();
            steps.add(new SortTerm.ToMany(step, permitted(rules(child, childPath)),
                readable.shown(fields.subList(step + 1, end), child, childPath).map(resolveVariables)));
            owner = child;
            ownerPath = childPath;
            from = step + 1;
        }
        return term.through(steps).shownWhere(readable.shown(term.toManyPath().orElseThrow(), collection, path)
            .map(resolveVariables));
    }

    private static boolean isPresentation(FieldOverview field) {
        return field.isAlias() && (field.hasSpecial("no-data") || field.hasSpecial("group") || field.special().isEmpty()
            || field.special().equals(List.of("alias")));
    }

    /**
     * The source field of an output key and the sub-paths asked of it ({@code ""} for the field itself), and for a
     * many-to-any field those asked of one collection only ({@code item:headings.title}).
     */
    private record Request(String source, List<String> subPaths, Map<String, List<String>> scoped) {
        void add(String rest) {
            if (!rest.isEmpty()) {
                subPaths.add(rest);
            }
        }

        void addScoped(String collection, String rest) {
            List<String> paths = scoped.computeIfAbsent(collection, c -> new ArrayList<>());
            if (!rest.isEmpty()) {
                paths.add(rest);
            }
        }
    }

    /**
     * A relation by its many side (the collection and field holding the key), which both of its ends share:
     * {@code posts.author} is the relation of the many-to-one {@code posts.author} and of the one-to-many
     * {@code authors.posts}. The alias of its one side tells apart the relations that share a many field, as Directus
     * compares relations: of the two on {@code directus_access.policy}, only the one read through leads back.
     */
    private record ManySide(String collection, String field, Optional<String> oneField) {
        static ManySide of(RelationField relation) {
            if (relation instanceof RelationField.OneToMany o2m) {
                return new ManySide(o2m.childCollection(), o2m.childField(), Optional.of(o2m.field()));
            }
            Optional<String> oneField = relation instanceof RelationField.ManyToOne m2o ? m2o.oneField()
                : Optional.empty();
            return new ManySide(relation.collection(), relation.field(), oneField);
        }
    }
}
