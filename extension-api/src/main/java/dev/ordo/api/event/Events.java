package dev.ordo.api.event;

import dev.ordo.api.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hooks in the Directus style. A {@code filter} runs before something happens and may change or reject its
 * payload (by throwing); an {@code action} runs after it happened and cannot change it. Event names are
 * Directus's: {@code items.create}, {@code <collection>.items.update}, {@code auth.login}, ...
 */
public interface Events {

    Registration onFilter(String event, FilterHook hook);

    Registration onAction(String event, ActionHook hook);

    /**
     * Passes {@code payload} through every filter registered for {@code event}, in registration order.
     * A hook that throws stops the chain and the exception reaches the caller. Filters on item writes run inside the
     * write's transaction: when the database rolls it back to break a deadlock, the write runs again, its filters
     * included, so a filter should only shape or refuse the payload; side effects belong in an action.
     */
    Object filter(String event, Object payload, Map<String, ?> meta, EventContext context);

    /** Runs every action registered for {@code event}. A failing action is logged and does not affect the others. */
    void action(String event, Map<String, ?> meta, EventContext context);

    /**
     * Runs {@code hook} after every create, update and delete in {@code scopes} (collections as their events name
     * them: {@code users} for {@code directus_users}, {@code items} for every user collection), for example to drop
     * a cache built from them.
     *
     * @return one registration per event, to cancel them
     * @since 1.3.0
     */
    default List<Registration> afterWritesTo(List<String> scopes, Runnable hook) {
        List<Registration> registrations = new ArrayList<>();
        for (String scope : scopes) {
            for (String action : List.of("create", "update", "delete")) {
                registrations.add(onAction(scope + "." + action, (meta, context) -> hook.run()));
            }
        }
        return registrations;
    }

    @FunctionalInterface
    interface FilterHook {
        /** @return the payload to continue with (the same object, a changed copy, or a replacement) */
        Object apply(Object payload, Map<String, ?> meta, EventContext context) throws Exception;
    }

    @FunctionalInterface
    interface ActionHook {
        void run(Map<String, ?> meta, EventContext context) throws Exception;
    }
}
