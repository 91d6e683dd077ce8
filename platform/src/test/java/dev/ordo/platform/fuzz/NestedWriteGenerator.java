package dev.ordo.platform.fuzz;

import static dev.ordo.platform.fuzz.FuzzSchema.json;
import static dev.ordo.platform.fuzz.NestedSchema.AUTHORS;
import static dev.ordo.platform.fuzz.NestedSchema.BLOCKS;
import static dev.ordo.platform.fuzz.NestedSchema.COMMENTS;
import static dev.ordo.platform.fuzz.NestedSchema.LANGUAGES;
import static dev.ordo.platform.fuzz.NestedSchema.POSTS;
import static dev.ordo.platform.fuzz.NestedSchema.POSTS_TAGS;
import static dev.ordo.platform.fuzz.NestedSchema.TAGS;
import static dev.ordo.platform.fuzz.NestedSchema.TRANSLATIONS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random nested writes against {@link NestedSchema}, built from the rows the model holds now: creates and updates of
 * posts and authors whose relational fields get every form of §6.4 (keys, objects with and without keys, the array
 * and the {create, update, delete} forms, nesting three levels deep), and now and then something the spec refuses
 * (unknown keys, keys of the wrong type, a missing required value, a duplicate unique value or key, a collection the
 * m2a does not allow, a malformed detailed form). Fresh values are numbered, so each created row is told apart.
 */
public final class NestedWriteGenerator {

    /** One request: method, path, the body as JSON values, and whether the writer (not the admin) sends it. */
    public record NestedWrite(String method, String path, Object body, boolean byWriter) {
        public String json() {
            return Json.write(body);
        }
    }

    private final Random random;
    private NestedModel model;
    private int fresh;
    /** Keys handed out in this request, by table, so two new rows never get the same one. */
    private final Map<String, Long> highest = new HashMap<>();
    /**
     * The auto-increment tables whose new rows get keys in this request. A request never mixes both: a row created
     * without a key takes the database's next number, which refused writes may have moved past every known key, so
     * a key handed out beside it could be that very number.
     */
    private final java.util.Set<String> keyed = new java.util.HashSet<>();

    public NestedWriteGenerator(long seed) {
        this.random = new Random(seed);
    }

    public NestedWrite next(NestedModel current) {
        NestedWrite write = write(current);
        return new NestedWrite(write.method(), write.path(), write.body(), random.nextInt(3) == 0);
    }

