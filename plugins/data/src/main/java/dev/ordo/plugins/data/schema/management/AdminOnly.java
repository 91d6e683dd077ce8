package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.http.RouteHandler;

/** Changing the schema is for admins only (DATA-API.md §2.3–2.5): anyone else gets 403 before anything is read. */
public final class AdminOnly {

    private AdminOnly() {
    }

    static void require(Accountability accountability) {
        if (!accountability.admin()) {
            throw new ForbiddenException();
        }
    }

    /** {@code handler}, answering others than admins with 403 before the body is looked at. */
    public static RouteHandler guard(RouteHandler handler) {
        return request -> {
            require(request.accountability());
            return handler.handle(request);
        };
    }
}
