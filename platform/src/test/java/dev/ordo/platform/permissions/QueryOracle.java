package dev.ordo.platform.permissions;

import static dev.ordo.platform.permissions.FixtureSchema.KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordo.platform.permissions.FixtureSchema.Field;
import dev.ordo.platform.permissions.FixtureSchema.Kind;
import dev.ordo.platform.permissions.GeneratedQuery.Deep;
import dev.ordo.platform.permissions.GeneratedQuery.SortKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Ordo must answer to a {@link GeneratedQuery}, worked out in Java from the raw rows and the {@link AccessOracle}:
 * 403 when the query names a field the caller may not read ({@link ForbiddenPaths}) or reads one item it may not;
 * otherwise exactly the open items the filter and search match ({@link CallerView}), in the requested order, each field
 * as the caller may see it and related items by their own collection's rules, or aggregates over the values the caller
 * sees ({@link AggregateOracle}).
 */
public final class QueryOracle {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final AccessOracle access;
    private final FixtureSchema schema;
    private final ForbiddenPaths forbidden;
    private final CallerView view;
    private final AggregateOracle aggregates;

    /** @param nullsFirstAscending whether the database puts nulls before values in an ascending sort */
    public QueryOracle(AccessOracle access, boolean nullsFirstAscending) {
        this.access = access;
        this.schema = access.schema();
        this.forbidden = new ForbiddenPaths(access);
        this.view = new CallerView(access, nullsFirstAscending);
        this.aggregates = new AggregateOracle(access, view);
    }

    /**
     * The expected answer: what makes it a 403 (a forbidden field, or an item the caller may not read), or the data
     * and, when asked for, the meta counts.
     */
    public record Expected(Optional<String> forbidden, JsonNode data, Optional<JsonNode> meta) {
    }

    public Expected expect(GeneratedQuery query) {
        Optional<String> refusedField = forbidden.first(query);
        if (refusedField.isPresent()) {
            return refused(refusedField.get());
        }
        if (query.key().isPresent()) {
            Optional<Row> item = access.data().row(query.collection(), query.key().get()).filter(access::open);
            return item.map(row -> new Expected(Optional.empty(), project(row, query.fields(), query.deep()),
                Optional.<JsonNode>empty())).orElse(refused("item " + query.key().get()));
        }
        if (query.isAggregate()) {
            return new Expected(Optional.empty(), aggregates.answer(query, matching(query)), Optional.empty());
        }
        return new Expected(Optional.empty(), items(query), query.meta().isEmpty() ? Optional.empty()
            : Optional.of(meta(query)));
    }

    private static Expected refused(String reason) {
        return new Expected(Optional.of(reason), JSON.nullNode(), Optional.empty());
    }

    /** {@code total_count}: the items the caller may read; {@code filter_count}: those the filter and search match. */
    private JsonNode meta(GeneratedQuery query) {
        ObjectNode meta = JSON.objectNode();
        if (query.meta().contains("total_count")) {
            meta.put("total_count", access.openRows(query.collection()).size());
        }
        if (query.meta().contains("filter_count")) {
            meta.put("filter_count", matching(query).size());
        }
        return meta;
    }

    private JsonNode items(GeneratedQuery query) {
        List<Row> rows = new ArrayList<>(matching(query));
        rows.sort(view.order(query.sort().isEmpty() ? List.of(new SortKey(List.of(KEY), false)) : query.sort()));
        int from = Math.min(rows.size(), query.offset().orElse(0));
        int to = Math.min(rows.size(), from + query.limit().orElse(100));
        ArrayNode items = JSON.arrayNode();
        for (Row row : rows.subList(from, to)) {
            items.add(project(row, query.fields(), query.deep()));
        }
        return items;
    }

    /** The open items of the query's collection its filter and search match, by key. */
    private List<Row> matching(GeneratedQuery query) {
        return access.openRows(query.collection()).stream()
            .filter(row -> query.filter().map(filter -> view.matches(row, filter)).orElse(true))
            .filter(row -> query.search().map(term -> view.found(row, term)).orElse(true))
            .toList();
    }

    /** One item as the caller reads it: the requested fields, with {@code *} standing for the readable ones. */
    private ObjectNode project(Row row, List<String> paths, Map<String, Deep> deep) {
        Map<String, List<String>> requests = new LinkedHashMap<>();
        for (String path : paths) {
            int dot = path.indexOf('.');
            String first = dot < 0 ? path : path.substring(0, dot);
            if (first.equals("*")) {
                access.readableFields(row.collection())
                    .forEach(field -> requests.computeIfAbsent(field, f -> new ArrayList<>()));
                continue;
            }
            List<String> rest = requests.computeIfAbsent(first, f -> new ArrayList<>());
            if (dot >= 0) {
                rest.add(path.substring(dot + 1));
            }
        }
        ObjectNode item = JSON.objectNode();
        requests.forEach((key, rest) -> {
            if (key.startsWith("count(")) {
                String field = key.substring(6, key.length() - 1);
                item.set(field + "_count", access.children(row, field)
                    .map(children -> (JsonNode) JSON.numberNode(children.size())).orElse(JSON.nullNode()));
                return;
            }
            Field field = schema.field(row.collection(), key);
            boolean nested = field.kind() == Kind.ONE_TO_MANY || field.kind() == Kind.MANY_TO_ONE && !rest.isEmpty();
            if (nested && !access.readable(field.target())) {
                return; // a related collection the caller may not read is left out, as Directus's parse-fields does
            }
            if (field.kind() == Kind.ONE_TO_MANY) {
                item.set(key, access.children(row, key).map(children -> list(children, rest, deep.get(key)))
                    .orElse(JSON.nullNode()));
            } else if (field.kind() == Kind.MANY_TO_ONE && !rest.isEmpty()) {
                item.set(key, access.related(row, key).map(related -> (JsonNode) project(related, rest, Map.of()))
                    .orElse(JSON.nullNode()));
            } else {
                item.set(key, JsonValues.of(access.visible(row, key)));
            }
        });
        return item;
    }

    /** The items of a one-to-many field: filtered, sorted and cut as {@code deep} says, by key otherwise. */
    private JsonNode list(List<Row> children, List<String> paths, Deep deep) {
        List<Row> rows = new ArrayList<>(children);
        List<SortKey> sort = List.of(new SortKey(List.of(KEY), false));
        if (deep != null) {
            deep.filter().ifPresent(filter -> rows.removeIf(row -> !view.matches(row, filter)));
            if (!deep.sort().isEmpty()) {
                sort = deep.sort();
            }
        }
        rows.sort(view.listOrder(sort));
        int limit = deep == null ? 100 : deep.limit().orElse(100);
        ArrayNode list = JSON.arrayNode();
        for (Row row : rows.subList(0, Math.min(limit, rows.size()))) {
            list.add(paths.isEmpty() ? JSON.numberNode(row.id()) : project(row, paths, Map.of()));
        }
        return list;
    }
}
