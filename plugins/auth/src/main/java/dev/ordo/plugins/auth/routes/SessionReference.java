package dev.ordo.plugins.auth.routes;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import dev.ordo.plugins.auth.token.AccessTokens;
import dev.ordo.plugins.auth.token.VerifiedAccessToken;
import java.util.Optional;

/**
 * Which session a refresh or logout is about, and in which mode (PLATFORM.md §1.2): the body's {@code mode}, else
 * json when the body has a {@code refresh_token}, else cookie. The token comes from the body or the refresh token
 * cookie; in session mode from the session cookie's access token, which must still be valid, and its
 * {@code session} claim.
 */
record SessionReference(LoginMode mode, String refreshToken) {

    static SessionReference of(Request request, Payload payload, AuthCookies cookies, AccessTokens tokens) {
        Optional<String> inBody = payload.optionalText("refresh_token").filter(token -> !token.isBlank());
        LoginMode mode = LoginMode.of(payload).orElse(inBody.isPresent() ? LoginMode.JSON : LoginMode.COOKIE);
        Optional<String> token = switch (mode) {
            case JSON -> inBody;
            case COOKIE -> inBody.or(() -> request.cookie(cookies.refresh().name()));
            case SESSION -> request.cookie(cookies.session().name()).flatMap(tokens::verify)
                .flatMap(VerifiedAccessToken::session);
        };
        return new SessionReference(mode, token.filter(t -> !t.isBlank()).orElseThrow(() ->
            new InvalidPayloadException("The refresh token is required in either the payload or cookie.")));
    }

    @Override
    public String toString() {
        // The token is a credential.
        return "SessionReference[mode=" + mode + "]";
    }
}
