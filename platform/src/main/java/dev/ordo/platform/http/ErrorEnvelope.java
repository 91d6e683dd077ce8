package dev.ordo.platform.http;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one place where the Directus error shape {@code { "errors": [ { message, extensions: { code, ... } } ] }} is built. */
final class ErrorEnvelope {

    static final String UNEXPECTED = "An unexpected error occurred.";

    private ErrorEnvelope() {
    }

    /** One entry in {@code errors} for each failure {@code error} answers with (several for failed validation). */
    static Map<String, Object> of(OrdoException error) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (OrdoException each : error.errors()) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", each.code().name());
            extensions.putAll(each.extensions());
            errors.add(entry(each.getMessage(), extensions));
        }
        return Map.of("errors", List.copyOf(errors));
    }

    /**
     * A failure Ordo did not expect. Only admins see what it was, as in Directus; everyone else gets a generic
     * message, so internals never leak.
     */
    static Map<String, Object> unexpected(Throwable failure, boolean admin) {
        String message = admin && failure.getMessage() != null ? failure.getMessage() : UNEXPECTED;
        return envelope(message, Map.of("code", ErrorCode.INTERNAL_SERVER_ERROR.name()));
    }

    private static Map<String, Object> envelope(String message, Map<String, Object> extensions) {
        return Map.of("errors", List.of(entry(message, extensions)));
    }

    private static Map<String, Object> entry(String message, Map<String, Object> extensions) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return error;
    }
}
