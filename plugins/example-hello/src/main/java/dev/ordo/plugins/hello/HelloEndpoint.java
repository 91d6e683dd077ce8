package dev.ordo.plugins.hello;

import dev.ordo.api.Endpoint;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.Extension;

/**
 * An example plugin: a custom endpoint mounted at {@code /hello}, the Ordo equivalent of a Directus endpoint
 * extension. {@code GET /hello} greets the caller, {@code GET /hello/:name} greets someone by name and
 * {@code POST /hello} reads a JSON body. Copy this module to start a plugin of your own.
 */
@Extension
public final class HelloEndpoint implements Endpoint {

    @Override
    public String id() {
        return "hello";
    }

    @Override
    public void register(Router router, ModuleContext context) {
        String greeting = context.settings().get("HELLO_GREETING", "Hello");
        router.get("/", request -> greet(greeting, "world", request));
        router.get("/:name", request -> greet(greeting, request.pathParam("name"), request));
        router.post("/", request -> greet(greeting, nameFromBody(request), request));
    }

    private static Response greet(String greeting, String name, Request request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", greeting + ", " + name + "!");
        body.put("user", request.accountability().user().orElse(null));
        return Response.data(body);
    }

    private static String nameFromBody(Request request) {
        Object body = request.jsonBody().orElseThrow(() -> new InvalidPayloadException("A JSON body is required"));
        if (body instanceof Map<?, ?> map && map.get("name") instanceof String name && !name.isBlank()) {
            return name;
        }
        throw new InvalidPayloadException("\"name\" must be a non-empty string");
    }
}
