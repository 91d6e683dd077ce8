package dev.ordo.platform.module;

import dev.ordo.api.Registration;
import dev.ordo.api.event.EventContext;
import dev.ordo.api.event.Events;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Filter and action hooks, run in registration order on the caller's thread. */
public final class EventBus implements Events {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final Map<String, List<FilterHook>> filters = new ConcurrentHashMap<>();
    private final Map<String, List<ActionHook>> actions = new ConcurrentHashMap<>();

    @Override
    public Registration onFilter(String event, FilterHook hook) {
        return add(filters, event, hook);
    }

    @Override
    public Registration onAction(String event, ActionHook hook) {
        return add(actions, event, hook);
    }

    @Override
    public Object filter(String event, Object payload, Map<String, ?> meta, EventContext context) {
        Object current = payload;
        for (FilterHook hook : filters.getOrDefault(event, List.of())) {
            try {
                current = hook.apply(current, meta, context);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("filter hook for " + event + " failed", e);
            }
        }
        return current;
    }

    @Override
    public void action(String event, Map<String, ?> meta, EventContext context) {
        for (ActionHook hook : actions.getOrDefault(event, List.of())) {
            try {
                hook.run(meta, context);
            } catch (Exception e) {
                LOG.error("An action hook for {} failed: {}", event, e.toString());
            }
        }
    }

    private static <H> Registration add(Map<String, List<H>> hooks, String event, H hook) {
        List<H> list = hooks.computeIfAbsent(event, name -> new CopyOnWriteArrayList<>());
        list.add(hook);
        return () -> list.remove(hook);
    }
}
