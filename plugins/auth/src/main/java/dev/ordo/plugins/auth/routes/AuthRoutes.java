package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.AuthProvider;
import dev.ordo.api.db.Database;
import dev.ordo.api.http.Router;
import dev.ordo.plugins.auth.password.TotpVerifier;
import dev.ordo.plugins.auth.store.UserStore;
import dev.ordo.plugins.auth.token.AccessTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Registers {@code GET /auth}, {@code /auth/login} (unless {@code AUTH_DISABLE_DEFAULT}), {@code /auth/login/<provider>},
 * {@code /auth/refresh} and {@code /auth/logout}.
 */
public final class AuthRoutes {

    private AuthRoutes() {
    }

    /**
     * @param loginStall      {@code LOGIN_STALL_TIME}
     * @param refreshTokenTtl {@code REFRESH_TOKEN_TTL}, also the lifetime of the refresh token cookie
     */
    public static void register(Router router, Database database, BruteForceGuard guard, UserStore users,
                                Supplier<List<AuthProvider>> providers, boolean defaultDisabled, LoginSessions sessions,
                                AccessTokens tokens, AuthCookies cookies, Duration refreshTokenTtl, Duration loginStall,
                                Clock clock) {
        TokenResponses responses = new TokenResponses(cookies, refreshTokenTtl);
        LoginRoute login = new LoginRoute(database, users, providers, new TotpVerifier(), sessions, responses, guard,
            new LoginStall(loginStall), clock);
        router.get("/auth", new ProvidersRoute(providers, defaultDisabled));
        if (!defaultDisabled) {
            router.post("/auth/login", login);
        }
        router.post("/auth/login/:provider", login);
        router.post("/auth/refresh", new RefreshRoute(sessions, cookies, tokens, responses));
        router.post("/auth/logout", new LogoutRoute(sessions, cookies, tokens, responses));
    }
}
