package dev.ordo.platform.fuzz;

import static dev.ordo.platform.fuzz.FuzzSchema.THINGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random requests against the items API of {@link FuzzSchema}: reads (GET of the collection or one item, SEARCH)
 * with random query parameters, and writes (POST, PATCH, DELETE) with random bodies. The same seed gives the same
 * requests.
 */
public final class RequestGenerator {

    private static final String ITEMS = "/items/" + THINGS;

    private final Random random;
    private final QueryPieces query;
    private final WritePieces writes;

    public RequestGenerator(long seed) {
        this.random = new Random(seed);
        ValuePool values = new ValuePool(random);
        this.query = new QueryPieces(random, values);
        this.writes = new WritePieces(random, values, query);
    }

    public FuzzRequest next() {
        int choice = random.nextInt(100);
        if (choice < 45) {
            return new FuzzRequest("GET", ITEMS, parameters(), null, false);
        }
        if (choice < 52) {
            return new FuzzRequest("GET", ITEMS + "/" + writes.key(), parameters(), null, false);
        }
        if (choice < 58) {
            return search();
        }
        if (choice < 72) {
            return new FuzzRequest("POST", ITEMS, writeParameters(), writes.createBody(), true);
        }
        if (choice < 82) {
            return new FuzzRequest("PATCH", ITEMS + "/" + writes.key(), writeParameters(), writes.updateOneBody(), true);
        }
        if (choice < 91) {
            return new FuzzRequest("PATCH", ITEMS, writeParameters(), writes.updateManyBody(), true);
        }
        if (choice < 95) {
            return new FuzzRequest("DELETE", ITEMS + "/" + writes.key(), List.of(), null, true);
        }
        return new FuzzRequest("DELETE", ITEMS, List.of(), writes.deleteManyBody(), true);
    }

    /** A read query: each parameter present or not, valid or not. */
    private List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        maybe(parameters, 2, "fields", query::fields);
        if (random.nextInt(3) == 0) {
            if (random.nextInt(3) == 0) {
                Object condition = query.filter(0);
                bracketed("filter", condition, parameters);
            } else {
                parameters.add(Map.entry("filter", query.filterText()));
            }
        }
        maybe(parameters, 4, "sort", query::sort);
        maybe(parameters, 5, "limit", query::number);
        maybe(parameters, 8, "offset", query::number);
        maybe(parameters, 8, "page", query::number);
        if (random.nextInt(6) == 0) {
            query.aggregate().forEach((name, value) -> parameters.add(Map.entry(name, value)));
            maybe(parameters, 2, "groupBy", query::groupBy);
        }
        maybe(parameters, 6, "deep", query::deep);
        if (random.nextInt(7) == 0) {
            query.alias().forEach((name, value) -> parameters.add(Map.entry(name, value)));
        }
        maybe(parameters, 7, "search", query::search);
        maybe(parameters, 10, "meta", query::meta);
        maybe(parameters, 12, "export", query::export);
        return parameters;
    }

    /** Writes may ask for fields of what they wrote back. */
    private List<Map.Entry<String, String>> writeParameters() {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        maybe(parameters, 4, "fields", query::fields);
        return parameters;
    }

    /** SEARCH with the query in the body, sometimes broken. */
    private FuzzRequest search() {
        String body = switch (random.nextInt(6)) {
            case 0 -> query.pick(List.of("{", "[]", "{\"query\":1}", "{\"query\":{\"limit\":\"x\"}}", "{\"nope\":{}}"));
            default -> Json.write(Map.of("query", Map.of("filter", query.filter(0), "fields",
                List.of(query.field(), query.field()), "sort", List.of(query.sort()), "limit", query.number())));
        };
        return new FuzzRequest("SEARCH", ITEMS, List.of(), body, false);
    }

    /** The filter in bracket syntax, {@code filter[s][_eq]=x}, as far as its shape allows. */
    private void bracketed(String prefix, Object value, List<Map.Entry<String, String>> parameters) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, inner) -> bracketed(prefix + "[" + key + "]", inner, parameters));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                bracketed(prefix + "[" + i + "]", list.get(i), parameters);
            }
        } else {
            parameters.add(Map.entry(prefix, value == null ? "null" : value instanceof String s ? s : Json.write(value)));
        }
    }

    private void maybe(List<Map.Entry<String, String>> parameters, int oneIn, String name,
                       java.util.function.Supplier<String> value) {
        if (random.nextInt(oneIn) == 0) {
            parameters.add(Map.entry(name, value.get()));
        }
    }
}
