package dev.ordo.plugins.auth.routes;

import dev.ordo.api.config.Settings;
import dev.ordo.api.http.Cookie;
import java.time.Duration;
import java.util.Optional;

/**
 * The two cookies of Directus's browser modes, with its variable names: the session cookie
 * ({@code SESSION_COOKIE_*}, holding the access token in session mode) and the refresh token cookie
 * ({@code REFRESH_TOKEN_COOKIE_*}, cookie mode). Both are httpOnly and set on {@code /}.
 */
public record AuthCookies(Spec session, Spec refresh, Duration sessionTtl) {

    /** How one cookie is set. */
    public record Spec(String name, Optional<String> domain, boolean secure, String sameSite) {
    }

    public static AuthCookies from(Settings settings) {
        return new AuthCookies(spec(settings, "SESSION_COOKIE", "directus_session_token"),
            spec(settings, "REFRESH_TOKEN_COOKIE", "directus_refresh_token"),
            settings.getDuration("SESSION_COOKIE_TTL", Duration.ofDays(1)));
    }

    /** The session cookie carrying an access token for {@link #sessionTtl()}. */
    Cookie session(String accessToken) {
        return cookie(session, accessToken, sessionTtl);
    }

    /** The refresh token cookie, kept as long as the session row. */
    Cookie refresh(String refreshToken, Duration ttl) {
        return cookie(refresh, refreshToken, ttl);
    }

    Cookie clearedSession() {
        return Cookie.expired(session.name(), "/", session.domain());
    }

    Cookie clearedRefresh() {
        return Cookie.expired(refresh.name(), "/", refresh.domain());
    }

    private static Cookie cookie(Spec spec, String value, Duration ttl) {
        return new Cookie(spec.name(), value, Optional.of(ttl), "/", spec.domain(), spec.secure(), true, spec.sameSite());
    }

    private static Spec spec(Settings settings, String prefix, String defaultName) {
        String sameSite = settings.get(prefix + "_SAME_SITE", "lax").trim();
        return new Spec(settings.get(prefix + "_NAME", defaultName), settings.get(prefix + "_DOMAIN"),
            settings.getBoolean(prefix + "_SECURE", false),
            sameSite.isEmpty() ? "Lax" : Character.toUpperCase(sameSite.charAt(0)) + sameSite.substring(1).toLowerCase());
    }
}
