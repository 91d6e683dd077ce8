package dev.ordo.api.http;

import dev.ordo.api.Registration;

/**
 * Registers routes. Paths are literal segments and {@code :name} parameters, for example
 * {@code /items/:collection/:id}; a literal segment wins over a parameter at the same place.
 * Registering the same method and path twice is an error.
 */
public interface Router {

    Registration route(HttpMethod method, String path, RouteHandler handler);

    default Registration get(String path, RouteHandler handler) {
        return route(HttpMethod.GET, path, handler);
    }

    default Registration post(String path, RouteHandler handler) {
        return route(HttpMethod.POST, path, handler);
    }

    default Registration put(String path, RouteHandler handler) {
        return route(HttpMethod.PUT, path, handler);
    }

    default Registration patch(String path, RouteHandler handler) {
        return route(HttpMethod.PATCH, path, handler);
    }

    default Registration delete(String path, RouteHandler handler) {
        return route(HttpMethod.DELETE, path, handler);
    }

    default Registration search(String path, RouteHandler handler) {
        return route(HttpMethod.SEARCH, path, handler);
    }
}
