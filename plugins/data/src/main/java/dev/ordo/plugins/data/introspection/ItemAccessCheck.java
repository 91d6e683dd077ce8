package dev.ordo.plugins.data.introspection;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /permissions/me/:collection/:pk?} (PLATFORM.md §2.7): whether the caller may update, delete and share
 * one item (or, without a key, the collection at all). An item counts when it exists and matches the item filter of
 * the caller's rules for the action, as the write itself would check it.
 */
public final class ItemAccessCheck {

    private static final List<Action> ACTIONS = List.of(Action.UPDATE, Action.DELETE, Action.SHARE);

    private final AccessRules rules;
    private final ItemsService items;

    public ItemAccessCheck(AccessRules rules, ItemsService items) {
        this.rules = rules;
        this.items = items;
    }

    public Map<String, Object> of(Accountability caller, SchemaOverview schema, String collection,
                                  Optional<String> key) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Action action : ACTIONS) {
            boolean allowed = key.map(item -> allows(caller, schema, collection, item, action))
                .orElseGet(() -> caller.admin() || rules.rules(caller, collection, action).isPresent());
            result.put(action.id(), Map.of("access", allowed));
        }
        return result;
    }

    /** Whether the caller may {@code action} the item {@code key}: it exists and matches the rules' item filter. */
    public boolean allows(Accountability caller, SchemaOverview schema, String collection, String key,
                          Action action) {
        return caller.admin() || rules.rules(caller, collection, action)
            .map(found -> matches(caller, schema, collection, key, found))
            .orElse(false);
    }

    private boolean matches(Accountability caller, SchemaOverview schema, String collection, String key,
                            CollectionRules found) {
        Optional<String> primaryKey = schema.collection(collection).flatMap(CollectionOverview::primaryKey);
        if (primaryKey.isEmpty()) {
            return false;
        }
        Filter filter = new Filter.Condition(primaryKey.get(), "_eq", key);
        if (found.itemFilter().isPresent()) {
            filter = new Filter.And(List.of(filter, found.itemFilter().get()));
        }
        Query query = Query.fields(List.of(primaryKey.get())).withFilter(Optional.of(filter))
            .withLimit(Optional.of(1));
        try {
            return !items.read(collection, query, Unrestricted.as(caller)).data().isEmpty();
        } catch (OrdoException notAnItem) {
            return false;
        }
    }
}
