package dev.ordo.plugins.auth.routes;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;

/** {@code POST /auth/refresh} with {@code refresh_token}: rotates the session and answers a new token pair. */
public final class RefreshRoute implements RouteHandler {

    private final LoginSessions sessions;

    public RefreshRoute(LoginSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Response handle(Request request) throws Exception {
        Payload payload = Payload.of(request);
        payload.requireJsonMode();
        String refreshToken = payload.requiredText("refresh_token");
        return Response.data(sessions.refresh(refreshToken, request.client()).toJson());
    }
}
