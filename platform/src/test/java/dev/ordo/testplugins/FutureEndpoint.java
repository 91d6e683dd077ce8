package dev.ordo.testplugins;

import dev.ordo.api.Endpoint;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;

/** Packaged as a plugin that requires extension API 2.x: the host must refuse to load it. */
public final class FutureEndpoint implements Endpoint {

    @Override
    public String id() {
        return "future";
    }

    @Override
    public void register(Router router, ModuleContext context) {
        router.get("/", request -> Response.data("from the future"));
    }
}
