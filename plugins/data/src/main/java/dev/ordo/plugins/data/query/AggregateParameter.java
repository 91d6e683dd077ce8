package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code aggregate}: function to fields, {@code aggregate[sum]=price,tax} or {@code aggregate={"sum":["price"]}}. */
final class AggregateParameter {

    static final Set<String> FUNCTIONS =
        Set.of("count", "countDistinct", "countAll", "sum", "sumDistinct", "avg", "avgDistinct", "min", "max");

    private AggregateParameter() {
    }

    static Map<String, List<String>> parse(Object raw) {
        Object value = raw instanceof String text
            ? JsonParameterText.parse(text).map(JsonParameterText.Parsed::value).orElse(text)
            : raw;
        if (!(value instanceof Map<?, ?> functions)) {
            throw new InvalidQueryException("\"aggregate\" must be of type object");
        }
        Map<String, List<String>> aggregate = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : functions.entrySet()) {
            String function = String.valueOf(entry.getKey());
            if (!FUNCTIONS.contains(function)) {
                throw new InvalidQueryException("\"aggregate." + function + "\" is not allowed");
            }
            aggregate.put(function, fields(function, entry.getValue()));
        }
        return Collections.unmodifiableMap(aggregate);
    }

    // Comma-split as Directus does, without trimming.
    private static List<String> fields(String function, Object raw) {
        if (raw instanceof String text) {
            return List.copyOf(Arrays.asList(text.split(",", -1)));
        }
        if (raw instanceof List<?> items) {
            List<String> fields = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof String field)) {
                    throw new InvalidQueryException("\"aggregate." + function + "[" + i + "]\" must be a string");
                }
                fields.add(field);
            }
            return List.copyOf(fields);
        }
        throw new InvalidQueryException("\"aggregate." + function + "\" must be a string or array");
    }
}
