package dev.ordo.testplugins;

import dev.ordo.api.Module;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.http.Response;

/** A module that registers a route and then fails to start: the host must undo the route and carry on. */
public final class BrokenModule implements Module {

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public void start(ModuleContext context) {
        context.router().get("/broken", request -> Response.data("should never be served"));
        throw new IllegalStateException("the broken module refuses to start");
    }
}
