package dev.ordo.platform.permissions;

import static dev.ordo.platform.permissions.FixtureSchema.KEY;

import dev.ordo.platform.permissions.GeneratedQuery.Aggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which queries must be refused with 403 (PLATFORM.md §2.5): every field a query names, in {@code fields},
 * {@code filter}, {@code sort}, {@code deep}, {@code aggregate} or {@code groupBy}, and every field on a path to one,
 * must be listed by some permission. {@code *} asks only for the readable fields, so it is never refused.
 */
final class ForbiddenPaths {

    private final AccessOracle access;
    private final FixtureSchema schema;

    ForbiddenPaths(AccessOracle access) {
        this.access = access;
        this.schema = access.schema();
    }

    /** The first field {@code query} names that the caller may not read ({@code collection.field}), if any. */
    Optional<String> first(GeneratedQuery query) {
        String collection = query.collection();
        List<String> refused = new ArrayList<>();
        for (String path : query.fields()) {
            boolean counted = path.startsWith("count(");
            List<String> steps = List.of((counted ? path.substring(6, path.length() - 1) : path).split("\\."));
            refused.addAll(unreadable(collection, counted ? steps : selected(collection, steps), false));
        }
        query.filter().ifPresent(filter -> refused.addAll(unreadable(collection, filter)));
        query.sort().forEach(key -> refused.addAll(unreadable(collection, key.path(), true)));
        query.deep().forEach((field, deep) -> {
            String target = schema.field(collection, field).target();
            deep.filter().ifPresent(filter -> refused.addAll(unreadable(target, filter)));
            deep.sort().forEach(key -> refused.addAll(unreadable(target, key.path(), true)));
        });
        for (Aggregate aggregate : query.aggregates()) {
            if (!aggregate.field().equals("*")) {
                refused.addAll(unreadable(collection, List.of(aggregate.field()), false));
            }
        }
        query.groupBy().ifPresent(group -> refused.addAll(unreadable(collection, List.of(group), false)));
        return refused.stream().findFirst();
    }

    /**
     * The part of a {@code fields} path that is read: a relation into a collection the caller may not read at all is
     * left out of the answer, not refused, as Directus's parse-fields leaves it out.
     */
    private List<String> selected(String collection, List<String> path) {
        String current = collection;
        for (int i = 0; i < path.size(); i++) {
            String step = path.get(i);
            if (step.equals("*") || !access.readable(current, step)) {
                return path;
            }
            String target = schema.field(current, step).target();
            if (target != null && !access.readable(target)) {
                return List.of();
            }
            current = target;
        }
        return path;
    }

    private List<String> unreadable(String collection, Condition condition) {
        if (condition instanceof Condition.Group group) {
            List<String> refused = new ArrayList<>();
            group.parts().forEach(part -> refused.addAll(unreadable(collection, part)));
            return refused;
        }
        return unreadable(collection, ((Condition.Leaf) condition).path(), true);
    }

    /**
     * @param keyAllowed whether the primary key may be used without being granted (filters and sorts: item URLs are
     *                   made of keys)
     */
    private List<String> unreadable(String collection, List<String> path, boolean keyAllowed) {
        String current = collection;
        for (String step : path) {
            if (step.equals("*")) {
                return List.of();
            }
            if (step.equals("_some") || step.equals("_none")) {
                continue;
            }
            if (!(keyAllowed && step.equals(KEY)) && !access.readable(current, step)) {
                return List.of(current + "." + step);
            }
            current = schema.field(current, step).target();
        }
        return List.of();
    }
}
