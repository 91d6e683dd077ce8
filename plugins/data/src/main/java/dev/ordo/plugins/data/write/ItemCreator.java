package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.activity.ActivityAction;
import dev.ordo.plugins.data.activity.TrackedWrite;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates one item (PLATFORM.md §2.6): filter hooks, the caller's field permissions, presets under the payload,
 * validation, then the many-to-one items it points at, its row, and the one-to-many items that point at it.
 */
final class ItemCreator {

    private final WriteSession session;

    ItemCreator(WriteSession session) {
        this.session = session;
    }

    Object create(String collection, Map<String, ?> item, Optional<TrackedWrite> parent) throws SQLException {
        CollectionOverview overview = session.schema().collection(collection);
        int slot = session.actions().reserve();
        Map<String, Object> payload = session.hooks().filterItem(collection, ActivityAction.CREATE,
            Payloads.copy(item), Map.of("collection", collection), session.caller());
        CollectionRules rules = session.rules(collection, Action.CREATE);
        FieldPermissions.check(Action.CREATE, collection, rules, payload);
        Map<String, Object> withPresets = session.payloadRules().withPresets(rules, payload);
        session.payloadRules().validate(overview, rules, withPresets, true);
        SystemCollectionWrites.beforeCreate(session, overview, payload);
        session.mutations().add(1);

        TrackedWrite tracked = session.journal().begin(ActivityAction.CREATE, collection, parent);
        Map<String, Object> linked = session.manyToOne().link(overview, withPresets, tracked);
        Map<String, Object> values = session.specials().onCreate(overview, linked);
        ColumnValues columns = ColumnValues.of(overview, values, true, session.codec());
        Object key = session.rows().insert(overview, columns.bound(), values);
        tracked.complete(List.of(key), columns.delta());
        session.oneToMany().apply(overview, linked, key, tracked);
        session.actions().fill(slot, WriteHooks.created(collection, key, withPresets));
        return key;
    }
}
