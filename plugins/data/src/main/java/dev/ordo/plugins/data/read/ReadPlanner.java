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

    public ReadPlanner(SchemaContext schema, AccessRules access, Accountability caller, QueryLimits limits,
                       UnaryOperator<Filter> resolveVariables) {
        this.schema = schema;
        this.access = access;
        this.caller = caller;
        this.limits = limits;
        this.resolveVariables = resolveVariables;
    }

    /** The plan for reading {@code collection} with {@code query} at the root of a request. */
    public ReadNode plan(String collection, Query query) {
        CollectionOverview root = schema.collection(collection);
        CollectionRules rules = rules(root);
        int limit = limits.limitOf(query);
        LevelQuery level = new LevelQuery(filter(query.filter(), rules), query.search(),
            sort(root, query.sort(), ""), limit, limits.offsetOf(query, limit));
        return level(root, rules, query.fields(), query.alias(), query.deep(), level, "", query.backlink(), null);
    }

    private ReadNode level(CollectionOverview collection, CollectionRules rules, List<String> fields,
                           Map<String, String> aliases, Map<String, Query> deep, LevelQuery query, String path,
                           boolean backlink, String cameFrom) {
        Map<String, Request> requests = requests(collection, fields.isEmpty() ? List.of("*") : fields, aliases,
            backlink, cameFrom);
        List<Selection> selections = new ArrayList<>();
        for (Map.Entry<String, Request> entry : requests.entrySet()) {
            select(collection, rules, entry.getKey(), entry.getValue(), deep, path, backlink).ifPresent(selections::add);
        }
        return new ReadNode(collection, collection.primaryKey().orElseThrow(), selections, query, rules, path);
    }

    /** What was asked of each output key at one level, after expanding {@code *}. */
    private Map<String, Request> requests(CollectionOverview collection, List<String> fields, Map<String, String> aliases,
                                          boolean backlink, String cameFrom) {
        Map<String, Request> requests = new LinkedHashMap<>();
        for (String path : fields) {
            List<String> segments = FieldPaths.segments(path);
            String first = segments.get(0);
            String rest = String.join(".", segments.subList(1, segments.size()));
            if (first.equals("*")) {
                for (FieldOverview field : collection.fields().values()) {
                    if (isPresentation(field) || (!backlink && !rest.isEmpty() && field.name().equals(cameFrom))) {
                        continue;
                    }
                    boolean relational = schema.relations().field(collection.name(), field.name()).isPresent();
                    request(requests, field.name(), field.name(), relational ? rest : "");
                }
                aliases.forEach((alias, target) -> request(requests, alias, target, ""));
            } else {
                request(requests, first, aliases.getOrDefault(first, first), rest);
            }
        }
        return requests;
    }

    private static void request(Map<String, Request> requests, String key, String source, String rest) {
        requests.computeIfAbsent(key, k -> new Request(source, new ArrayList<>())).add(rest);
    }

    private Optional<Selection> select(CollectionOverview collection, CollectionRules rules, String key, Request request,
                                       Map<String, Query> deep, String path, boolean backlink) {
        String source = FieldPaths.collectionScope(request.source()).map(CollectionScope::field)
            .orElse(request.source());
        Optional<FunctionCall> call = FieldPaths.functionCall(source);
        if (call.isPresent()) {
            return Optional.of(function(collection, rules, key, source, call.get(), path));
        }
        FieldOverview field = readableField(collection, rules, source, path);
        Optional<RelationField> relation = schema.relations().field(collection.name(), source);
        List<String> subPaths = request.subPaths();
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (relation.isEmpty()) {
            if (!subPaths.isEmpty()) {
                throw new ForbiddenException(Reasons.field(subPaths.get(0).split("\\.")[0], collection.name(), childPath));
            }
            return field.isAlias() ? Optional.empty() : Optional.of(new Selection.Column(key, field));
        }
        RelationField related = relation.get();
        if (related instanceof RelationField.ManyToOne m2o) {
            return Optional.of(subPaths.isEmpty() ? new Selection.Column(key, field)
                : new Selection.ManyToOne(key, field, m2o, related(m2o.relatedCollection(), subPaths, deep.get(key),
                    childPath, backlink, field.name(), null)));
        }
        if (related instanceof RelationField.OneToMany o2m) {
            boolean keysOnly = subPaths.isEmpty();
            List<String> fields = keysOnly ? List.of(schema.primaryKey(o2m.childCollection())) : subPaths;
            return Optional.of(new Selection.OneToMany(key, o2m, related(o2m.childCollection(), fields, deep.get(key),
                childPath, backlink, o2m.childField(), o2m.sortField()), keysOnly));
        }
        RelationField.AnyToOne a2o = (RelationField.AnyToOne) related;
        return Optional.of(subPaths.isEmpty() ? new Selection.Column(key, field)
            : anyToOne(key, field, a2o, request, deep, childPath, backlink));
    }

    private Selection anyToOne(String key, FieldOverview field, RelationField.AnyToOne a2o, Request request,
                               Map<String, Query> deep, String path, boolean backlink) {
        Map<String, List<String>> perCollection = new LinkedHashMap<>();
        String scope = FieldPaths.collectionScope(request.source()).map(CollectionScope::collection).orElse(null);
        for (String collection : a2o.allowedCollections()) {
            if ((scope == null || scope.equals(collection)) && schema.schema().collection(collection).isPresent()
                && access.rules(caller, collection, Action.READ).isPresent()) {
                perCollection.put(collection, request.subPaths());
            }
        }
        Map<String, ReadNode> nested = new LinkedHashMap<>();
        perCollection.forEach((collection, subPaths) -> nested.put(collection, related(collection, subPaths,
            deep.getOrDefault(key + ":" + collection, deep.get(key)), path, backlink, null, null)));
        return new Selection.AnyToOne(key, field, a2o, nested);
    }

    /**
     * The level of a related collection. To-many levels ({@code listSort} given) take the deep query's filter, sort,
     * limit (else the default) and offset, and are sorted by the relation's sort field when the query names none.
     */
    private ReadNode related(String collectionName, List<String> subPaths, Query deepQuery, String path, boolean backlink,
                             String cameFrom, Optional<String> listSort) {
        boolean toMany = listSort != null;
        CollectionOverview collection = schema.collection(collectionName);
        CollectionRules rules = rules(collection);
        Query nested = deepQuery == null ? Query.EMPTY : deepQuery;
        int limit = toMany ? limits.limitOf(nested) : -1;
        LevelQuery query = new LevelQuery(filter(toMany ? nested.filter() : Optional.empty(), rules),
            toMany ? nested.search() : Optional.empty(),
            toMany ? sort(collection, nested.sort().isEmpty() && listSort.isPresent() ? List.of(listSort.get())
                : nested.sort(), path) : List.of(),
            limit, toMany ? limits.offsetOf(nested, limit) : 0);
        List<String> fields = subPaths.stream().filter(p -> !p.isEmpty()).toList();
        return level(collection, rules, fields.isEmpty() ? List.of("*") : fields, nested.alias(), nested.deep(), query,
            path, backlink, cameFrom);
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
                return new Selection.RelatedCount(output, o2m);
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

    private CollectionRules rules(CollectionOverview collection) {
        return access.rules(caller, collection.name(), Action.READ)
            .orElseThrow(() -> new ForbiddenException(Reasons.collection(collection.name())));
    }

    private Optional<Filter> filter(Optional<Filter> requested, CollectionRules rules) {
        List<Filter> parts = new ArrayList<>();
        requested.ifPresent(parts::add);
        rules.itemFilter().ifPresent(parts::add);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Filter combined = parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
        return Optional.of(resolveVariables.apply(combined));
    }

    /** Sort keys, checked against the schema; without any, the collection's sort field or its primary key. */
    private List<SortTerm> sort(CollectionOverview collection, List<String> entries, String path) {
        List<SortTerm> terms = new ArrayList<>();
        for (String entry : entries) {
            terms.add(SortTerms.parse(schema, collection, entry, path));
        }
        if (terms.isEmpty()) {
            String field = collection.sortField().orElse(collection.primaryKey().orElseThrow());
            terms.add(new SortTerm(List.of(field), "", false));
        }
        return terms;
    }

    private static boolean isPresentation(FieldOverview field) {
        return field.isAlias() && (field.hasSpecial("no-data") || field.hasSpecial("group") || field.special().isEmpty()
            || field.special().equals(List.of("alias")));
    }

    /** The source field of an output key and the sub-paths asked of it ({@code ""} for the field itself). */
    private record Request(String source, List<String> subPaths) {
        void add(String rest) {
            if (!rest.isEmpty()) {
                subPaths.add(rest);
            }
        }
    }
}
