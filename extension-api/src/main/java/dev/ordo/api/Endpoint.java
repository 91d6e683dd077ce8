package dev.ordo.api;

import dev.ordo.api.http.Router;
import org.pf4j.ExtensionPoint;

/**
 * The simplest kind of extension: custom routes under {@code /<id>}, the way Directus endpoint extensions
 * work. The router given to {@link #register} is scoped to that prefix, so {@code router.get("/", ...)}
 * answers {@code GET /<id>}.
 */
public interface Endpoint extends ExtensionPoint {

    /** The path prefix, without slashes: letters, digits, {@code -} and {@code _}. */
    String id();

    void register(Router router, ModuleContext context) throws Exception;
}
