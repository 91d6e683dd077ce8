package dev.ordo.platform.fuzz;

import static dev.ordo.platform.fuzz.FuzzSchema.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Random pieces of a read query on {@code fz_things}: field paths, filters, sorts, limits, aggregates, deep and alias
 * objects, searches and exports, each mixing what the API accepts with what it must refuse.
 */
final class QueryPieces {

    static final List<String> OPERATORS = List.of("_eq", "_neq", "_lt", "_lte", "_gt", "_gte", "_in", "_nin", "_null",
        "_nnull", "_contains", "_ncontains", "_icontains", "_nicontains", "_starts_with", "_nstarts_with",
        "_istarts_with", "_nistarts_with", "_ends_with", "_nends_with", "_iends_with", "_niends_with", "_between",
        "_nbetween", "_empty", "_nempty", "_intersects", "_nintersects", "_intersects_bbox", "_nintersects_bbox",
        "_regex", "_json", "_some", "_none", "_like", "eq", "_");
    private static final List<String> FUNCTIONS = List.of("year", "month", "week", "day", "weekday", "hour", "minute",
        "second", "count", "json", "sum", "lower");
    private static final List<String> AGGREGATES = List.of("count", "countDistinct", "countAll", "sum", "sumDistinct",
        "avg", "avgDistinct", "min", "max", "median", "junk");
    private static final List<String> RELATIONAL_PATHS = List.of("author.name", "author.id", "author.things.s",
        "notes.body", "notes.thing.i", "tags.tags_id.label", "tags.id", "blocks.collection", "blocks.item:fz_authors.name",
        "blocks.item:fz_tags.label", "blocks.item:fz_nothing.x", "translations.title",
        "translations.languages_code.name", "notes.nope", "author.nope.x", "s.x", "nope", "nope.x", "id");
    private static final List<String> MALFORMED_FIELDS = List.of("", " ", ",", "..", "*.", ".s", "year(", "year()",
        "year(year(dt))", "json(j)", "json(j, )", "json(j, a..b)", "json(j, [0]", "json(j, a[x])", "json(, a)",
        "count(*)", "(", ")", "s)", "$thumbnail", "author.", "*.*.*.*.*.*.*", "blocks.item:", "blocks.item:fz_tags");

    private final Random random;
    private final ValuePool values;

    QueryPieces(Random random, ValuePool values) {
        this.random = random;
        this.values = values;
    }

