package dev.ordo.platform.permissions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The property test's collections as the test itself describes them, independent of Ordo's schema service: each
 * field's kind and, for relations, where it leads. Articles have an author and comments; comments point back to their
 * article and have an author of their own.
 */
public final class FixtureSchema {

    public static final String ARTICLES = "pp_articles";
    public static final String AUTHORS = "pp_authors";
    public static final String COMMENTS = "pp_comments";
    public static final String KEY = "id";

    /** What a field holds. Many-to-one fields hold the related item's integer key. */
    public enum Kind { INTEGER, STRING, TEXT, MANY_TO_ONE, ONE_TO_MANY }

    /**
     * @param target     the related collection of a relation, else null
     * @param childField for a one-to-many, the field of {@code target} that points back here, else null
     */
    public record Field(String name, Kind kind, String target, String childField) {

        static Field of(String name, Kind kind) {
            return new Field(name, kind, null, null);
        }

        /** A column of the table (everything but one-to-many aliases). */
        public boolean isColumn() {
            return kind != Kind.ONE_TO_MANY;
        }

        public boolean isRelation() {
            return kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_MANY;
        }

        public boolean isText() {
            return kind == Kind.STRING || kind == Kind.TEXT;
        }

        /** Integers, many-to-one keys included. */
        public boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.MANY_TO_ONE;
        }
    }

    private final Map<String, Map<String, Field>> collections = new LinkedHashMap<>();

    private FixtureSchema() {
        add(AUTHORS, List.of(Field.of(KEY, Kind.INTEGER), Field.of("name", Kind.STRING), Field.of("email", Kind.STRING),
            Field.of("rank", Kind.INTEGER)));
        add(ARTICLES, List.of(Field.of(KEY, Kind.INTEGER), Field.of("title", Kind.STRING), Field.of("body", Kind.TEXT),
            Field.of("status", Kind.STRING), Field.of("owner", Kind.STRING), Field.of("score", Kind.INTEGER),
            Field.of("secret", Kind.STRING), new Field("author", Kind.MANY_TO_ONE, AUTHORS, null),
            new Field("comments", Kind.ONE_TO_MANY, COMMENTS, "article")));
        add(COMMENTS, List.of(Field.of(KEY, Kind.INTEGER), new Field("article", Kind.MANY_TO_ONE, ARTICLES, null),
            new Field("author", Kind.MANY_TO_ONE, AUTHORS, null), Field.of("text", Kind.STRING),
            Field.of("stars", Kind.INTEGER), Field.of("note", Kind.STRING)));
    }

    public static FixtureSchema blog() {
        return new FixtureSchema();
    }

    public Set<String> collections() {
        return collections.keySet();
    }

    /** The fields of {@code collection}, in the order they were created. */
    public List<Field> fields(String collection) {
        return List.copyOf(collections.get(collection).values());
    }

    public Field field(String collection, String name) {
        Field field = collections.get(collection).get(name);
        if (field == null) {
            throw new IllegalArgumentException("no field " + collection + "." + name);
        }
        return field;
    }

    private void add(String collection, List<Field> fields) {
        Map<String, Field> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        collections.put(collection, byName);
    }
}
