package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.AuthProvider;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.error.RouteNotFoundException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.plugins.auth.access.LocalAuthProvider;
import dev.ordo.plugins.auth.password.TotpVerifier;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code POST /auth/login} (the local provider) and {@code POST /auth/login/<provider>}, with the provider's
 * credentials, optional {@code otp} and {@code mode} ({@code json}, {@code cookie} or {@code session}). Unknown users,
 * wrong credentials, inactive users and another provider's users all get the same answer, after the same amount of
 * work and at least {@code LOGIN_STALL_TIME}, so the endpoint does not tell which users exist. Attempts count against
 * {@code auth_login_attempts}.
 */
final class LoginRoute implements RouteHandler {

    private final Database database;
    private final UserStore users;
    private final Supplier<List<AuthProvider>> providers;
    private final TotpVerifier totp;
    private final LoginSessions sessions;
    private final TokenResponses responses;
    private final BruteForceGuard guard;
    private final LoginStall stall;
    private final Clock clock;

    LoginRoute(Database database, UserStore users, Supplier<List<AuthProvider>> providers, TotpVerifier totp,
               LoginSessions sessions, TokenResponses responses, BruteForceGuard guard, LoginStall stall, Clock clock) {
        this.database = database;
        this.users = users;
        this.providers = providers;
        this.totp = totp;
        this.sessions = sessions;
        this.responses = responses;
        this.guard = guard;
        this.stall = stall;
        this.clock = clock;
    }

    @Override
    public Response handle(Request request) throws Exception {
        String name = request.pathParams().getOrDefault("provider", LocalAuthProvider.NAME);
        AuthProvider provider = providers.get().stream().filter(p -> p.name().equals(name)).findFirst()
            .orElseThrow(() -> new RouteNotFoundException(request.path()));
        long started = System.nanoTime();
        try {
            return login(request, provider);
        } finally {
            stall.padFrom(started);
        }
    }

    private Response login(Request request, AuthProvider provider) throws Exception {
        Payload payload = Payload.of(request);
        LoginMode mode = LoginMode.of(payload).orElse(LoginMode.JSON);
        Optional<String> otp = payload.optionalText("otp");
        Map<String, Object> credentials = payload.asMap();

        Optional<String> userId = provider.userId(credentials);
        Optional<UserRecord> found = userId.isEmpty() ? Optional.empty()
            : database.withConnection(connection -> users.findById(connection, userId.get()))
                .filter(UserRecord::isActive)
                .filter(candidate -> provider.name().equals(candidate.provider()));
        if (found.isEmpty()) {
            // The same work as a real check, so refusals take as long whatever the reason.
            userId.ifPresent(id -> provider.verify(id, credentials));
            throw new InvalidCredentialsException();
        }
        UserRecord user = found.get();
        guard.attempt(user.id());
        if (!provider.verify(user.id(), credentials)) {
            throw new InvalidCredentialsException();
        }
        if (user.tfaSecret().isPresent()
            && !otp.map(code -> totp.verify(user.tfaSecret().get(), code, clock.instant())).orElse(false)) {
            throw new OrdoException(ErrorCode.INVALID_OTP, "Invalid user OTP.");
        }
        guard.succeeded(user.id());
        return responses.issued(sessions.open(user, request.client(), mode), mode);
    }
}
