package dev.ordo.platform.permissions;

import dev.ordo.platform.permissions.FixtureSchema.Field;
import dev.ordo.platform.permissions.FixtureSchema.Kind;
import dev.ordo.platform.permissions.GeneratedQuery.SortKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Filters, search and sort keys evaluated on what the caller sees: a condition holds only where its field shows, and
 * through a relation only on related items the caller may read; a sort key is the value the caller would read at the
 * end of its path (null when hidden), nulls going first or last as the database puts them.
 */
final class CallerView {

    private final AccessOracle access;
    private final FixtureSchema schema;
    private final boolean nullsFirstAscending;

    /** @param nullsFirstAscending whether the database puts nulls before values in an ascending sort */
    CallerView(AccessOracle access, boolean nullsFirstAscending) {
        this.access = access;
        this.schema = access.schema();
        this.nullsFirstAscending = nullsFirstAscending;
    }

    /** Whether {@code condition} holds on {@code row}, judged on what the caller sees. */
    boolean matches(Row row, Condition condition) {
        if (condition instanceof Condition.Group group) {
            return group.logical().equals("_and") ? allMatch(row, group.parts())
                : group.parts().stream().anyMatch(part -> matches(row, part));
        }
        Condition.Leaf leaf = (Condition.Leaf) condition;
        return matches(row, leaf.path(), leaf.operator(), leaf.value());
    }

    /**
     * The parts of an {@code _and}, where the conditions through one one-to-many field without {@code _some} or
     * {@code _none} must all hold on the same related item (DATA-API.md §3.3.5: Directus joins that item once).
     */
    private boolean allMatch(Row row, List<Condition> parts) {
        Map<String, List<Condition>> throughOneItem = new LinkedHashMap<>();
        for (Condition part : parts) {
            if (part instanceof Condition.Leaf leaf && isThroughOneToMany(row, leaf)) {
                throughOneItem.computeIfAbsent(leaf.path().get(0), field -> new ArrayList<>())
                    .add(new Condition.Leaf(leaf.path().subList(1, leaf.path().size()), leaf.operator(), leaf.value()));
            } else if (!matches(row, part)) {
                return false;
            }
        }
        for (Map.Entry<String, List<Condition>> field : throughOneItem.entrySet()) {
            Optional<List<Row>> children = access.children(row, field.getKey());
            if (children.isEmpty()) {
                return false;
            }
            boolean held = children.get().isEmpty()
                ? allMatchAbsent(schema.field(row.collection(), field.getKey()).target(), field.getValue())
                : children.get().stream().anyMatch(child -> allMatch(child, field.getValue()));
            if (!held) {
                return false;
            }
        }
        return true;
    }

    /** Whether every one of {@code parts} holds on the row of nulls of {@code collection} (see {@link #matchesAbsent}). */
    private boolean allMatchAbsent(String collection, List<Condition> parts) {
        return parts.stream().allMatch(part -> {
            Condition.Leaf leaf = (Condition.Leaf) part;
            return matchesAbsent(collection, leaf.path(), leaf.operator(), leaf.value());
        });
    }

    private boolean isThroughOneToMany(Row row, Condition.Leaf leaf) {
        return leaf.path().size() > 1 && !isQuantifier(leaf.path().get(1))
            && schema.field(row.collection(), leaf.path().get(0)).kind() != Kind.MANY_TO_ONE;
    }

    private boolean matches(Row row, List<String> path, String operator, Object value) {
        String first = path.get(0);
        if (path.size() == 1) {
            return access.shown(row, first) && ValueRules.test(operator, row.get(first), value);
        }
        List<String> rest = path.subList(1, path.size());
        Field field = schema.field(row.collection(), first);
        if (field.kind() == Kind.MANY_TO_ONE) {
            if (access.shown(row, first) && row.get(first) == null) {
                return matchesAbsent(field.target(), rest, operator, value);
            }
            return access.related(row, first).map(related -> matches(related, rest, operator, value)).orElse(false);
        }
        // A one-to-many field: some readable item matches (implicitly or with _some), or with _none none does; never
        // where the field itself is hidden. Implicitly, without readable items the condition meets a row of nulls.
        Optional<List<Row>> children = access.children(row, first);
        if (children.isEmpty()) {
            return false;
        }
        if (children.get().isEmpty() && !isQuantifier(rest.get(0))) {
            return matchesAbsent(field.target(), rest, operator, value);
        }
        boolean none = rest.get(0).equals("_none");
        List<String> inner = isQuantifier(rest.get(0)) ? rest.subList(1, rest.size()) : rest;
        boolean some = children.get().stream().anyMatch(child -> matches(child, inner, operator, value));
        return none != some;
    }

