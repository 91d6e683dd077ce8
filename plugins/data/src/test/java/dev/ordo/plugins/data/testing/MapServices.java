package dev.ordo.plugins.data.testing;

import dev.ordo.api.Registration;
import dev.ordo.api.service.Services;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The host's service registry, one provider per type. */
public final class MapServices implements Services {

    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

    @Override
    public <T> Registration register(Class<T> type, T service) {
        if (services.putIfAbsent(type, service) != null) {
            throw new IllegalStateException(type.getSimpleName() + " is already provided");
        }
        return () -> services.remove(type, service);
    }

    @Override
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }
}