    private NestedWrite write(NestedModel current) {
        this.model = current;
        highest.clear();
        keyed.clear();
        for (String table : List.of(POSTS, AUTHORS)) {
            if (random.nextBoolean()) {
                keyed.add(table);
            }
        }
        int choice = random.nextInt(100);
        if (choice < 18) {
            return new NestedWrite("POST", "/items/" + POSTS, post(true), false);
        }
        if (choice < 25) {
            List<Object> posts = new ArrayList<>();
            int size = 1 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                posts.add(post(true));
            }
            return new NestedWrite("POST", "/items/" + POSTS, posts, false);
        }
        if (choice < 33) {
            return new NestedWrite("POST", "/items/" + AUTHORS, author(true), false);
        }
        if (choice < 60) {
            String key = existing(POSTS);
            return new NestedWrite("PATCH", "/items/" + POSTS + "/" + key, postChanges(key), false);
        }
        if (choice < 72) {
            return new NestedWrite("PATCH", "/items/" + AUTHORS + "/" + existing(AUTHORS), author(false), false);
        }
        if (choice < 84) {
            List<Object> keys = new ArrayList<>();
            int size = 1 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                keys.add(Integer.valueOf(existing(POSTS)));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            maybe(data, "title", this::text);
            maybe(data, "author", this::authorValue);
            // To-many values whose new rows all have keys: each item in turn takes them over from the one before.
            maybe(data, "tags", () -> tags(null));
            maybe(data, "translations", () -> translations(null));
            if (data.isEmpty()) {
                data.put("title", text());
            }
            return new NestedWrite("PATCH", "/items/" + POSTS, json("keys", keys, "data", data), false);
        }
        List<Object> items = new ArrayList<>();
        List<String> keys = new ArrayList<>(keys(POSTS));
        java.util.Collections.shuffle(keys, random);
        for (String key : keys.subList(0, Math.min(keys.size(), 1 + random.nextInt(2)))) {
            Map<String, Object> item = json("id", Integer.valueOf(key));
            item.putAll(postChanges(key));
            items.add(item);
        }
        return new NestedWrite("PATCH", "/items/" + POSTS, items, false);
    }

    /** A post to create (with or without a key) or nest, each relation there or not. */
    private Map<String, Object> post(boolean withAuthor) {
        Map<String, Object> post = new LinkedHashMap<>();
        String key = null;
        if (keyed.contains(POSTS)) {
            key = newKey(POSTS);
            // A key in a string is still a key; now and then one that exists already.
            post.put("id", random.nextInt(15) == 0 ? Integer.valueOf(existing(POSTS))
                : random.nextInt(6) == 0 ? key : Integer.valueOf(key));
        }
        post.put("title", text());
        if (withAuthor) {
            maybe(post, "author", this::authorValue);
        }
        post.putAll(postRelations(key));
        return post;
    }

    private Map<String, Object> postChanges(String key) {
        Map<String, Object> changes = new LinkedHashMap<>();
        maybe(changes, "title", this::text);
        maybe(changes, "author", this::authorValue);
        changes.putAll(postRelations(key));
        if (changes.isEmpty()) {
            changes.put("comments", comments(key));
        }
        return changes;
    }

    private Map<String, Object> postRelations(String key) {
        Map<String, Object> relations = new LinkedHashMap<>();
        maybe(relations, "comments", () -> comments(key));
        maybe(relations, "tags", () -> tags(key));
        maybe(relations, "blocks", () -> blocks(key));
        maybe(relations, "translations", () -> translations(key));
        return relations;
    }

    /** An author to create, or the changes of one: name, email, and posts (which nest three levels deep). */
    private Map<String, Object> author(boolean create) {
        Map<String, Object> author = new LinkedHashMap<>();
        if (create && keyed.contains(AUTHORS)) {
            author.put("id", Integer.valueOf(random.nextInt(15) == 0 ? existing(AUTHORS) : newKey(AUTHORS)));
        }
        if (create || random.nextBoolean()) {
            author.put("name", random.nextInt(12) == 0 ? null : text());
        }
        maybe(author, "email", this::email);
        if (random.nextInt(3) > 0 || author.isEmpty()) {
            author.put("posts", children(POSTS, () -> pick(
                () -> typed(POSTS, existing(POSTS)),
                () -> post(false),
                () -> json("id", Integer.valueOf(existing(POSTS)), "title", text(), "tags", tags(null)),
                () -> random.nextInt(4) == 0 ? Integer.valueOf(9_999) : "abc"),
                () -> List.of(Integer.valueOf(existing(POSTS)))));
        }
        return author;
    }

    /** A value for an m2o to authors: a key, null, or an object (existing, new, or broken). */
    private Object authorValue() {
        return pick(
            () -> typed(AUTHORS, existing(AUTHORS)),
            () -> null,
            () -> newAuthor(json("name", text(), "email", email())),
            () -> json("id", Integer.valueOf(existing(AUTHORS)), "name", text()),
            () -> json("id", Integer.valueOf(existing(AUTHORS))),
            () -> newAuthor(json("name", text())),
            // An o2m inside the m2o: the author's posts, which may take this very post away.
            () -> json("id", Integer.valueOf(existing(AUTHORS)), "posts", List.of(Integer.valueOf(existing(POSTS)))),
            () -> newAuthor(json("name", text(), "posts", List.of(Integer.valueOf(existing(POSTS)), post(false)))),
            () -> pick(() -> 9_999, () -> "abc", () -> json("email", email()),
                () -> json("id", Integer.valueOf(existing(AUTHORS)), "name", null)));
    }

    /** A new author's values, with a new key first when this request gives authors keys. */
    private Map<String, Object> newAuthor(Map<String, Object> values) {
        Map<String, Object> author = new LinkedHashMap<>();
        if (keyed.contains(AUTHORS)) {
            author.put("id", Integer.valueOf(newKey(AUTHORS)));
        }
        author.putAll(values);
        return author;
    }

    private Object comments(String post) {
        return children(COMMENTS, () -> pick(
            () -> existing(COMMENTS),
            () -> json("id", newUuid(), "body", text()),
            () -> json("id", existing(COMMENTS), "body", text()),
            () -> json("id", existing(COMMENTS)),
            // The parent a child names is overridden by the one it is nested in.
            () -> json("id", newUuid(), "body", text(), "post", Integer.valueOf(existing(POSTS))),
            () -> pick(() -> newUuid(), () -> "not-a-uuid", () -> json("body", text()))),
            () -> keysOfChildren(COMMENTS, "post", post, 2));
    }

    private Object tags(String post) {
        return children(POSTS_TAGS, () -> pick(
            () -> json("id", Integer.valueOf(newKey(POSTS_TAGS)), "tags_id", tagValue()),
            () -> typed(POSTS_TAGS, existing(POSTS_TAGS)),
            () -> json("id", Integer.valueOf(existing(POSTS_TAGS)), "tags_id", tagValue()),
            () -> pick(() -> 9_999, () -> json("id", Integer.valueOf(newKey(POSTS_TAGS)), "tags_id", "nope"))),
            () -> keysOfChildren(POSTS_TAGS, "posts_id", post, 2));
    }

    private Object tagValue() {
        return pick(
            () -> existing(TAGS),
            () -> json("code", newCode(), "label", text()),
            () -> json("code", existing(TAGS), "label", text()),
            () -> pick(() -> 5, () -> json("code", existing(TAGS)), () -> json("label", text())));
    }

    private Object blocks(String post) {
        return children(BLOCKS, () -> {
            Map<String, Object> block = json("id", Integer.valueOf(newKey(BLOCKS)));
            switch (random.nextInt(7)) {
                case 0 -> block.putAll(json("collection", AUTHORS, "item", existing(AUTHORS)));
                case 1 -> block.putAll(json("collection", TAGS, "item", existing(TAGS)));
                case 2 -> block.putAll(json("collection", AUTHORS, "item", newAuthor(json("name", text()))));
                case 3 -> block.putAll(json("collection", TAGS, "item", json("code", newCode(), "label", text())));
                case 4 -> block.putAll(json("collection", TAGS, "item", json("code", existing(TAGS), "label", text())));
                case 5 -> {
                    return Integer.valueOf(existing(BLOCKS));
                }
                default -> block.putAll(pick(() -> json("collection", POSTS, "item", "1"),
                    () -> json("item", json("name", text())), () -> json("collection", AUTHORS, "item", 5)));
            }
            return block;
        }, () -> keysOfChildren(BLOCKS, "posts_id", post, 2));
    }

    private Object translations(String post) {
        return children(TRANSLATIONS, () -> pick(
            () -> json("id", Integer.valueOf(newKey(TRANSLATIONS)), "languages_code", existing(LANGUAGES),
                "title", text()),
            () -> json("id", Integer.valueOf(newKey(TRANSLATIONS)), "languages_code",
                json("code", "l" + (++fresh), "name", text()), "title", text()),
            () -> json("id", Integer.valueOf(existing(TRANSLATIONS)), "title", text()),
            () -> typed(TRANSLATIONS, existing(TRANSLATIONS)),
            () -> pick(() -> json("id", Integer.valueOf(newKey(TRANSLATIONS)), "languages_code", "zz"),
                () -> json("id", Integer.valueOf(newKey(TRANSLATIONS)), "languages_code", json("name", text())))),
            () -> keysOfChildren(TRANSLATIONS, "posts_id", post, 2));
    }

    /**
     * A to-many value: the array form (children from {@code child}), null, or the detailed form creating and updating
     * children and deleting some keys ({@code deletable}); rarely a malformed detailed form.
     */
    private Object children(String table, Supplier<Object> child, Supplier<List<Object>> deletable) {
        int form = random.nextInt(20);
        if (form == 0) {
            return null;
        }
        if (form == 1) {
            return pick(() -> json("create", "x"), () -> json("update", List.of(json("title", text()))),
                () -> json("junk", List.of()), () -> json("delete", List.of(json())));
        }
        if (form < 11) {
            List<Object> list = new ArrayList<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                Object value = child.get();
                if (!list.contains(value)) {
                    list.add(value);
                }
            }
            return list;
        }
        Map<String, Object> detailed = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            List<Object> created = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                if (child.get() instanceof Map<?, ?> item) {
                    created.add(item);
                }
            }
            detailed.put("create", created);
        }
        if (random.nextBoolean()) {
            List<Object> updated = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                if (child.get() instanceof Map<?, ?> item && item.get("id") != null
                    && model.rows(table).containsKey(String.valueOf(item.get("id")))) {
                    updated.add(item);
                }
            }
            detailed.put("update", updated);
        }
        if (random.nextBoolean()) {
            detailed.put("delete", deletable.get());
        }
        return detailed;
    }

    /** Up to {@code count} keys of the children of {@code parent} (and sometimes of another's, or a missing one). */
    private List<Object> keysOfChildren(String table, String column, String parent, int count) {
        List<Object> keys = new ArrayList<>();
        model.rows(table).forEach((key, row) -> {
            if (parent != null && parent.equals(row.get(column)) && keys.size() < count) {
                keys.add(typed(table, key));
            }
        });
        if (random.nextBoolean()) {
            keys.add(typed(table, existingKey(table)));
        }
        return keys;
    }

    /** An existing key as JSON gives it: a number for an integer key, now and then its digits in a string. */
    private Object typed(String table, Object key) {
        boolean integer = model.schema().get(table).keyKind() == NestedSchema.KeyKind.INTEGER;
        return integer && random.nextInt(4) > 0 ? Integer.valueOf(key.toString()) : key;
    }

    private String existing(String table) {
        return String.valueOf(existingKey(table));
    }

    private Object existingKey(String table) {
        List<String> keys = keys(table);
        return keys.isEmpty() ? (table.equals(COMMENTS) ? newUuid() : "1") : keys.get(random.nextInt(keys.size()));
    }

    private List<String> keys(String table) {
        return model.rows(table).keySet().stream().filter(String.class::isInstance).map(String.class::cast).sorted()
            .toList();
    }

    /** A key no row of {@code table} has, above every known one, distinct within the request. */
    private String newKey(String table) {
        long known = keys(table).stream().mapToLong(Long::parseLong).max().orElse(0);
        long next = Math.max(known, highest.getOrDefault(table, 0L)) + 1 + random.nextInt(3);
        highest.put(table, next);
        return String.valueOf(next);
    }

    private String newUuid() {
        return NestedSchema.uuid(1_000 + (++fresh));
    }

    private String newCode() {
        return "t" + (++fresh);
    }

    private String text() {
        return "v" + (++fresh);
    }

    /** A fresh address, or now and then one an author has already. */
    private Object email() {
        if (random.nextInt(6) == 0) {
            List<Object> taken = model.rows(AUTHORS).values().stream().map(row -> row.get("email"))
                .filter(Objects::nonNull).toList();
            if (!taken.isEmpty()) {
                return taken.get(random.nextInt(taken.size()));
            }
        }
        return random.nextInt(8) == 0 ? null : "e" + (++fresh) + "@x.org";
    }

    private void maybe(Map<String, Object> map, String field, Supplier<Object> value) {
        if (random.nextInt(3) == 0) {
            map.put(field, value.get());
        }
    }

    /** One of the choices; the last one (the broken values) is picked less often than the others. */
    @SafeVarargs
    private <T> T pick(Supplier<? extends T>... choices) {
        int index = random.nextInt(choices.length * 3 - 2);
        return choices[Math.min(index / 3, choices.length - 1)].get();
    }
}
