package dev.ordo.testplugins;

import dev.ordo.api.Endpoint;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;

/** An endpoint that takes half a second to answer, to show that shutdown lets running requests finish. */
public final class SlowEndpoint implements Endpoint {

    @Override
    public String id() {
        return "slow";
    }

    @Override
    public void register(Router router, ModuleContext context) {
        router.get("/", request -> {
            Thread.sleep(500);
            return Response.data("finished");
        });
    }
}
