package dev.ordo.platform.permissions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordo.platform.permissions.GeneratedQuery.Aggregate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code aggregate} and {@code groupBy} over the values the caller sees: a hidden value counts, sums and groups as
 * null. Without {@code groupBy} there is always one row; groups come in the order of their value.
 */
final class AggregateOracle {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final AccessOracle access;
    private final CallerView view;

    AggregateOracle(AccessOracle access, CallerView view) {
        this.access = access;
        this.view = view;
    }

    /** The answer to an aggregate query over {@code rows}, the open items its filter and search match. */
    JsonNode answer(GeneratedQuery query, List<Row> rows) {
        ArrayNode result = JSON.arrayNode();
        if (query.groupBy().isEmpty()) {
            result.add(aggregates(JSON.objectNode(), rows, query.aggregates()));
            return result;
        }
        String group = query.groupBy().get();
        TreeMap<Object, List<Row>> groups = new TreeMap<>(view::compareNullable);
        rows.forEach(row -> groups.computeIfAbsent(access.visible(row, group), k -> new ArrayList<>()).add(row));
        groups.forEach((value, members) -> {
            ObjectNode row = JSON.objectNode();
            row.set(group, JsonValues.of(value));
            result.add(aggregates(row, members, query.aggregates()));
        });
        return result;
    }

    private ObjectNode aggregates(ObjectNode output, List<Row> rows, List<Aggregate> aggregates) {
        for (Aggregate aggregate : aggregates) {
            if (aggregate.field().equals("*")) {
                output.put(aggregate.function(), rows.size());
                continue;
            }
            List<Object> values = rows.stream().map(row -> access.visible(row, aggregate.field()))
                .filter(Objects::nonNull).toList();
            JsonNode value = switch (aggregate.function()) {
                case "count" -> JSON.numberNode(values.size());
                case "countDistinct" -> JSON.numberNode(new LinkedHashSet<>(values).size());
                case "min" -> JsonValues.of(values.stream().min(ValueRules::compare).orElse(null));
                case "max" -> JsonValues.of(values.stream().max(ValueRules::compare).orElse(null));
                case "sum" -> values.isEmpty() ? JSON.nullNode()
                    : JSON.numberNode(values.stream().mapToLong(v -> (Long) v).sum());
                default -> throw new IllegalArgumentException("the oracle does not know " + aggregate.function());
            };
            JsonNode byFunction = output.get(aggregate.function());
            (byFunction == null ? output.putObject(aggregate.function()) : (ObjectNode) byFunction)
                .set(aggregate.field(), value);
        }
        return output;
    }
}