    /** A field path: real, relational, unknown, too deep, a function on a random field, or malformed. */
    String field() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> scalar();
            case 3, 4 -> pick(RELATIONAL_PATHS);
            case 5 -> pick(List.of("*", "*.*", "author.*", "notes.*", "tags.*.*", "translations.*"));
            case 6, 7 -> function();
            case 8 -> tooDeep();
            default -> pick(MALFORMED_FIELDS);
        };
    }

    String fields() {
        return IntStream.range(0, 1 + random.nextInt(3)).mapToObj(i -> field()).collect(Collectors.joining(","));
    }

    /** A function applied to a random field, sometimes through a relation. */
    String function() {
        String name = pick(FUNCTIONS);
        String target = random.nextInt(3) == 0 ? pick(FuzzSchema.RELATIONS) : scalar();
        String call = name.equals("json")
            ? "json(" + target + ", " + pick(List.of("a", "n", "tags[0]", "nested.deep", "x.y.z", "[0]", "a b", "'", "")) + ")"
            : name + "(" + target + ")";
        return random.nextInt(5) == 0 ? pick(List.of("author.", "notes.", "translations.")) + call : call;
    }

    String tooDeep() {
        return IntStream.range(0, 4 + random.nextInt(6)).mapToObj(i -> i % 2 == 0 ? "author" : "things")
            .collect(Collectors.joining(".")) + ".s";
    }

    /** A filter object: one condition, or a logical group of them, possibly nested. */
    Object filter(int depth) {
        int choice = random.nextInt(depth > 2 ? 6 : 9);
        if (choice >= 6) {
            String logical = pick(List.of("_and", "_or", "_and", "_or", "_not", "_nor", "_AND"));
            if (random.nextInt(8) == 0) {
                return json(logical, values.junk());
            }
            List<Object> members = new ArrayList<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                members.add(filter(depth + 1));
            }
            return json(logical, members);
        }
        if (choice == 5) {
            return relationalFilter(depth);
        }
        return condition();
    }

    /** A filter sent as the {@code filter} parameter: JSON text, sometimes broken. */
    String filterText() {
        return switch (random.nextInt(12)) {
            case 0 -> pick(List.of("{", "{\"s\":", "[1]", "42", "\"s\"", "null", "{}", "{\"s\":{\"_eq\":}}",
                "{\"s\":{\"_eq\":\"a\"}}}", "{'s':{'_eq':'a'}}", "{\"s\":{\"_eq\":\"a\",\"_eq\":\"b\"}}", "s"));
            default -> Json.write(filter(0));
        };
    }

    Object condition() {
        String type = null;
        String key;
        switch (random.nextInt(6)) {
            case 0 -> key = pick(List.of("nope", "author.nope", "year(dt)", "count(notes)", "json(j, a)", "$NOW",
                "_eq", "s.x", "hour(tm)", "year(s)"));
            default -> {
                key = scalar();
                type = FuzzSchema.SCALARS.get(key);
            }
        }
        String operator = pick(OPERATORS);
        Object value = operatorValue(operator, type);
        if (random.nextInt(20) == 0) {
            return json(key, value);
        }
        return json(key, json(operator, value));
    }

    private Object operatorValue(String operator, String type) {
        String valueType = type == null ? pick(List.copyOf(FuzzSchema.SCALARS.values())) : type;
        return switch (operator) {
            case "_in", "_nin" -> values.listFor(valueType);
            case "_between", "_nbetween" -> random.nextInt(3) == 0 ? values.listFor(valueType)
                : Arrays.asList(values.forType(valueType), values.forType(valueType));
            case "_null", "_nnull", "_empty", "_nempty" -> pick(List.of(true, false, "true", "1", "yes", 0));
            case "_json" -> random.nextBoolean() ? json(pick(List.of("n", "nested.deep", "tags[0]", "a..b", "$x", "[]")),
                json(pick(List.of("_eq", "_gt", "_in", "_nope")), values.forType(valueType))) : values.junk();
            case "_intersects", "_nintersects", "_intersects_bbox", "_nintersects_bbox" ->
                random.nextBoolean() ? json("type", "Point", "coordinates", List.of(1, 2)) : values.junk();
            default -> random.nextInt(6) == 0 ? pick(List.of("$NOW", "$NOW(-1 year)", "$NOW(+2 junk)", "$NOW(",
                "$CURRENT_USER", "$CURRENT_USER.email", "$CURRENT_USER.nope", "$CURRENT_ROLE", "$CURRENT_POLICIES",
                "$CURRENT_ROLES", "$FOLLOW(fz_notes, thing)", "$JUNK")) : values.forType(valueType);
        };
    }

    private Object relationalFilter(int depth) {
        String relation = pick(FuzzSchema.RELATIONS);
        Object inner = switch (random.nextInt(4)) {
            case 0 -> json(pick(List.of("_some", "_none")), filter(depth + 1));
            case 1 -> json(pick(List.of("_some", "_none")), values.junk());
            case 2 -> json(pick(List.of("name", "body", "title", "label", "id", "collection", "tags_id", "item",
                "languages_code", "nope")), json(pick(OPERATORS), values.junk()));
            default -> filter(depth + 1);
        };
        return json(relation, inner);
    }

    String sort() {
        return IntStream.range(0, 1 + random.nextInt(3))
            .mapToObj(i -> (random.nextBoolean() ? "-" : "") + (random.nextInt(6) == 0 ? pick(List.of("", "-", "?",
                "--s", "year(", "json(j, n)", "count(notes)", "notes", "tags", "author.things")) : field()))
            .collect(Collectors.joining(","));
    }

    String number() {
        return pick(List.of("0", "1", "2", "5", "-1", "-2", "100", "abc", "1.5", "", "1e3", "99999999999999999999",
            "0x10", " 3", "-0", "NaN"));
    }

    /** {@code aggregate[op]=field} parameters, or the whole aggregate as JSON text. */
    Map<String, String> aggregate() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (random.nextInt(5) == 0) {
            parameters.put("aggregate", pick(List.of("{\"count\":\"*\"}", "{\"sum\":[\"i\",\"f\"]}", "[1]", "{",
                "{\"count\":{\"a\":1}}", "count")));
            return parameters;
        }
        int size = 1 + random.nextInt(2);
        for (int i = 0; i < size; i++) {
            String target = random.nextInt(4) == 0 ? pick(List.of("*", "notes", "nope", "author.name", "year(dt)", ""))
                : scalar();
            parameters.put("aggregate[" + pick(AGGREGATES) + "]", target);
        }
        return parameters;
    }

    String groupBy() {
        return IntStream.range(0, 1 + random.nextInt(2)).mapToObj(i -> random.nextBoolean() ? scalar() : field())
            .collect(Collectors.joining(","));
    }

    /** {@code deep} as JSON text: real relations with good or junk {@code _x} settings, unknown keys, junk shapes. */
    String deep() {
        if (random.nextInt(8) == 0) {
            return pick(List.of("{", "[]", "1", "{\"notes\":1}", "{\"notes\":{\"_limit\":{}}}"));
        }
        Map<String, Object> deep = new LinkedHashMap<>();
        String relation = random.nextInt(6) == 0 ? pick(List.of("nope", "s", "author.name", "_limit"))
            : pick(FuzzSchema.RELATIONS);
        Map<String, Object> settings = new LinkedHashMap<>();
        int size = 1 + random.nextInt(2);
        for (int i = 0; i < size; i++) {
            String key = pick(List.of("_limit", "_offset", "_page", "_sort", "_filter", "_search", "_fields",
                "_alias", "_meta", "_aggregate", "_groupBy", "_junk", "limit", "body"));
            Object value = switch (key) {
                case "_filter" -> random.nextBoolean() ? filter(1) : values.junk();
                case "_sort" -> random.nextBoolean() ? pick(List.of("id", "-id", "body", "nope", "title")) : values.junk();
                case "_alias" -> json(pick(List.of("x", "a.b", "id")), pick(List.of("body", "title", "id", "nope")));
                default -> random.nextBoolean() ? number() : values.junk();
            };
            settings.put(key, value);
        }
        deep.put(relation, random.nextInt(10) == 0 ? values.junk() : settings);
        return Json.write(deep);
    }

    /** {@code alias[name]=target} parameters. */
    Map<String, String> alias() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (random.nextInt(6) == 0) {
            parameters.put("alias", pick(List.of("{\"x\":\"s\"}", "{\"x\":1}", "[\"s\"]", "{", "s")));
            return parameters;
        }
        String name = pick(List.of("x", "other", "a.b", "s", "id", "", "author", "*"));
        String target = random.nextInt(3) == 0 ? pick(List.of("author.name", "json(j, n)", "year(dt)", "notes",
            "translations", "nope", "", "x")) : field();
        parameters.put("alias[" + name + "]", target);
        return parameters;
    }

    String search() {
        return pick(List.of("thing", "1", "10", "2024", "%", "_", "'", "\\", "ünï", "", " ", "x".repeat(5000),
            "9000000001", "true", "3.25", "00000000-0000-4000-8000-000000000001"));
    }

    String export() {
        return pick(List.of("json", "csv", "csv_utf8", "xml", "yaml", "pdf", ""));
    }

    String meta() {
        return pick(List.of("total_count", "filter_count", "*", "total_count,filter_count", "nope", ""));
    }

    String scalar() {
        return pick(List.copyOf(FuzzSchema.SCALARS.keySet()));
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