    /**
     * Whether the condition holds on the row of nulls a relation without a (readable) related item joins (DATA-API.md
     * §3.3.5): no permission restricts that absent item, its fields are all null and it has no related items of its
     * own, so the condition meets their rows of nulls in turn.
     */
    private boolean matchesAbsent(String collection, List<String> path, String operator, Object value) {
        if (path.size() == 1) {
            return ValueRules.test(operator, null, value);
        }
        Field field = schema.field(collection, path.get(0));
        List<String> rest = path.subList(1, path.size());
        if (isQuantifier(rest.get(0))) {
            return rest.get(0).equals("_none");
        }
        return matchesAbsent(field.target(), rest, operator, value);
    }

    private static boolean isQuantifier(String step) {
        return step.equals("_some") || step.equals("_none");
    }

    /**
     * {@code search}: a case-insensitive substring of a readable text field, or the exact value of a readable integer
     * field when the term is a whole number, where the field shows.
     */
    boolean found(Row row, String term) {
        String lower = term.trim().toLowerCase(Locale.ROOT);
        Long number = wholeNumber(term.trim());
        for (Field field : schema.fields(row.collection())) {
            if (!field.isColumn() || !access.readable(row.collection(), field.name())) {
                continue;
            }
            Object value = access.visible(row, field.name());
            if (value instanceof String text && text.toLowerCase(Locale.ROOT).contains(lower)) {
                return true;
            }
            if (value instanceof Long stored && stored.equals(number)) {
                return true;
            }
        }
        return false;
    }

    /** The order {@code keys} put items in: each key's visible value, nulls where the database puts them. */
    Comparator<Row> order(List<SortKey> keys) {
        Comparator<Row> order = (a, b) -> 0;
        for (SortKey key : keys) {
            Comparator<Row> byKey = (a, b) -> compareNullable(sortValue(a, key, keys), sortValue(b, key, keys));
            order = order.thenComparing(key.descending() ? byKey.reversed() : byKey);
        }
        return order;
    }

    /**
     * The order of a one-to-many's list (DATA-API.md §3.5): as {@link #order}, but nulls last on the first key in
     * either direction, as Directus sorts each list again in memory on that key.
     */
    Comparator<Row> listOrder(List<SortKey> keys) {
        SortKey first = keys.get(0);
        Comparator<Object> values = (a, b) -> first.descending() ? ValueRules.compare(b, a) : ValueRules.compare(a, b);
        Comparator<Row> byFirst = Comparator.comparing(row -> sortValue(row, first, keys),
            Comparator.nullsLast(values));
        return byFirst.thenComparing(order(keys.subList(1, keys.size())));
    }

    /**
     * The value {@code key} (one of {@code keys}) reads on {@code row}. Through a one-to-many, that of the first related
     * item the caller may read, in the order of the keys through the same field (DATA-API.md §3.5: Directus numbers an
     * item's related rows in the sort order and keeps the first); null without one. Through further one-to-manys, the
     * same again from that related item: the first of an item's joined rows is the first related item by the first
     * of its own joined rows.
     */
    private Object sortValue(Row row, SortKey key, List<SortKey> keys) {
        int step = toManyStep(row.collection(), key.path());
        if (step < 0) {
            return sortValue(row, key.path());
        }
        List<String> toManyPath = key.path().subList(0, step + 1);
        Optional<Row> owner = Optional.of(row);
        for (String field : key.path().subList(0, step)) {
            owner = owner.flatMap(item -> access.related(item, field));
        }
        List<SortKey> sameItem = keys.stream().filter(other -> other.path().size() > step + 1
                && other.path().subList(0, step + 1).equals(toManyPath))
            .map(other -> new SortKey(other.path().subList(step + 1, other.path().size()), other.descending())).toList();
        SortKey fromRelated = new SortKey(key.path().subList(step + 1, key.path().size()), key.descending());
        return owner.flatMap(item -> access.children(item, key.path().get(step)))
            .flatMap(children -> children.stream().min(order(sameItem)))
            .map(first -> sortValue(first, fromRelated, sameItem)).orElse(null);
    }

    /** The index of the one-to-many field on {@code path} from {@code collection}; -1 without one. */
    private int toManyStep(String collection, List<String> path) {
        String current = collection;
        for (int i = 0; i < path.size() - 1; i++) {
            Field field = schema.field(current, path.get(i));
            if (field.kind() == Kind.ONE_TO_MANY) {
                return i;
            }
            current = field.target();
        }
        return -1;
    }

    /** The value a sort key reads on {@code row}: what the caller would read at the end of the path. */
    private Object sortValue(Row row, List<String> path) {
        if (path.size() == 1) {
            return access.visible(row, path.get(0));
        }
        return access.related(row, path.get(0)).map(related -> sortValue(related, path.subList(1, path.size())))
            .orElse(null);
    }

    /** Ascending order with the database's place for nulls (a descending sort reverses all of it). */
    int compareNullable(Object a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null ? 0 : (a == null) == nullsFirstAscending ? -1 : 1;
        }
        return ValueRules.compare(a, b);
    }

    private static Long wholeNumber(String term) {
        try {
            return Long.parseLong(term);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
