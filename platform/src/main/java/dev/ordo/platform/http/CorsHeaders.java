package dev.ordo.platform.http;

import dev.ordo.platform.config.CorsConfig;
import io.javalin.http.Context;

/**
 * The cross-origin headers of an answer, as Directus's {@code cors} middleware writes them when {@code CORS_ENABLED}:
 * the allowed origin (the request's own, when {@code CORS_ORIGIN} allows it), credentials and exposed headers on
 * every answer; a preflight ({@code OPTIONS}) is answered at once, with the allowed methods, headers and max age, 204
 * and no body, before the body is read, the caller found or the rate limits counted.
 */
final class CorsHeaders {

    private final CorsConfig config;

    CorsHeaders(CorsConfig config) {
        this.config = config;
    }

    /** Writes the headers; true when the request was a preflight, now answered. */
    boolean answer(Context context) {
        if (!config.enabled()) {
            return false;
        }
        String origin = context.header("Origin");
        if (origin != null && config.allows(origin)) {
            context.header("Access-Control-Allow-Origin", origin);
        }
        if (config.credentials()) {
            context.header("Access-Control-Allow-Credentials", "true");
        }
        if (!config.exposedHeaders().isBlank()) {
            context.header("Access-Control-Expose-Headers", config.exposedHeaders());
        }
        if (!"OPTIONS".equals(context.method().name())) {
            return false;
        }
        context.header("Access-Control-Allow-Methods", config.methods());
        String allowedHeaders = config.allowedHeaders().isBlank()
            ? context.header("Access-Control-Request-Headers") : config.allowedHeaders();
        if (allowedHeaders != null && !allowedHeaders.isBlank()) {
            context.header("Access-Control-Allow-Headers", allowedHeaders);
        }
        config.maxAge().ifPresent(seconds -> context.header("Access-Control-Max-Age", Long.toString(seconds)));
        context.status(204);
        return true;
    }
}
