package dev.ordo.platform.fuzz;

import static dev.ordo.platform.fuzz.FuzzSchema.AUTHORS;
import static dev.ordo.platform.fuzz.FuzzSchema.TAGS;
import static dev.ordo.platform.fuzz.FuzzSchema.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random write payloads for {@code fz_things}: plain values of every type and nested relational payloads, some junk. */
final class WritePieces {

    private final Random random;
    private final ValuePool values;
    private final QueryPieces pieces;

    WritePieces(Random random, ValuePool values, QueryPieces pieces) {
        this.random = random;
        this.values = values;
        this.pieces = pieces;
    }

    /** An item: a few fields with values of their type or not, now and then an unknown field or a key. */
    Map<String, Object> item() {
        Map<String, Object> item = new LinkedHashMap<>();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            int choice = random.nextInt(12);
            if (choice < 7) {
                String field = pieces.scalar();
                item.put(field, values.forType(FuzzSchema.SCALARS.get(field)));
            } else if (choice < 10) {
                String relation = pieces.pick(FuzzSchema.RELATIONS);
                item.put(relation, relational(relation));
            } else if (choice == 10) {
                item.put(pieces.pick(List.of("nope", "id", "code", "$thumbnail", "", "notes.body", "year(dt)")),
                    pieces.pick(Arrays.asList(1, 999, "code-1", "abc", null, 1.5)));
            } else {
                item.put("s", "fuzz");
            }
        }
        return item;
    }

    /** A payload for one relational field of {@code fz_things}. */
    Object relational(String relation) {
        if (random.nextInt(8) == 0) {
            return values.junk();
        }
        return switch (relation) {
            case "author" -> pieces.pick(Arrays.asList(1, 2, 999, "abc", -1, 1.5, json("name", "New"),
                json("id", 1, "name", "Renamed"), json("id", "junk"), json("id", 999, "name", "Ghost"), json("nope", 1),
                List.of(1), null));
            case "notes" -> children(() -> pieces.pick(Arrays.asList(1, 2, 999, "abc", json("body", "new note"),
                json("id", 1, "body", "moved"), json("id", 999), json("body", values.junk()), json("nope", 1),
                json("thing", 2, "body", "stolen"), List.of(1), null)));
            case "tags" -> children(() -> pieces.pick(Arrays.asList(1, 999, json("tags_id", 1),
                json("tags_id", json("label", "new tag")), json("tags_id", "junk"), json("tags_id", 999),
                json("tags_id", json("id", 1, "label", values.junk())), json("id", 1, "tags_id", 2),
                json("things_id", 999), json(), null)));
            case "blocks" -> children(() -> pieces.pick(Arrays.asList(json("collection", AUTHORS, "item", 1),
                json("collection", TAGS, "item", json("label", "block tag")), json("collection", "fz_nothing", "item", 1),
                json("collection", FuzzSchema.THINGS, "item", 1), json("item", 1), json("collection", 5, "item", List.of()),
                json("collection", AUTHORS, "item", json("id", 999, "name", "x")), json("collection", AUTHORS, "item", "abc"),
                json("collection", AUTHORS), 1, "abc")));
            default -> children(() -> pieces.pick(Arrays.asList(json("languages_code", "en", "title", "t"),
                json("languages_code", "zz", "title", "t"), json("languages_code", json("code", "fr", "name", "Français")),
                json("languages_code", json()), json("languages_code", values.junk()), json("title", values.junk()),
                json("id", 1, "title", "changed"), json("id", 999, "title", "x"), 1, "en")));
        };
    }

    /** A to-many payload: the array form or the detailed {create, update, delete} form, each sometimes malformed. */
    private Object children(java.util.function.Supplier<Object> child) {
        if (random.nextBoolean()) {
            return list(child);
        }
        Map<String, Object> detailed = new LinkedHashMap<>();
        for (String part : List.of("create", "update", "delete", "junk")) {
            if (random.nextInt(part.equals("junk") ? 10 : 2) == 0) {
                detailed.put(part, random.nextInt(6) == 0 ? values.junk()
                    : part.equals("delete") ? list(() -> pieces.pick(Arrays.asList(1, 2, 999, "abc", json(), null)))
                    : list(child));
            }
        }
        return detailed;
    }

    private List<Object> list(java.util.function.Supplier<Object> child) {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
            list.add(child.get());
        }
        return list;
    }

    /** A body for a create: one item, a list of them, or something that is no item at all. */
    String createBody() {
        return switch (random.nextInt(10)) {
            case 0 -> malformed();
            case 1, 2 -> Json.write(list(this::item));
            case 3 -> Json.write(values.junk());
            case 4 -> withDuplicateKey(item());
            default -> Json.write(item());
        };
    }

    /** A body for an update of one item. */
    String updateOneBody() {
        return switch (random.nextInt(8)) {
            case 0 -> malformed();
            case 1 -> Json.write(values.junk());
            case 2 -> withDuplicateKey(item());
            default -> Json.write(item());
        };
    }

    /** A body for an update of many: by keys, by query, a list of items with keys, or junk. */
    String updateManyBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        return switch (random.nextInt(6)) {
            case 0 -> {
                body.put("keys", random.nextBoolean() ? keys() : values.junk());
                body.put("data", random.nextInt(5) == 0 ? values.junk() : item());
                yield Json.write(body);
            }
            case 1 -> {
                body.put("query", json("filter", pieces.filter(1), "limit", pieces.number()));
                body.put("data", item());
                yield Json.write(body);
            }
            case 2 -> {
                List<Object> items = new ArrayList<>();
                for (Object key : keys()) {
                    Map<String, Object> item = item();
                    item.put("id", key);
                    items.add(item);
                }
                yield Json.write(items);
            }
            case 3 -> malformed();
            default -> Json.write(random.nextBoolean() ? item() : values.junk());
        };
    }

    /** A body for a delete of many. */
    String deleteManyBody() {
        return switch (random.nextInt(5)) {
            case 0 -> Json.write(keys());
            case 1 -> Json.write(json("keys", random.nextBoolean() ? keys() : values.junk()));
            case 2 -> Json.write(json("query", json("filter", pieces.filter(1))));
            case 3 -> malformed();
            default -> Json.write(values.junk());
        };
    }

    /** A key for the path of one item: existing, missing or malformed. */
    String key() {
        return pieces.pick(List.of("1", "2", "3", "999", "abc", "1.5", "-1", "0", "99999999999999999999", "%20",
            "1,2", "null"));
    }

    List<Object> keys() {
        List<Object> keys = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            keys.add(pieces.pick(Arrays.asList(1, 2, 4, 999, "abc", 1.5, null, json(), "3")));
        }
        return keys;
    }

    private String malformed() {
        return pieces.pick(List.of("{", "{\"s\":}", "[", "", "nul", "{\"s\":\"a\"}{", "'s'", "{\"s\":\"\\u00\"}",
            "[{\"s\":\"a\"},]"));
    }

    /** The item's JSON with its first field written twice, the second time with another value. */
    private String withDuplicateKey(Map<String, Object> item) {
        String text = Json.write(item);
        Map.Entry<String, Object> first = item.entrySet().iterator().next();
        return "{" + Json.write(first.getKey()) + ":" + Json.write(values.junk()) + "," + text.substring(1);
    }
}
