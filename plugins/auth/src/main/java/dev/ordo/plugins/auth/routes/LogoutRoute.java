package dev.ordo.plugins.auth.routes;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;

/** {@code POST /auth/logout} with {@code refresh_token}: ends that session and answers 204. */
public final class LogoutRoute implements RouteHandler {

    private final LoginSessions sessions;

    public LogoutRoute(LoginSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Response handle(Request request) throws Exception {
        Payload payload = Payload.of(request);
        payload.requireJsonMode();
        sessions.close(payload.requiredText("refresh_token"));
        return Response.noContent();
    }
}
