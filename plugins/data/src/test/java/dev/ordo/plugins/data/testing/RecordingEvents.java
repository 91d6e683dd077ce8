package dev.ordo.plugins.data.testing;

import dev.ordo.api.Registration;
import dev.ordo.api.event.EventContext;
import dev.ordo.api.event.Events;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The host's hooks, in memory, remembering every action raised with its meta. */
public final class RecordingEvents implements Events {

    private final Map<String, List<FilterHook>> filters = new LinkedHashMap<>();
    private final Map<String, List<ActionHook>> actions = new LinkedHashMap<>();
    public final List<Raised> raisedActions = new ArrayList<>();
    public final List<String> raisedFilters = new ArrayList<>();

    public record Raised(String event, Map<String, ?> meta) {
    }

    @Override
    public Registration onFilter(String event, FilterHook hook) {
        filters.computeIfAbsent(event, e -> new ArrayList<>()).add(hook);
        return () -> filters.get(event).remove(hook);
    }

    @Override
    public Registration onAction(String event, ActionHook hook) {
        actions.computeIfAbsent(event, e -> new ArrayList<>()).add(hook);
        return () -> actions.get(event).remove(hook);
    }

    @Override
    public Object filter(String event, Object payload, Map<String, ?> meta, EventContext context) {
        raisedFilters.add(event);
        Object current = payload;
        for (FilterHook hook : filters.getOrDefault(event, List.of())) {
            try {
                current = hook.apply(current, meta, context);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return current;
    }

    @Override
    public void action(String event, Map<String, ?> meta, EventContext context) {
        raisedActions.add(new Raised(event, meta));
        for (ActionHook hook : actions.getOrDefault(event, List.of())) {
            try {
                hook.run(meta, context);
            } catch (Exception e) {
                // The host logs a failing action and carries on.
            }
        }
    }

    public List<String> actionNames() {
        return raisedActions.stream().map(Raised::event).toList();
    }
}
