package dev.ordo.plugins.data.write;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.event.EventContext;
import dev.ordo.api.event.Events;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.activity.ActivityAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hooks of item writes (PLATFORM.md §6). User collections raise {@code items.<action>} then
 * {@code <collection>.items.<action>}; system collections {@code <name without directus_>.<action>}
 * ({@code users.create}). Filters run inside the transaction, so one that throws aborts the write; actions run
 * after the commit.
 */
final class WriteHooks {

    private final Events events;

    WriteHooks(Events events) {
        this.events = events;
    }

    static List<String> names(String collection, ActivityAction action) {
        if (SystemSchema.isSystemName(collection)) {
            return List.of(collection.substring("directus_".length()) + "." + action.id());
        }
        return List.of("items." + action.id(), collection + ".items." + action.id());
    }

    /** The item payload after every filter of the action; a filter returning nothing leaves it as it was. */
    Map<String, Object> filterItem(String collection, ActivityAction action, Map<String, Object> payload,
                                   Map<String, Object> meta, Accountability caller) {
        Object current = payload;
        for (String name : names(collection, action)) {
            Object filtered = events.filter(name, current, withEvent(meta, name), new EventContext(caller));
            current = filtered == null ? current : filtered;
        }
        if (!(current instanceof Map<?, ?> map)) {
            throw new IllegalStateException("A filter hook of " + collection + "." + action.id()
                + " returned " + current.getClass().getSimpleName() + " where an item was expected");
        }
        Map<String, Object> item = new LinkedHashMap<>();
        map.forEach((key, value) -> item.put(String.valueOf(key), value));
        return item;
    }

    /** The keys to delete after every {@code delete} filter (since Directus 11.13 they may replace the list). */
    List<?> filterKeys(String collection, List<Object> keys, Accountability caller) {
        Object current = keys;
        for (String name : names(collection, ActivityAction.DELETE)) {
            Object filtered = events.filter(name, current, withEvent(Map.of("collection", collection), name),
                new EventContext(caller));
            current = filtered == null ? current : filtered;
        }
        if (!(current instanceof List<?> list)) {
            throw new IllegalStateException("A filter hook of " + collection + ".delete returned "
                + current.getClass().getSimpleName() + " where a list of keys was expected");
        }
        return list;
    }

    void runActions(List<ActionEvent> pending, Accountability caller) {
        EventContext context = new EventContext(caller);
        for (ActionEvent event : pending) {
            for (String name : event.names()) {
                events.action(name, withEvent(event.meta(), name), context);
            }
        }
    }

    static ActionEvent created(String collection, Object key, Map<String, Object> payload) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("payload", payload);
        meta.put("key", key);
        meta.put("collection", collection);
        return new ActionEvent(names(collection, ActivityAction.CREATE), meta);
    }

    static ActionEvent updated(String collection, List<Object> keys, Map<String, Object> payload) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("payload", payload);
        meta.put("keys", keys);
        meta.put("collection", collection);
        return new ActionEvent(names(collection, ActivityAction.UPDATE), meta);
    }

    static ActionEvent deleted(String collection, List<Object> keys) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("payload", keys);
        meta.put("keys", keys);
        meta.put("collection", collection);
        return new ActionEvent(names(collection, ActivityAction.DELETE), meta);
    }

    /** Directus puts the concrete event name into every hook's meta. */
    private static Map<String, Object> withEvent(Map<String, Object> meta, String name) {
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("event", name);
        copy.putAll(meta);
        return copy;
    }
}
