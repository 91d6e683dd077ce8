package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the value of a {@code _json} operator: {@code {"color": {"_eq": "blue"}, "items[0].size": {"_gt": 5}}}, with
 * {@code _and}/{@code _or} lists inside. Each key is one flat {@link JsonPath} holding operators only, so the result
 * is a {@link Filter} whose {@link Filter.Condition}s name JSON paths ({@link JsonPath#text()}) instead of fields.
 * List operators take a real list here, not a comma-separated string.
 */
final class JsonFilterParser {

    /** The operators a JSON path takes: comparisons of its scalar value, and null checks. */
    private static final Set<String> OPERATORS = Set.of("_eq", "_neq", "_lt", "_lte", "_gt", "_gte", "_in", "_nin",
        "_between", "_nbetween", "_null", "_nnull", "_contains", "_ncontains", "_icontains", "_starts_with",
        "_nstarts_with", "_istarts_with", "_nistarts_with", "_ends_with", "_nends_with", "_iends_with", "_niends_with");

    private final int maxDepth;

    JsonFilterParser(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /**
     * @param value the operator's value as parsed JSON
     * @throws InvalidQueryException when it is not an object of paths to operators
     */
    Filter parse(Object value) {
        if (!(value instanceof Map<?, ?> object)) {
            throw new InvalidQueryException("\"_json\" has to be an object of JSON paths");
        }
        return level(object);
    }

    private Filter level(Map<?, ?> object) {
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.equals(FilterOperators.AND) || key.equals(FilterOperators.OR)) {
                filters.add(logical(key, entry.getValue()));
            } else if (key.startsWith("_")) {
                throw new InvalidQueryException("\"" + key + "\" needs a JSON path inside \"_json\"");
            } else {
                filters.add(path(key, entry.getValue()));
            }
        }
        return filters.size() == 1 ? filters.get(0) : new Filter.And(filters);
    }

    private Filter logical(String key, Object value) {
        if (!(value instanceof List<?> items)) {
            throw new InvalidQueryException("\"" + key + "\" inside \"_json\" has to be an array of objects");
        }
        List<Filter> filters = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> object)) {
                throw new InvalidQueryException("\"" + key + "\" inside \"_json\" has to be an array of objects");
            }
            filters.add(level(object));
        }
        return key.equals(FilterOperators.AND) ? new Filter.And(filters) : new Filter.Or(filters);
    }

    private Filter path(String key, Object value) {
        JsonPath path = JsonPath.parse(key, maxDepth);
        if (!(value instanceof Map<?, ?> operators) || operators.isEmpty()) {
            throw new InvalidQueryException("The JSON path \"" + key + "\" has to hold an object of filter operators");
        }
        List<Filter> conditions = new ArrayList<>();
        for (Map.Entry<?, ?> entry : operators.entrySet()) {
            String operator = String.valueOf(entry.getKey());
            if (!operator.startsWith("_")) {
                throw new InvalidQueryException("The JSON path \"" + key + "\" can't hold the nested key \"" + operator
                    + "\": write the whole path as one key");
            }
            if (!OPERATORS.contains(operator)) {
                throw new InvalidQueryException("The \"" + operator + "\" filter operator can't be used inside \"_json\"");
            }
            if (FilterOperators.LIST.contains(operator) && !(entry.getValue() instanceof List<?>)) {
                throw new InvalidQueryException("\"" + operator + "\" has to be an array of values");
            }
            conditions.add(new Filter.Condition(path.text(), operator, FilterOperands.operand(operator, entry.getValue())));
        }
        return conditions.size() == 1 ? conditions.get(0) : new Filter.And(conditions);
    }
}
