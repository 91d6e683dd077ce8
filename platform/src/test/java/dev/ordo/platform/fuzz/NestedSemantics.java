package dev.ordo.platform.fuzz;

import dev.ordo.platform.fuzz.NestedModel.Activity;
import dev.ordo.platform.fuzz.NestedModel.Ref;
import dev.ordo.platform.fuzz.NestedModel.Revision;
import dev.ordo.platform.fuzz.NestedSchema.AnyToOne;
import dev.ordo.platform.fuzz.NestedSchema.KeyKind;
import dev.ordo.platform.fuzz.NestedSchema.ManyToOne;
import dev.ordo.platform.fuzz.NestedSchema.OneToMany;
import dev.ordo.platform.fuzz.NestedSchema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One request applied to a copy of the model's rows the way DATA-API.md §6.4 describes nested writes, in the order
 * Ordo documents (m2o first, then the row, then o2m): the rows it leaves, the creates, updates and deletes it logs,
 * or the {@link Refusal} the spec calls for.
 */
final class NestedSemantics {

    private static final Pattern UUID =
        Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Why the spec refuses a write; {@code status} is 400, 403, or 0 where the spec leaves the 4xx open. */
    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }
    }

    /** One create, update or delete as the activity log records it. */
    private static final class Op {
        final String action;
        final String table;
        final Op container;
        List<Object> keys = List.of();
        boolean revision;

        Op(String action, String table, Op container) {
            this.action = action;
            this.table = table;
            this.container = container;
        }
    }

    private final Map<String, Table> schema;
    private final Map<String, Map<Object, Map<String, Object>>> tables;
    private final List<Op> ops = new ArrayList<>();
    private final Set<String> forbidden;

    NestedSemantics(Map<String, Table> schema, Map<String, Map<Object, Map<String, Object>>> tables,
                    Set<String> forbidden) {
        this.schema = schema;
        this.tables = tables;
        this.forbidden = forbidden;
    }

    /** The rows as the writes so far left them. */
    Map<String, Map<Object, Map<String, Object>>> tables() {
        return tables;
    }

    /** Rows created, updated or deleted so far, as MAX_BATCH_MUTATION counts them. */
    long mutations() {
        return ops.stream().mapToLong(op -> op.keys.size()).sum();
    }

    /** Applies {@code method} on {@code path} (an items route) with {@code body}. */
    void top(String method, String path, Object body) {
        String[] parts = path.split("/");
        String table = parts[2];
        Optional<String> key = parts.length > 3 ? Optional.of(parts[3]) : Optional.empty();
        if (method.equals("POST")) {
            if (body instanceof List<?> items) {
                for (Object item : items) {
                    create(table, object(item), null);
                }
            } else {
                create(table, object(body), null);
            }
        } else if (key.isPresent()) {
            update(table, List.of(key.get()), object(body), null);
        } else if (body instanceof List<?> items) {
            String keyColumn = schema.get(table).key();
            for (Object item : items) {
                Map<String, Object> changes = object(item);
                Object itemKey = changes.remove(keyColumn);
                if (itemKey == null) {
                    throw new Refusal(400, "a batch item without its key");
                }
                update(table, List.of(coerce(schema.get(table), itemKey)), changes, null);
            }
        } else {
            Map<String, Object> batch = object(body);
            List<Object> keys = new ArrayList<>();
            for (Object each : (List<?>) batch.get("keys")) {
                Object coerced = coerce(schema.get(table), each);
                if (!keys.contains(coerced)) {
                    keys.add(coerced);
                }
            }
            update(table, keys, object(batch.get("data")), null);
        }
    }

    private Object create(String name, Map<String, Object> item, Op container) {
        Table table = schema.get(name);
        table.required().ifPresent(required -> {
            if (item.get(required) == null) {
                throw new Refusal(400, name + "." + required + " is required");
            }
        });
        Object given = item.get(table.key()) == null ? null : coerce(table, item.get(table.key()));
        if (given != null && tables.get(name).containsKey(given)) {
            throw new Refusal(400, name + " " + given + " exists");
        }
        Op op = begin("create", name, container);
        Map<String, Object> linked = link(table, item, op);
        Map<String, Object> row = new LinkedHashMap<>();
        table.columns().forEach(column -> row.put(column, null));
        for (String column : table.columns()) {
            if (linked.containsKey(column) && !column.equals(table.key())) {
                row.put(column, linked.get(column));
            }
        }
        Object key = given;
        if (key == null) {
            if (table.keyKind() == KeyKind.STRING || table.marker().isEmpty()) {
                throw new Refusal(0, name + " needs a key");
            }
            key = new Ref(name, String.valueOf(row.get(table.marker().get())));
        }
        row.put(table.key(), key);
        tables.get(name).put(key, row);
        checkUnique(table);
        op.keys = List.of(key);
        op.revision = true;
        oneToMany(table, item, key, op);
        return key;
    }

    private void update(String name, List<Object> requested, Map<String, Object> changes, Op container) {
        Table table = schema.get(name);
        table.required().ifPresent(required -> {
            if (changes.containsKey(required) && changes.get(required) == null) {
                throw new Refusal(400, name + "." + required + " may not be null");
            }
        });
        List<Object> keys = requested.stream().filter(tables.get(name)::containsKey).toList();
        if (keys.isEmpty()) {
            return;
        }
        Op op = begin("update", name, container);
        Map<String, Object> linked = link(table, changes, op);
        boolean columns = false;
        for (String column : table.columns()) {
            if (linked.containsKey(column) && !column.equals(table.key())) {
                columns = true;
                for (Object key : keys) {
                    tables.get(name).get(key).put(column, linked.get(column));
                }
            }
        }
        checkUnique(table);
        op.keys = keys;
        op.revision = columns;
        // Directus writes the items' one-to-many changes in their keys' text order (JavaScript's default sort).
        for (Object key : keys.stream().sorted(Comparator.comparing(String::valueOf)).toList()) {
            oneToMany(table, changes, key, op);
        }
    }

    private void delete(String name, List<Object> keys, Op container) {
        if (keys.isEmpty()) {
            return;
        }
        Op op = begin("delete", name, container);
        keys.forEach(tables.get(name)::remove);
        op.keys = keys;
    }

    /** The payload with each m2o and a2o value checked, and nested objects written and replaced by their key. */
    private Map<String, Object> link(Table table, Map<String, Object> payload, Op op) {
        Map<String, Object> linked = new LinkedHashMap<>(payload);
        Optional<AnyToOne> a2o = table.anyToOne();
        if (a2o.isPresent() && payload.get(a2o.get().collectionColumn()) != null
            && !a2o.get().allowed().contains(payload.get(a2o.get().collectionColumn()))) {
            throw new Refusal(400, "a2o collection " + payload.get(a2o.get().collectionColumn()) + " not allowed");
        }
        for (Map.Entry<String, Object> entry : payload.entrySet()) {
            Object value = entry.getValue();
            Optional<ManyToOne> m2o = table.manyToOne(entry.getKey());
            if (m2o.isPresent()) {
                linked.put(entry.getKey(), value instanceof Map<?, ?> item
                    ? nested(m2o.get().target(), object(item), op) : foreignKey(m2o.get().target(), value));
            } else if (a2o.isPresent() && entry.getKey().equals(a2o.get().column())) {
                if (value instanceof Map<?, ?> item) {
                    if (!(payload.get(a2o.get().collectionColumn()) instanceof String target) || target.isEmpty()) {
                        throw new Refusal(400, "a2o object without its collection");
                    }
                    linked.put(entry.getKey(), nested(target, object(item), op));
                } else if (value instanceof Number) {
                    // The item column is text: a number is stored as its digits.
                    linked.put(entry.getKey(), String.valueOf(value));
                }
            }
        }
        return linked;
    }

    /** An m2o object: an existing key updates that item with the rest (if any), anything else creates one. */
    private Object nested(String target, Map<String, Object> item, Op op) {
        Table table = schema.get(target);
        Object given = item.get(table.key());
        if (given != null) {
            Object key = coerce(table, given);
            if (tables.get(target).containsKey(key)) {
                Map<String, Object> changes = new LinkedHashMap<>(item);
                changes.remove(table.key());
                if (!changes.isEmpty()) {
                    update(target, List.of(key), changes, op);
                }
                return key;
            }
        }
        return create(target, item, op);
    }

    /** A scalar m2o value: null, or the key of an existing item (the database's foreign key refuses others). */
    private Object foreignKey(String target, Object value) {
        if (value == null) {
            return null;
        }
        Object key = coerce(schema.get(target), value);
        if (!tables.get(target).containsKey(key)) {
            throw new Refusal(400, target + " " + key + " does not exist");
        }
        return key;
    }

    private void oneToMany(Table table, Map<String, Object> payload, Object parentKey, Op op) {
        for (Map.Entry<String, Object> entry : payload.entrySet()) {
            Optional<OneToMany> o2m = table.oneToMany(entry.getKey());
            if (o2m.isEmpty()) {
                continue;
            }
            Object value = entry.getValue();
            if (value == null) {
                replace(o2m.get(), parentKey, List.of(), op);
            } else if (value instanceof List<?> list) {
                replace(o2m.get(), parentKey, list, op);
            } else if (value instanceof Map<?, ?> detailed) {
                change(o2m.get(), parentKey, object(detailed), op);
            } else {
                throw new Refusal(400, "an o2m value that is neither list nor object");
            }
        }
    }

    /** The array form: the complete new set of children. */
    private void replace(OneToMany relation, Object parentKey, List<?> children, Op op) {
        Table child = schema.get(relation.child());
        Map<Object, Map<String, Object>> rows = tables.get(relation.child());
        // What the children were linked to before any of them changed, as Ordo reads it once.
        Map<Object, Object> links = new LinkedHashMap<>();
        rows.forEach((key, row) -> links.put(key, row.get(relation.column())));
        List<Object> kept = new ArrayList<>();
        for (Object value : children) {
            if (value instanceof String || value instanceof Number) {
                Object key = coerce(child, value);
                if (!links.containsKey(key)) {
                    throw new Refusal(403, relation.child() + " " + key + " does not exist");
                }
                if (!Objects.equals(links.get(key), parentKey)) {
                    update(relation.child(), List.of(key), linkTo(Map.of(), relation, parentKey), op);
                }
                kept.add(key);
            } else if (value instanceof Map<?, ?> map) {
                Map<String, Object> item = object(map);
                Object given = item.get(child.key()) == null ? null : coerce(child, item.get(child.key()));
                if (given != null && links.containsKey(given)) {
                    Map<String, Object> changes = new LinkedHashMap<>(item);
                    changes.remove(child.key());
                    // An object is always upserted with its link, as Directus does: an update even with no change.
                    update(relation.child(), List.of(given), linkTo(changes, relation, parentKey), op);
                    kept.add(given);
                } else {
                    kept.add(create(relation.child(), linkTo(item, relation, parentKey), op));
                }
            } else {
                throw new Refusal(400, "an o2m child that is neither key nor object");
            }
        }
        List<Object> deselected = new ArrayList<>();
        rows.forEach((key, row) -> {
            if (Objects.equals(row.get(relation.column()), parentKey) && !kept.contains(key)) {
                deselected.add(key);
            }
        });
        deselect(relation, deselected, op);
    }

    /** The detailed form: only what it names changes. */
    private void change(OneToMany relation, Object parentKey, Map<String, Object> detailed, Op op) {
        Table child = schema.get(relation.child());
        for (String part : detailed.keySet()) {
            if (!Set.of("create", "update", "delete").contains(part)) {
                throw new Refusal(400, "detailed form with " + part);
            }
        }
        List<?> create = part(detailed, "create");
        List<?> update = part(detailed, "update");
        List<?> delete = part(detailed, "delete");
        if (!create.stream().allMatch(Map.class::isInstance) || !update.stream().allMatch(Map.class::isInstance)
            || !delete.stream().allMatch(key -> key instanceof String || key instanceof Number)) {
            throw new Refusal(400, "detailed form with a malformed element");
        }
        for (Object item : create) {
            create(relation.child(), linkTo(object(item), relation, parentKey), op);
        }
        for (Object element : update) {
            Map<String, Object> item = object(element);
            if (item.get(child.key()) == null) {
                throw new Refusal(403, "detailed update without a key");
            }
            Object key = coerce(child, item.remove(child.key()));
            update(relation.child(), List.of(key), linkTo(item, relation, parentKey), op);
        }
        List<Object> keys = new ArrayList<>();
        for (Object each : delete) {
            Object key = coerce(child, each);
            Map<String, Object> row = tables.get(relation.child()).get(key);
            if (row != null && Objects.equals(row.get(relation.column()), parentKey) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        deselect(relation, keys, op);
    }

    private void deselect(OneToMany relation, List<Object> keys, Op op) {
        if (keys.isEmpty()) {
            return;
        }
        if (relation.deleteDeselected()) {
            delete(relation.child(), keys, op);
        } else {
            Map<String, Object> unlink = new LinkedHashMap<>();
            unlink.put(relation.column(), null);
            update(relation.child(), keys, unlink, op);
        }
    }

    private Map<String, Object> linkTo(Map<String, Object> item, OneToMany relation, Object parentKey) {
        Map<String, Object> linked = new LinkedHashMap<>(item);
        linked.put(relation.column(), parentKey);
        return linked;
    }

    private void checkUnique(Table table) {
        table.unique().ifPresent(column -> {
            Set<Object> seen = new java.util.HashSet<>();
            for (Map<String, Object> row : tables.get(table.name()).values()) {
                Object value = row.get(column);
                if (value != null && !seen.add(value)) {
                    throw new Refusal(400, table.name() + "." + column + " " + value + " twice");
                }
            }
        });
    }

    private Op begin(String action, String table, Op container) {
        if (forbidden.contains(action + " " + table)) {
            throw new Refusal(403, "the caller may not " + action + " " + table);
        }
        Op op = new Op(action, table, container);
        ops.add(op);
        return op;
    }

    /** One activity row per item each write touched. */
    List<Activity> activity() {
        List<Activity> activity = new ArrayList<>();
        for (Op op : ops) {
            op.keys.forEach(key -> activity.add(new Activity(op.action, op.table, key)));
        }
        return activity;
    }

    /**
     * One revision per item each create or column-changing update wrote, whose parent is the first item of the
     * write it was nested in, when that one has a revision.
     */
    List<Revision> revisions() {
        List<Revision> revisions = new ArrayList<>();
        for (Op op : ops) {
            if (!op.revision) {
                continue;
            }
            Op parent = op.container != null && op.container.revision ? op.container : null;
            op.keys.forEach(key -> revisions.add(new Revision(op.table, key, parent == null ? null : parent.table,
                parent == null ? null : parent.keys.get(0))));
        }
        return revisions;
    }

    /** A key as the database prints it, or a refusal when the value cannot be a key of {@code table}. */
    static Object coerce(Table table, Object value) {
        if (value instanceof Ref) {
            return value;
        }
        return switch (table.keyKind()) {
            case INTEGER -> {
                if (value instanceof Integer || value instanceof Long) {
                    yield String.valueOf(value);
                }
                if (value instanceof String text && text.matches("-?[0-9]{1,9}")) {
                    yield String.valueOf(Long.parseLong(text));
                }
                throw new Refusal(0, "not an integer key: " + value);
            }
            case UUID -> {
                if (value instanceof String text && UUID.matcher(text).matches()) {
                    yield text;
                }
                throw new Refusal(0, "not a uuid key: " + value);
            }
            case STRING -> {
                if (value instanceof String text) {
                    yield text;
                }
                throw new Refusal(0, "not a text key: " + value);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new Refusal(400, "not an object: " + value);
        }
        return new LinkedHashMap<>((Map<String, Object>) map);
    }

    private static List<?> part(Map<String, Object> detailed, String part) {
        Object value = detailed.get(part);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new Refusal(400, "detailed " + part + " is no list");
        }
        return list;
    }
}
