package dev.ordo.plugins.data.testing;

import dev.ordo.api.Registration;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.api.http.Router;
import dev.ordo.api.auth.Accountability;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps registered routes and calls them the way the host would, matching {@code :name} segments. */
public final class RecordingRouter implements Router {

    private final Map<String, RouteHandler> routes = new LinkedHashMap<>();

    @Override
    public Registration route(HttpMethod method, String path, RouteHandler handler) {
        String key = method + " " + path;
        if (routes.putIfAbsent(key, handler) != null) {
            throw new IllegalStateException("registered twice: " + key);
        }
        return () -> routes.remove(key);
    }

    public List<String> registered() {
        return List.copyOf(routes.keySet());
    }

    /** Answers {@code GET path} as {@code caller}; throws what the route throws. */
    public Response get(String path, Accountability caller) throws Exception {
        String[] segments = path.split("/");
        for (Map.Entry<String, RouteHandler> route : routes.entrySet()) {
            String[] methodAndPattern = route.getKey().split(" ", 2);
            if (!methodAndPattern[0].equals("GET")) {
                continue;
            }
            Map<String, String> params = match(methodAndPattern[1].split("/"), segments);
            if (params != null) {
                return route.getValue().handle(new TestRequest(HttpMethod.GET, path, params, caller));
            }
        }
        throw new AssertionError("no route for GET " + path);
    }

    // Literal segments win over parameters, as the host's router promises.
    private Map<String, String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith(":")) {
                params.put(pattern[i].substring(1), segments[i]);
            } else if (!pattern[i].equals(segments[i])) {
                return null;
            }
        }
        return params;
    }
}
