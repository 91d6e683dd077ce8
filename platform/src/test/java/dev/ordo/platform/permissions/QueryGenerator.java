package dev.ordo.platform.permissions;

import static dev.ordo.platform.permissions.FixtureSchema.ARTICLES;
import static dev.ordo.platform.permissions.FixtureSchema.AUTHORS;
import static dev.ordo.platform.permissions.FixtureSchema.COMMENTS;
import static dev.ordo.platform.permissions.FixtureSchema.KEY;

import dev.ordo.platform.permissions.FixtureSchema.Field;
import dev.ordo.platform.permissions.FixtureSchema.Kind;
import dev.ordo.platform.permissions.GeneratedQuery.Aggregate;
import dev.ordo.platform.permissions.GeneratedQuery.Deep;
import dev.ordo.platform.permissions.GeneratedQuery.SortKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Random reads over random paths of the fixture, from one seeded {@link Random} so a failure reproduces. Values come
 * mostly from the stored rows (so filters and searches match something), forbidden fields now and then (so some
 * answers must be 403). Queries are always valid: operators fit their field's type, sorts and filters follow only the
 * relations that allow it, and every item sort ends with the key so the expected order is exact.
 */
public final class QueryGenerator {

    private static final List<String> NUMBER_OPERATORS = List.of("_eq", "_neq", "_gt", "_gte", "_lt", "_lte", "_in",
        "_nin", "_null", "_nnull", "_between");
    private static final List<String> TEXT_OPERATORS = List.of("_eq", "_neq", "_contains", "_ncontains",
        "_starts_with", "_in", "_nin", "_null", "_nnull");
    private static final List<String> AGGREGATES = List.of("count", "countDistinct", "min", "max", "sum");
    /** How often a field is picked among those the caller may not read. */
    private static final double FORBIDDEN_SHARE = 0.04;
    private static final int MAX_HOPS = 2;
    /** Sort paths go deeper, so that some walk two one-to-manys ({@code comments.article.comments.stars}). */
    private static final int SORT_HOPS = 4;

    private final Random random;
    private final AccessOracle access;
    private final FixtureSchema schema;
    private final Dataset data;

    public QueryGenerator(Random random, AccessOracle access) {
        this.random = random;
        this.access = access;
        this.schema = access.schema();
        this.data = access.data();
    }

    public GeneratedQuery next() {
        int dice = random.nextInt(20);
        String collection = dice < 12 ? ARTICLES : dice < 17 ? COMMENTS : AUTHORS;
        return random.nextInt(5) == 0 ? aggregate(collection) : items(collection);
    }

