package dev.ordo.platform.http;

import dev.ordo.api.Registration;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.api.http.Router;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every route of every plugin. Ordo routes requests itself rather than through Javalin's router, so routes can
 * be added and removed while the server runs and methods such as {@code SEARCH} work like any other.
 */
public final class RouteTable implements Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    @Override
    public Registration route(HttpMethod method, String path, RouteHandler handler) {
        return add(method, path, handler, true);
    }

    /** A host route answered before authentication ({@code GET /server/ping}), as Directus does. */
    public Registration routeWithoutAuthentication(HttpMethod method, String path, RouteHandler handler) {
        return add(method, path, handler, false);
    }

    /** The best route for a request, with the values of its path parameters. */
    public Optional<RouteMatch> match(HttpMethod method, List<String> pathSegments) {
        HttpMethod lookup = method == HttpMethod.HEAD ? HttpMethod.GET : method;
        Route best = null;
        Map<String, String> bestParameters = Map.of();
        for (Route route : routes) {
            if (route.method() != lookup) {
                continue;
            }
            Optional<Map<String, String>> parameters = route.pattern().match(pathSegments);
            if (parameters.isPresent() && (best == null || route.pattern().compareTo(best.pattern()) < 0)) {
                best = route;
                bestParameters = parameters.get();
            }
        }
        return best == null ? Optional.empty()
            : Optional.of(new RouteMatch(best.handler(), bestParameters, best.authenticate()));
    }

    private Registration add(HttpMethod method, String path, RouteHandler handler, boolean authenticate) {
        RoutePattern pattern = RoutePattern.parse(path);
        Route route = new Route(method, pattern, handler, authenticate);
        synchronized (routes) {
            for (Route existing : routes) {
                if (existing.method() == method && existing.pattern().sameShape(pattern)) {
                    throw new IllegalStateException("route " + method + " " + pattern.path() + " is already registered as "
                        + existing.pattern().path());
                }
            }
            routes.add(route);
        }
        return () -> routes.remove(route);
    }

    private record Route(HttpMethod method, RoutePattern pattern, RouteHandler handler, boolean authenticate) {
    }

    /** A matched route. */
    public record RouteMatch(RouteHandler handler, Map<String, String> pathParameters, boolean authenticate) {
    }
}
