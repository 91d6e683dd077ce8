package dev.ordo.platform.module;

import dev.ordo.api.Registration;
import dev.ordo.api.service.Services;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The one registry of services shared by the host and every module. */
public final class ServiceRegistry implements Services {

    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Object>> contributions = new ConcurrentHashMap<>();

    @Override
    public <T> Registration register(Class<T> type, T service) {
        if (!type.isInstance(service)) {
            throw new IllegalArgumentException(service.getClass().getName() + " does not implement " + type.getName());
        }
        Object previous = services.putIfAbsent(type, service);
        if (previous != null) {
            throw new IllegalStateException(type.getSimpleName() + " is already provided by "
                + previous.getClass().getName());
        }
        return () -> services.remove(type, service);
    }

    @Override
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(services.get(type)).map(type::cast);
    }

    @Override
    public <T> Registration add(Class<T> type, T contribution) {
        if (!type.isInstance(contribution)) {
            throw new IllegalArgumentException(contribution.getClass().getName() + " does not implement "
                + type.getName());
        }
        List<Object> ofType = contributions.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
        ofType.add(contribution);
        return () -> ofType.remove(contribution);
    }

    @Override
    public <T> List<T> all(Class<T> type) {
        return contributions.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }
}
