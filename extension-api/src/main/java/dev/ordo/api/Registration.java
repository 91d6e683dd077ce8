package dev.ordo.api;

/**
 * A handle to something a plugin registered (a route, a service, a hook). Removing it undoes the
 * registration; removing it twice does nothing. The host removes whatever a module registered when
 * the module stops.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    void remove();

    @Override
    default void close() {
        remove();
    }
}
