package dev.ordo.plugins.auth.routes;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.plugins.auth.token.AccessTokens;

/** {@code POST /auth/refresh}: renews the session the request names and answers new tokens in its mode. */
public final class RefreshRoute implements RouteHandler {

    private final LoginSessions sessions;
    private final AuthCookies cookies;
    private final AccessTokens tokens;
    private final TokenResponses responses;

    public RefreshRoute(LoginSessions sessions, AuthCookies cookies, AccessTokens tokens, TokenResponses responses) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.tokens = tokens;
        this.responses = responses;
    }

    @Override
    public Response handle(Request request) throws Exception {
        SessionReference session = SessionReference.of(request, Payload.of(request), cookies, tokens);
        TokenPair renewed = sessions.refresh(session.refreshToken(), request.client(), session.mode());
        return responses.issued(renewed, session.mode());
    }
}
