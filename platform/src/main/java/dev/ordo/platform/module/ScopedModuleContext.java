package dev.ordo.platform.module;

import dev.ordo.api.ModuleContext;
import dev.ordo.api.Registration;
import dev.ordo.api.config.Settings;
import dev.ordo.api.db.Database;
import dev.ordo.api.event.EventContext;
import dev.ordo.api.event.Events;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.service.Services;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The context one module sees: the host's services, with every route, service and hook it registers tracked
 * so that they can be removed together.
 */
final class ScopedModuleContext implements ModuleContext {

    private final HostServices host;
    private final RegistrationTracker tracker;
    private final Router router;
    private final Services services;
    private final Events events;

    ScopedModuleContext(HostServices host, RegistrationTracker tracker, String pathPrefix) {
        this.host = host;
        this.tracker = tracker;
        this.router = new TrackedRouter(host.router(), tracker, pathPrefix);
        this.services = new TrackedServices(host.services(), tracker);
        this.events = new TrackedEvents(host.events(), tracker);
    }

    @Override
    public Settings settings() {
        return host.settings();
    }

    @Override
    public Database database() {
        return host.database();
    }

    @Override
    public SchemaBackend schemaBackend() {
        return host.schemaBackend();
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public Services services() {
        return services;
    }

    @Override
    public Events events() {
        return events;
    }

    void removeRegistrations() {
        tracker.removeAll();
    }

    private record TrackedRouter(Router delegate, RegistrationTracker tracker, String prefix) implements Router {
        @Override
        public Registration route(HttpMethod method, String path, RouteHandler handler) {
            String full = prefix.isEmpty() ? path : prefix + (path.equals("/") ? "" : path);
            return tracker.track(delegate.route(method, full, handler));
        }
    }

    private record TrackedServices(Services delegate, RegistrationTracker tracker) implements Services {
        @Override
        public <T> Registration register(Class<T> type, T service) {
            return tracker.track(delegate.register(type, service));
        }

        @Override
        public <T> Optional<T> find(Class<T> type) {
            return delegate.find(type);
        }

        @Override
        public <T> Registration add(Class<T> type, T contribution) {
            return tracker.track(delegate.add(type, contribution));
        }

        @Override
        public <T> List<T> all(Class<T> type) {
            return delegate.all(type);
        }
    }

    private record TrackedEvents(Events delegate, RegistrationTracker tracker) implements Events {
        @Override
        public Registration onFilter(String event, FilterHook hook) {
            return tracker.track(delegate.onFilter(event, hook));
        }

        @Override
        public Registration onAction(String event, ActionHook hook) {
            return tracker.track(delegate.onAction(event, hook));
        }

        @Override
        public Object filter(String event, Object payload, Map<String, ?> meta, EventContext context) {
            return delegate.filter(event, payload, meta, context);
        }

        @Override
        public void action(String event, Map<String, ?> meta, EventContext context) {
            delegate.action(event, meta, context);
        }
    }
}
