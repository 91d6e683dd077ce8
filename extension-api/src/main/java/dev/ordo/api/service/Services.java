package dev.ordo.api.service;

import dev.ordo.api.Registration;
import java.util.List;
import java.util.Optional;

/**
 * The registry through which modules provide and find services. Service types are interfaces of the
 * extension API ({@code SchemaService}, {@code Authenticator}, ...), so every plugin sees the same type.
 *
 * <p>Look services up when they are needed (at request time) rather than in {@code start}: the module that
 * provides one may start after the module that uses it.
 */
public interface Services {

    /** Provides {@code service} as the implementation of {@code type}. One provider per type. */
    <T> Registration register(Class<T> type, T service);

    <T> Optional<T> find(Class<T> type);

    /**
     * Adds {@code contribution} to the ones of {@code type}, for types many plugins contribute to (such as
     * {@link dev.ordo.api.auth.AuthProvider}). Kept apart from {@link #register}: a type is either provided once or
     * contributed to.
     */
    <T> Registration add(Class<T> type, T contribution);

    /** Every contribution of {@code type}, in the order they were added. */
    <T> List<T> all(Class<T> type);

    /** The provider of {@code type}; fails with {@link IllegalStateException} naming the type when there is none. */
    default <T> T require(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException(
            "No plugin provides " + type.getSimpleName() + "; is the plugin that provides it installed and started?"));
    }
}
