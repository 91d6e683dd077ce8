package dev.ordo.api.http;

import java.util.Locale;
import java.util.Optional;

/** The HTTP methods routes can be registered for. {@code SEARCH} reads with a query in the body, as in Directus. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE, SEARCH, HEAD, OPTIONS;

    public static Optional<HttpMethod> parse(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
