package dev.ordo.plugins.auth.support;

import dev.ordo.api.ModuleContext;
import dev.ordo.api.Registration;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.Authenticator;
import dev.ordo.api.config.Settings;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.RouteNotFoundException;
import dev.ordo.api.event.EventContext;
import dev.ordo.api.event.Events;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.service.Services;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the host a module sees: a ModuleContext with a router and a service registry that remember what was
 * registered, and the host's request pipeline (authenticate, then route).
 */
public final class TestHost implements ModuleContext {

    private final Settings settings;
    private final Database database;
    private final Map<String, RouteHandler> routes = new HashMap<>();
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final Map<Class<?>, List<Object>> contributions = new HashMap<>();

    public TestHost(Settings settings, Database database) {
        this.settings = settings;
        this.database = database;
    }

    /** What the host does per request: authenticate first, then call the route with the caller set. */
    public Response handle(TestRequest request) throws Exception {
        Accountability caller = authenticator().authenticate(request);
        RouteHandler exact = routes.get(key(request.method(), request.path()));
        if (exact != null) {
            return exact.handle(request.as(caller));
        }
        // As the host routes: a literal route first, else one whose ":name" segments take the path's values.
        for (Map.Entry<String, RouteHandler> route : routes.entrySet()) {
            Optional<Map<String, String>> values = match(route.getKey(), request.method() + " " + request.path());
            if (values.isPresent()) {
                return route.getValue().handle(request.withPathParams(values.get()).as(caller));
            }
        }
        throw new RouteNotFoundException(request.path());
    }

    private static Optional<Map<String, String>> match(String pattern, String actual) {
        String[] wanted = pattern.split("/");
        String[] given = actual.split("/");
        if (wanted.length != given.length) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i].startsWith(":")) {
                values.put(wanted[i].substring(1), given[i]);
            } else if (!wanted[i].equals(given[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    public Authenticator authenticator() {
        return services().require(Authenticator.class);
    }

    public boolean hasRoute(HttpMethod method, String path) {
        return routes.containsKey(key(method, path));
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public SchemaBackend schemaBackend() {
        throw new UnsupportedOperationException("auth does not use the schema backend");
    }

    @Override
    public Router router() {
        return (method, path, handler) -> {
            String key = key(method, path);
            if (routes.putIfAbsent(key, handler) != null) {
                throw new IllegalStateException("Route registered twice: " + key);
            }
            return () -> routes.remove(key, handler);
        };
    }

    @Override
    public Services services() {
        return new Services() {
            @Override
            public <T> Registration register(Class<T> type, T service) {
                if (services.putIfAbsent(type, service) != null) {
                    throw new IllegalStateException("Second provider of " + type.getSimpleName());
                }
                return () -> services.remove(type, service);
            }

            @Override
            public <T> Optional<T> find(Class<T> type) {
                return Optional.ofNullable(type.cast(services.get(type)));
            }

            @Override
            public <T> Registration add(Class<T> type, T contribution) {
                List<Object> ofType = contributions.computeIfAbsent(type, t -> new ArrayList<>());
                ofType.add(contribution);
                return () -> ofType.remove(contribution);
            }

            @Override
            public <T> List<T> all(Class<T> type) {
                return contributions.getOrDefault(type, List.of()).stream().map(type::cast).toList();
            }
        };
    }

    @Override
    public Events events() {
        return new Events() {
            @Override
            public Registration onFilter(String event, FilterHook hook) {
                return () -> { };
            }

            @Override
            public Registration onAction(String event, ActionHook hook) {
                return () -> { };
            }

            @Override
            public Object filter(String event, Object payload, Map<String, ?> meta, EventContext context) {
                return payload;
            }

            @Override
            public void action(String event, Map<String, ?> meta, EventContext context) {
            }
        };
    }

    private static String key(HttpMethod method, String path) {
        return method + " " + path;
    }
}
