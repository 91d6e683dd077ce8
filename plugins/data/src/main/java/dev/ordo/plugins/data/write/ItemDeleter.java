package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.activity.ActivityAction;
import dev.ordo.plugins.data.activity.TrackedWrite;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes items by key. The {@code delete} filter hooks run first and may replace the keys (as in Directus 11.13+);
 * then a re-read through the caller's delete filter (403 unless every item comes back; an admin's missing items are
 * skipped, as Directus skips them), then one {@code DELETE}.
 * What points at the items is left to the database's foreign keys, except what {@link SystemCollectionWrites}
 * moves.
 */
final class ItemDeleter {

    private final WriteSession session;

    ItemDeleter(WriteSession session) {
        this.session = session;
    }

    void delete(String collection, List<?> rawKeys, Optional<TrackedWrite> parent) throws SQLException {
        CollectionOverview overview = session.schema().collection(collection);
        FieldOverview primaryKey = overview.field(session.schema().primaryKey(collection)).orElseThrow();
        List<Object> requested = ItemKeys.coerceAll(primaryKey, rawKeys);
        int slot = session.actions().reserve();
        List<Object> filtered = ItemKeys.coerceAll(primaryKey,
            session.hooks().filterKeys(collection, requested, session.caller()));
        if (filtered.isEmpty()) {
            return;
        }
        CollectionRules rules = session.rules(collection, Action.DELETE);
        List<Object> keys = session.access().writable(overview, rules, Action.DELETE, filtered, Set.of(),
            session.caller().admin());
        if (keys.isEmpty()) {
            return;
        }
        session.mutations().add(keys.size());

        TrackedWrite tracked = session.journal().begin(ActivityAction.DELETE, collection, parent);
        SystemCollectionWrites.beforeDelete(session, overview, keys);
        session.rows().delete(overview, keys);
        tracked.complete(keys, Map.of());
        session.actions().fill(slot, WriteHooks.deleted(collection, keys));
    }
}
