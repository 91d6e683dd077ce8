package dev.ordo.platform.permissions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One random read of a collection: items ({@code fields}, {@code filter}, {@code sort}, {@code search},
 * {@code limit}/{@code offset}, {@code deep} on one-to-many fields, {@code meta} counts), one item by its key
 * ({@code fields}, {@code deep}), or aggregates ({@code aggregate}, {@code groupBy}, {@code filter}, {@code search}).
 *
 * @param key for a read of one item, its key
 */
public record GeneratedQuery(String collection, Optional<Long> key, List<String> fields, Optional<Condition> filter,
                             List<SortKey> sort, Optional<String> search, Optional<Integer> limit,
                             Optional<Integer> offset, Map<String, Deep> deep, List<String> meta,
                             List<Aggregate> aggregates, Optional<String> groupBy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public GeneratedQuery {
        fields = List.copyOf(fields);
        sort = List.copyOf(sort);
        deep = Map.copyOf(deep);
        meta = List.copyOf(meta);
        aggregates = List.copyOf(aggregates);
    }

    /** One sort key: a path through relations (one-to-manys too) to a field. */
    public record SortKey(List<String> path, boolean descending) {
        public SortKey {
            path = List.copyOf(path);
        }

        @Override
        public String toString() {
            return (descending ? "-" : "") + String.join(".", path);
        }
    }

    /** What {@code deep} sets for the items of one one-to-many field. */
    public record Deep(Optional<Condition> filter, List<SortKey> sort, Optional<Integer> limit) {
        public Deep {
            sort = List.copyOf(sort);
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            filter.ifPresent(f -> json.put("_filter", f.json()));
            if (!sort.isEmpty()) {
                json.put("_sort", sort.stream().map(SortKey::toString).toList());
            }
            limit.ifPresent(l -> json.put("_limit", l));
            return json;
        }
    }

    /** {@code function} of {@code field}; {@code count} of {@code *} counts items. */
    public record Aggregate(String function, String field) {
    }

    public boolean isAggregate() {
        return !aggregates.isEmpty();
    }

    /** The request path with its query string, every value percent-encoded. */
    public String url() {
        StringJoiner query = new StringJoiner("&");
        parameters().forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return path() + "?" + query;
    }

    /** The parameters as a reader would write them, for failure messages. */
    @Override
    public String toString() {
        StringJoiner query = new StringJoiner("&");
        parameters().forEach((name, value) -> query.add(name + "=" + value));
        return path() + "?" + query;
    }

    private String path() {
        return "/items/" + collection + key.map(k -> "/" + k).orElse("");
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!fields.isEmpty()) {
            parameters.put("fields", String.join(",", fields));
        }
        filter.ifPresent(f -> parameters.put("filter", write(f.json())));
        if (!sort.isEmpty()) {
            parameters.put("sort", String.join(",", sort.stream().map(SortKey::toString).toList()));
        }
        search.ifPresent(s -> parameters.put("search", s));
        limit.ifPresent(l -> parameters.put("limit", String.valueOf(l)));
        offset.ifPresent(o -> parameters.put("offset", String.valueOf(o)));
        if (!deep.isEmpty()) {
            Map<String, Object> json = new LinkedHashMap<>();
            deep.forEach((field, settings) -> json.put(field, settings.json()));
            parameters.put("deep", write(json));
        }
        if (!aggregates.isEmpty()) {
            Map<String, List<String>> json = new LinkedHashMap<>();
            aggregates.forEach(a -> json.computeIfAbsent(a.function(), f -> new ArrayList<>()).add(a.field()));
            parameters.put("aggregate", write(json));
        }
        groupBy.ifPresent(g -> parameters.put("groupBy", g));
        if (!meta.isEmpty()) {
            parameters.put("meta", String.join(",", meta));
        }
        return parameters;
    }

    private static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
