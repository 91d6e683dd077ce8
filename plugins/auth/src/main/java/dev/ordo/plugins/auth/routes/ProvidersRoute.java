package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.AuthProvider;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.plugins.auth.access.LocalAuthProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /auth}: the providers besides the local one, for a login page to offer, and whether the local login is
 * off ({@code AUTH_DISABLE_DEFAULT}).
 */
final class ProvidersRoute implements RouteHandler {

    private final Supplier<List<AuthProvider>> providers;
    private final boolean defaultDisabled;

    ProvidersRoute(Supplier<List<AuthProvider>> providers, boolean defaultDisabled) {
        this.providers = providers;
        this.defaultDisabled = defaultDisabled;
    }

    @Override
    public Response handle(Request request) {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (AuthProvider provider : providers.get()) {
            if (provider.name().equals(LocalAuthProvider.NAME)) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", provider.name());
            entry.put("label", provider.name());
            entry.put("driver", provider.driver());
            entry.put("icon", null);
            listed.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", listed);
        body.put("disableDefault", defaultDisabled);
        return Response.json(200, body);
    }
}
