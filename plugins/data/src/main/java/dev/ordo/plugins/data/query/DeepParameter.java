package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Query;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code deep}: per relation (or alias, or {@code field:collection} scope) the query for its nested items. At each
 * level the underscore keys ({@code _filter}, {@code _sort}, {@code _limit}, {@code _offset}, {@code _page},
 * {@code _search}, {@code _alias}, {@code _group}, {@code _aggregate}) are that level's parameters, sanitised like a
 * top-level query; other keys with an object value are nested relations. {@code _fields} and {@code _deep} are refused
 * (fields are chosen by the top-level {@code fields}); other underscore keys are ignored, as unknown parameters are.
 */
final class DeepParameter {

    private static final Map<String, String> LEVEL_PARAMETERS = Map.ofEntries(
        Map.entry("_filter", "filter"),
        Map.entry("_sort", "sort"),
        Map.entry("_limit", "limit"),
        Map.entry("_offset", "offset"),
        Map.entry("_page", "page"),
        Map.entry("_search", "search"),
        Map.entry("_alias", "alias"),
        Map.entry("_group", "groupBy"),
        Map.entry("_groupBy", "groupBy"),
        Map.entry("_aggregate", "aggregate"));

    private final Function<Map<String, Object>, Query> levelSanitizer;

    /** @param levelSanitizer turns one level's parameters (without underscores) into its query */
    DeepParameter(Function<Map<String, Object>, Query> levelSanitizer) {
        this.levelSanitizer = levelSanitizer;
    }

    Map<String, Query> parse(Object raw) {
        Object value = raw instanceof String text
            ? JsonParameterText.parse(text).map(JsonParameterText.Parsed::value).orElse(text)
            : raw;
        if (!(value instanceof Map<?, ?> relations)) {
            // Directus only logs a deep that is no object (bad JSON, a number) and reads on without it.
            return Map.of();
        }
        // Underscore keys at the top have no level to apply to.
        return nested(relations, "deep");
    }

    private Map<String, Query> nested(Map<?, ?> level, String path) {
        Map<String, Query> nested = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : level.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.isEmpty()) {
                break; // Directus stops reading a level at an empty key
            }
            if (!key.startsWith("_") && entry.getValue() instanceof Map<?, ?> relation) {
                Query query = level(relation, path + "." + key);
                if (!query.equals(Query.EMPTY)) {
                    nested.put(key, query);
                }
            }
        }
        return Collections.unmodifiableMap(nested);
    }

    private Query level(Map<?, ?> level, String path) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : level.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.isEmpty()) {
                break;
            }
            if (key.equals("_fields") || key.equals("_deep")) {
                throw new InvalidQueryException("\"" + path + "." + key + "\" is not allowed");
            }
            if (LEVEL_PARAMETERS.containsKey(key)) {
                parameters.put(LEVEL_PARAMETERS.get(key), entry.getValue());
            }
        }
        Map<String, Query> nested = nested(level, path);
        if (parameters.isEmpty() && nested.isEmpty()) {
            return Query.EMPTY;
        }
        return levelSanitizer.apply(parameters).withDeep(nested);
    }
}
