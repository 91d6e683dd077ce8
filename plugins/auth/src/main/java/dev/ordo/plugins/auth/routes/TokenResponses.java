package dev.ordo.plugins.auth.routes;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers login and refresh in the caller's mode (PLATFORM.md §1.2): json gives both tokens in the body; cookie
 * gives the access token and sets the refresh token cookie; session gives only the lifetime and sets the session
 * cookie to the access token. Logout clears the cookies the request came with.
 */
final class TokenResponses {

    private final AuthCookies cookies;
    private final Duration refreshTokenTtl;

    TokenResponses(AuthCookies cookies, Duration refreshTokenTtl) {
        this.cookies = cookies;
        this.refreshTokenTtl = refreshTokenTtl;
    }

    Response issued(TokenPair pair, LoginMode mode) {
        return switch (mode) {
            case JSON -> Response.data(pair.toJson());
            case COOKIE -> Response.data(body(pair, true)).withCookie(cookies.refresh(pair.refreshToken(),
                refreshTokenTtl));
            case SESSION -> Response.data(body(pair, false)).withCookie(cookies.session(pair.accessToken()));
        };
    }

    Response loggedOut(Request request) {
        Response response = Response.noContent();
        if (request.cookie(cookies.session().name()).isPresent()) {
            response = response.withCookie(cookies.clearedSession());
        }
        if (request.cookie(cookies.refresh().name()).isPresent()) {
            response = response.withCookie(cookies.clearedRefresh());
        }
        return response;
    }

    private static Map<String, Object> body(TokenPair pair, boolean withAccessToken) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (withAccessToken) {
            data.put("access_token", pair.accessToken());
        }
        data.put("expires", pair.expiresMillis());
        return data;
    }
}