    private GeneratedQuery items(String collection) {
        List<String> fields = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String path = chance(0.1) ? "*" : fieldPath(collection, 0);
            if (!fields.contains(path)) {
                fields.add(path);
            }
        }
        if (collection.equals(ARTICLES) && chance(0.1)) {
            fields.add("count(comments)");
        }
        Map<String, Deep> deep = new LinkedHashMap<>();
        for (Field field : schema.fields(collection)) {
            boolean selected = fields.stream().anyMatch(path -> path.equals(field.name())
                || path.startsWith(field.name() + "."));
            if (field.kind() == Kind.ONE_TO_MANY && selected && chance(0.5)) {
                deep.put(field.name(), new Deep(optional(0.6, () -> condition(field.target(), 1)),
                    optionalSort(field.target(), 0.6), optional(0.5, () -> 1 + random.nextInt(3))));
            }
        }
        if (chance(0.1)) {
            // One item by its key: one that exists or, now and then, one that does not.
            long key = 1 + random.nextInt(data.rows(collection).size() + 2);
            return new GeneratedQuery(collection, Optional.of(key), fields, Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), deep, List.of(), List.of(), Optional.empty());
        }
        List<SortKey> sort = optionalSort(collection, 0.6);
        boolean limited = chance(0.3);
        List<String> meta = chance(0.2) ? pick(List.of(List.of("total_count"), List.of("filter_count"),
            List.of("total_count", "filter_count"))) : List.of();
        return new GeneratedQuery(collection, Optional.empty(), fields, optional(0.6, () -> condition(collection, 0)),
            sort, optional(0.2, () -> searchTerm(collection)),
            limited ? Optional.of(1 + random.nextInt(10)) : Optional.empty(),
            limited && chance(0.4) ? Optional.of(random.nextInt(5)) : Optional.empty(), deep, meta, List.of(),
            Optional.empty());
    }

    private GeneratedQuery aggregate(String collection) {
        List<Aggregate> aggregates = new ArrayList<>();
        if (chance(0.3)) {
            aggregates.add(new Aggregate("count", "*"));
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String function = pick(AGGREGATES);
            Field field = field(collection, f -> f.isColumn() && (!function.equals("sum") || f.isNumber()));
            Aggregate aggregate = new Aggregate(function, field.name());
            // count of * and count of a field would share the output key "count".
            boolean clashes = function.equals("count") && aggregates.contains(new Aggregate("count", "*"));
            if (!aggregates.contains(aggregate) && !clashes) {
                aggregates.add(aggregate);
            }
        }
        return new GeneratedQuery(collection, Optional.empty(), List.of(), optional(0.5, () -> condition(collection, 0)),
            List.of(), optional(0.15, () -> searchTerm(collection)), Optional.empty(), Optional.empty(), Map.of(),
            List.of(), aggregates, optional(0.5, () -> field(collection, Field::isColumn).name()));
    }

    /** A field path to select, following relations at most {@link #MAX_HOPS} deep, sometimes ending in {@code *}. */
    private String fieldPath(String collection, int hops) {
        Field field = field(collection, f -> true);
        if (field.isRelation() && hops < MAX_HOPS && chance(0.6)) {
            return field.name() + "." + (chance(0.15) ? "*" : fieldPath(field.target(), hops + 1));
        }
        return field.name();
    }

    /** A filter: sometimes an {@code _and}/{@code _or} of smaller ones. */
    private Condition condition(String collection, int depth) {
        if (depth < 2 && chance(0.3)) {
            List<Condition> parts = new ArrayList<>();
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                parts.add(condition(collection, depth + 1));
            }
            return new Condition.Group(chance(0.5) ? "_and" : "_or", parts);
        }
        List<String> path = new ArrayList<>();
        Column column = leafPath(collection, 0, path);
        String operator = pick(column.field().isNumber() ? NUMBER_OPERATORS : TEXT_OPERATORS);
        return new Condition.Leaf(path, operator, value(column.collection(), column.field(), operator));
    }

    /** A column and the collection it belongs to. */
    private record Column(String collection, Field field) {
    }

    /**
     * Appends a path to a column to {@code path}, often through a relation (where hidden related items could show);
     * returns the column. A one-to-many field of the filtered collection is sometimes followed by {@code _some} or
     * {@code _none}.
     */
    private Column leafPath(String collection, int hops, List<String> path) {
        boolean throughRelation = hops < MAX_HOPS && schema.fields(collection).stream().anyMatch(Field::isRelation)
            && chance(0.4);
        Field field = field(collection, f -> throughRelation ? f.isRelation()
            : hops < MAX_HOPS || f.kind() != Kind.ONE_TO_MANY);
        path.add(field.name());
        if (field.kind() == Kind.ONE_TO_MANY && hops == 0 && chance(0.3)) {
            path.add(chance(0.5) ? "_some" : "_none");
        }
        boolean follow = field.kind() == Kind.ONE_TO_MANY || (field.kind() == Kind.MANY_TO_ONE && throughRelation);
        return follow ? leafPath(field.target(), hops + 1, path) : new Column(collection, field);
    }

    /** A value for {@code operator} on {@code field} of {@code owner}. */
    private Object value(String owner, Field field, String operator) {
        return switch (operator) {
            case "_null", "_nnull" -> chance(0.8);
            case "_in", "_nin" -> {
                List<Object> values = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    values.add(sample(owner, field));
                }
                yield values;
            }
            case "_between" -> {
                long a = (Long) sample(owner, field);
                long b = (Long) sample(owner, field);
                yield List.of(Math.min(a, b), Math.max(a, b));
            }
            case "_contains", "_ncontains" -> part((String) sample(owner, field), random.nextInt(3));
            case "_starts_with" -> {
                String text = (String) sample(owner, field);
                yield text.substring(0, Math.min(text.length(), 1 + random.nextInt(3)));
            }
            default -> sample(owner, field);
        };
    }

    /** One to three letters of {@code text}, from a random place. */
    private String part(String text, int extra) {
        int start = random.nextInt(text.length());
        return text.substring(start, Math.min(text.length(), start + 1 + extra));
    }

    /** A stored value of the field (from any row, hidden or not), or now and then one no row holds. */
    private Object sample(String collection, Field field) {
        List<Object> stored = data.values(collection, field.name());
        if (stored.isEmpty() || chance(0.1)) {
            return field.isNumber() ? (Object) (long) (random.nextInt(30) - 5) : Words.pick(random);
        }
        return pick(stored);
    }

    private List<SortKey> optionalSort(String collection, double probability) {
        List<SortKey> sort = new ArrayList<>();
        if (!chance(probability)) {
            return sort;
        }
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            List<String> path = new ArrayList<>();
            sortPath(collection, 0, path);
            sort.add(new SortKey(path, chance(0.4)));
        }
        // The key last, so the order is total.
        sort.add(new SortKey(List.of(KEY), chance(0.3)));
        return sort;
    }

    /**
     * Appends a sort path to {@code path}: often through relations, one-to-manys included (several of them on one
     * path), at most {@link #SORT_HOPS} deep.
     */
    private void sortPath(String collection, int hops, List<String> path) {
        boolean throughRelation = hops < SORT_HOPS && schema.fields(collection).stream().anyMatch(Field::isRelation)
            && chance(0.7);
        Field field = field(collection, f -> throughRelation ? f.isRelation() : f.isColumn());
        path.add(field.name());
        if (throughRelation) {
            sortPath(field.target(), hops + 1, path);
        }
    }

    /** A search term: part of a stored text (readable or not), or a stored number. */
    private String searchTerm(String collection) {
        Field field = field(collection, Field::isColumn);
        Object value = sample(collection, field);
        return value instanceof String text ? part(text, 1 + random.nextInt(3)) : String.valueOf(value);
    }

    /** A field of {@code collection} that {@code fits}: now and then one the caller may not read. */
    private Field field(String collection, Predicate<Field> fits) {
        List<Field> readable = new ArrayList<>();
        List<Field> forbidden = new ArrayList<>();
        for (Field field : schema.fields(collection)) {
            if (fits.test(field)) {
                (access.readable(collection, field.name()) ? readable : forbidden).add(field);
            }
        }
        boolean pickForbidden = !forbidden.isEmpty() && (readable.isEmpty() || chance(FORBIDDEN_SHARE));
        return pick(pickForbidden ? forbidden : readable);
    }

    private <T> Optional<T> optional(double probability, Supplier<T> value) {
        return chance(probability) ? Optional.of(value.get()) : Optional.empty();
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
