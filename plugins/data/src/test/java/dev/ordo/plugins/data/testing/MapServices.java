package dev.ordo.plugins.data.testing;

import dev.ordo.api.Registration;
import dev.ordo.api.service.Services;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The host's service registry, one provider per type. */
public final class MapServices implements Services {

    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Object>> contributions = new ConcurrentHashMap<>();

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

    @Override
    public <T> Registration add(Class<T> type, T contribution) {
        List<Object> ofType = contributions.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
        ofType.add(contribution);
        return () -> ofType.remove(contribution);
    }

    @Override
    public <T> List<T> all(Class<T> type) {
        return contributions.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }
}
