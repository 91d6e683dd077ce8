package dev.ordo.platform.fuzz;

import static dev.ordo.platform.fuzz.FuzzSchema.alias;
import static dev.ordo.platform.fuzz.FuzzSchema.collection;
import static dev.ordo.platform.fuzz.FuzzSchema.field;
import static dev.ordo.platform.fuzz.FuzzSchema.intKey;
import static dev.ordo.platform.fuzz.FuzzSchema.items;
import static dev.ordo.platform.fuzz.FuzzSchema.json;
import static dev.ordo.platform.fuzz.FuzzSchema.relation;

import dev.ordo.platform.fuzz.FuzzSchema.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema of the nested-write fuzz: posts at the centre, with an m2o to authors (whose o2m {@code posts} nullifies
 * deselected posts), an o2m to comments with uuid keys (deselected ones are deleted), an m2m to tags with string keys
 * (junction rows nullified), an m2a to authors or tags (junction rows deleted) and translations (deleted). Authors have
 * a NOT NULL name without default (required on create, never null) and a unique email. A uuid key left out is
 * generated (the {@code uuid} special Directus gives a uuid key). Everything is set up through the API;
 * {@link #tables()} describes it for {@link NestedModel}.
 */
public final class NestedSchema {

    public static final String AUTHORS = "nw_authors";
    public static final String POSTS = "nw_posts";
    public static final String COMMENTS = "nw_comments";
    public static final String TAGS = "nw_tags";
    public static final String POSTS_TAGS = "nw_posts_tags";
    public static final String BLOCKS = "nw_posts_blocks";
    public static final String LANGUAGES = "nw_languages";
    public static final String TRANSLATIONS = "nw_posts_translations";

    /** The static token of a user who may do everything to the tables except what {@link #FORBIDDEN} names. */
    public static final String WRITER_TOKEN = "nw-writer-token";

    /**
     * What the writer may not do, as "action table": nested writes are checked as the caller at every level (§6.4),
     * so a deselected comment, a new language or a changed tag makes the writer's whole write a 403.
     */
    public static final Set<String> FORBIDDEN = Set.of("delete " + COMMENTS, "create " + LANGUAGES,
        "update " + TAGS);

    /** The kind of a table's key. */
    public enum KeyKind { INTEGER, UUID, STRING }

    /** A many-to-one column and the table it points at. */
    public record ManyToOne(String column, String target) {
    }

    /** An alias field of the parent table listing the rows of {@code child} whose {@code column} points at it. */
    public record OneToMany(String alias, String child, String column, boolean deleteDeselected) {
    }

    /** The any-to-one column {@code item}, with the column naming its collection and the allowed collections. */
    public record AnyToOne(String column, String collectionColumn, List<String> allowed) {
    }

    /**
     * One table: its key, plain string columns, relations, the column that tells created rows apart (unique values
     * the fuzz gives every created row without a key), a required column and a unique one.
     */
    public record Table(String name, String key, KeyKind keyKind, List<String> strings, List<ManyToOne> manyToOne,
                        List<OneToMany> oneToMany, Optional<AnyToOne> anyToOne, Optional<String> marker,
                        Optional<String> required, Optional<String> unique) {

        /** Every stored column, key first. */
        public List<String> columns() {
            List<String> columns = new ArrayList<>(List.of(key));
            columns.addAll(strings);
            manyToOne.forEach(m2o -> columns.add(m2o.column()));
            anyToOne.ifPresent(a2o -> {
                columns.add(a2o.column());
                columns.add(a2o.collectionColumn());
            });
            return columns;
        }

        public Optional<ManyToOne> manyToOne(String column) {
            return manyToOne.stream().filter(m2o -> m2o.column().equals(column)).findFirst();
        }

        public Optional<OneToMany> oneToMany(String alias) {
            return oneToMany.stream().filter(o2m -> o2m.alias().equals(alias)).findFirst();
        }
    }

    private NestedSchema() {
    }

    /** The tables by name. */
    public static Map<String, Table> tables() {
        Map<String, Table> tables = new LinkedHashMap<>();
        add(tables, new Table(AUTHORS, "id", KeyKind.INTEGER, List.of("name", "email"), List.of(),
            List.of(new OneToMany("posts", POSTS, "author", false)), Optional.empty(), Optional.of("name"),
            Optional.of("name"), Optional.of("email")));
        add(tables, new Table(TAGS, "code", KeyKind.STRING, List.of("label"), List.of(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty()));
        add(tables, new Table(LANGUAGES, "code", KeyKind.STRING, List.of("name"), List.of(), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        add(tables, new Table(POSTS, "id", KeyKind.INTEGER, List.of("title"), List.of(new ManyToOne("author", AUTHORS)),
            List.of(new OneToMany("comments", COMMENTS, "post", true), new OneToMany("tags", POSTS_TAGS, "posts_id", false),
                new OneToMany("blocks", BLOCKS, "posts_id", true),
                new OneToMany("translations", TRANSLATIONS, "posts_id", true)),
            Optional.empty(), Optional.of("title"), Optional.empty(), Optional.empty()));
        add(tables, new Table(COMMENTS, "id", KeyKind.UUID, List.of("body"), List.of(new ManyToOne("post", POSTS)),
            List.of(), Optional.empty(), Optional.of("body"), Optional.empty(), Optional.empty()));
        add(tables, new Table(POSTS_TAGS, "id", KeyKind.INTEGER, List.of(),
            List.of(new ManyToOne("posts_id", POSTS), new ManyToOne("tags_id", TAGS)), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty()));
        add(tables, new Table(BLOCKS, "id", KeyKind.INTEGER, List.of(), List.of(new ManyToOne("posts_id", POSTS)),
            List.of(), Optional.of(new AnyToOne("item", "collection", List.of(AUTHORS, TAGS))), Optional.empty(),
            Optional.empty(), Optional.empty()));
        add(tables, new Table(TRANSLATIONS, "id", KeyKind.INTEGER, List.of("title"),
            List.of(new ManyToOne("posts_id", POSTS), new ManyToOne("languages_code", LANGUAGES)), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        return tables;
    }

    private static void add(Map<String, Table> tables, Table table) {
        tables.put(table.name(), table);
    }

    /** The set-up calls: collections, alias fields, relations, then the seed rows. */
    public static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(collection(AUTHORS, intKey(), json("field", "name", "type", "string", "schema", json("is_nullable", false)),
            json("field", "email", "type", "string", "schema", json("is_unique", true))));
        steps.add(collection(TAGS, stringKey(), field("label", "string")));
        steps.add(collection(LANGUAGES, stringKey(), field("name", "string")));
        steps.add(collection(POSTS, intKey(), field("title", "string"), field("author", "integer")));
        steps.add(collection(COMMENTS, json("field", "id", "type", "uuid", "schema", json("is_primary_key", true)),
            field("body", "string"), field("post", "integer")));
        steps.add(collection(POSTS_TAGS, intKey(), field("posts_id", "integer"), field("tags_id", "string")));
        steps.add(collection(BLOCKS, intKey(), field("posts_id", "integer"), field("item", "string"),
            field("collection", "string")));
        steps.add(collection(TRANSLATIONS, intKey(), field("posts_id", "integer"), field("languages_code", "string"),
            field("title", "string")));
        steps.add(alias(AUTHORS, "posts", "o2m"));
        steps.add(alias(POSTS, "comments", "o2m"));
        steps.add(alias(POSTS, "tags", "m2m"));
        steps.add(alias(POSTS, "blocks", "m2a"));
        steps.add(alias(POSTS, "translations", "translations"));
        steps.add(relation(POSTS, "author", AUTHORS, json("one_field", "posts", "one_deselect_action", "nullify")));
        steps.add(relation(COMMENTS, "post", POSTS, json("one_field", "comments", "one_deselect_action", "delete")));
        steps.add(relation(POSTS_TAGS, "posts_id", POSTS, json("one_field", "tags", "junction_field", "tags_id",
            "one_deselect_action", "nullify")));
        steps.add(relation(POSTS_TAGS, "tags_id", TAGS, json("junction_field", "posts_id")));
        steps.add(relation(BLOCKS, "posts_id", POSTS, json("one_field", "blocks", "junction_field", "item",
            "one_deselect_action", "delete")));
        steps.add(relation(BLOCKS, "item", null, json("one_allowed_collections", List.of(AUTHORS, TAGS),
            "one_collection_field", "collection", "junction_field", "posts_id")));
        steps.add(relation(TRANSLATIONS, "posts_id", POSTS, json("one_field", "translations",
            "junction_field", "languages_code", "one_deselect_action", "delete")));
        steps.add(relation(TRANSLATIONS, "languages_code", LANGUAGES, json("junction_field", "posts_id")));
        steps.addAll(seed());
        steps.addAll(writer());
        return steps;
    }

    private static List<Step> seed() {
        List<Step> steps = new ArrayList<>();
        steps.add(items(AUTHORS, List.of(json("id", 1, "name", "ada", "email", "ada@x.org"),
            json("id", 2, "name", "grace", "email", "grace@x.org"), json("id", 3, "name", "edsger"))));
        steps.add(items(TAGS, List.of(json("code", "red", "label", "Red"), json("code", "green", "label", "Green"),
            json("code", "blue", "label", "Blue"))));
        steps.add(items(LANGUAGES, List.of(json("code", "en", "name", "English"), json("code", "de", "name", "Deutsch"))));
        // One post per request, each under the fuzz's MAX_BATCH_MUTATION.
        for (int n = 1; n <= 4; n++) {
            steps.add(new Step("POST", "/items/" + POSTS, json("id", n, "title", "post " + n, "author", 1 + n % 3,
                "comments", List.of(json("id", uuid(n * 10 + 1), "body", "c" + n + "a"),
                    json("id", uuid(n * 10 + 2), "body", "c" + n + "b")),
                "tags", List.of(json("id", n, "tags_id", n % 2 == 0 ? "red" : "blue")),
                "blocks", List.of(json("id", n, "collection", n % 2 == 0 ? AUTHORS : TAGS, "item", n % 2 == 0 ? "1" : "green")),
                "translations", List.of(json("id", n, "languages_code", "en", "title", "title " + n)))));
        }
        return steps;
    }

    /** A role, a policy granting every action on every table but the forbidden ones, and a user with a token. */
    private static List<Step> writer() {
        String policy = uuid(900_001);
        String role = uuid(900_002);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("POST", "/policies", json("id", policy, "name", "nw writer", "admin_access", false,
            "app_access", false)));
        steps.add(new Step("POST", "/roles", json("id", role, "name", "nw writer")));
        steps.add(new Step("POST", "/access", json("id", uuid(900_003), "role", role, "policy", policy)));
        for (String table : tables().keySet()) {
            for (String action : List.of("create", "read", "update", "delete")) {
                if (!FORBIDDEN.contains(action + " " + table)) {
                    steps.add(new Step("POST", "/permissions", json("policy", policy, "collection", table,
                        "action", action, "fields", List.of("*"), "permissions", json())));
                }
            }
        }
        steps.add(new Step("POST", "/users", json("id", uuid(900_004), "email", "writer@x.org", "role", role,
            "token", WRITER_TOKEN, "status", "active")));
        return steps;
    }

    /** A uuid made from a number, so generated keys are readable and never collide. */
    public static String uuid(long n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    private static Map<String, Object> stringKey() {
        return json("field", "code", "type", "string", "schema", json("is_primary_key", true));
    }
}
