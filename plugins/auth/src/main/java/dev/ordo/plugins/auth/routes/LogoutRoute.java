package dev.ordo.plugins.auth.routes;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.plugins.auth.token.AccessTokens;

/** {@code POST /auth/logout}: ends the session the request names, clears its cookies and answers 204. */
public final class LogoutRoute implements RouteHandler {

    private final LoginSessions sessions;
    private final AuthCookies cookies;
    private final AccessTokens tokens;
    private final TokenResponses responses;

    public LogoutRoute(LoginSessions sessions, AuthCookies cookies, AccessTokens tokens, TokenResponses responses) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.tokens = tokens;
        this.responses = responses;
    }

    @Override
    public Response handle(Request request) throws Exception {
        SessionReference session = SessionReference.of(request, Payload.of(request), cookies, tokens);
        sessions.close(session.refreshToken());
        return responses.loggedOut(request);
    }
}
