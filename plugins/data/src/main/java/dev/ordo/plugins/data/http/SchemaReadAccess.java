package dev.ordo.plugins.data.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.http.RouteHandler;

/**
 * Who may read the schema endpoints. Every schema route is guarded through here, so the rule lives in one
 * place; permission-based reading will replace {@link AdminOnlySchemaAccess}.
 */
public interface SchemaReadAccess {

    /** Throws {@link dev.ordo.api.error.ForbiddenException} when the caller may not read the schema. */
    void requireRead(Accountability accountability);

    /** {@code handler}, answering only callers allowed by {@link #requireRead}. */
    default RouteHandler guard(RouteHandler handler) {
        return request -> {
            requireRead(request.accountability());
            return handler.handle(request);
        };
    }
}
