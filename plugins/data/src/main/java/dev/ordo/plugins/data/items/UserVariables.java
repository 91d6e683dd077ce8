package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.query.VariableSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where {@code $CURRENT_USER.<path>}, {@code $CURRENT_ROLE.<path>}, {@code $CURRENT_ROLES.<path>} and
 * {@code $CURRENT_POLICIES.<path>} get their values: the caller's own user, role(s) and policy rows, read through the
 * items service with system rights (the caller may not be allowed to read them), relational paths included.
 */
final class UserVariables implements VariableSource {

    private final Supplier<ItemsService> items;
    private final Accountability caller;

    UserVariables(Supplier<ItemsService> items, Accountability caller) {
        this.items = items;
        this.caller = caller;
    }

    @Override
    public Object lookup(String variable, String path) {
        return switch (variable) {
            case "$CURRENT_USER" -> caller.user().map(id -> pluck("directus_users", List.of(id), path)).orElse(null);
            case "$CURRENT_ROLE" -> caller.role().map(id -> pluck("directus_roles", List.of(id), path)).orElse(null);
            case "$CURRENT_ROLES" -> pluckAll("directus_roles", caller.roles(), path);
            case "$CURRENT_POLICIES" -> pluckAll("directus_policies", caller.policies(), path);
            default -> null;
        };
    }

    private Object pluck(String collection, List<String> keys, String path) {
        List<Object> values = pluckAll(collection, keys, path);
        return values.isEmpty() ? null : values.size() == 1 ? values.get(0) : values;
    }

    /** The values at {@code path} in each item, flattened through to-many steps as Directus does. */
    private List<Object> pluckAll(String collection, List<String> keys, String path) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> found;
        try {
            found = items.get().readMany(collection, keys, Query.fields(List.of(path)), Accountability.system());
        } catch (ForbiddenException e) {
            // A path to no field: Directus turns any failure to load the variable's context into this 400.
            throw new InvalidQueryException("Invalid filter object");
        }
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> item : found) {
            collect(item, Arrays.asList(path.split("\\.")), values);
        }
        return values;
    }

    private static void collect(Object value, List<String> path, List<Object> into) {
        if (value instanceof List<?> list) {
            list.forEach(element -> collect(element, path, into));
            return;
        }
        if (path.isEmpty()) {
            into.add(value);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            collect(map.get(path.get(0)), path.subList(1, path.size()), into);
        }
    }
}
