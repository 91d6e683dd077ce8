package dev.ordo.plugins.auth.routes;

import dev.ordo.api.db.Database;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.password.TotpVerifier;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /auth/login} with {@code email}, {@code password}, optional {@code otp} and {@code mode} ({@code json},
 * {@code cookie} or {@code session}). Unknown email, wrong password, an inactive user and another provider's user all
 * get the same answer, after the same amount of hashing work and at least {@code LOGIN_STALL_TIME}, so the endpoint
 * does not tell which emails exist. Attempts count against {@code auth_login_attempts}.
 */
public final class LoginRoute implements RouteHandler {

    private final Database database;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final TotpVerifier totp;
    private final LoginSessions sessions;
    private final TokenResponses responses;
    private final BruteForceGuard guard;
    private final LoginStall stall;
    private final Clock clock;

    LoginRoute(Database database, UserStore users, PasswordHasher hasher, TotpVerifier totp, LoginSessions sessions,
               TokenResponses responses, BruteForceGuard guard, LoginStall stall, Clock clock) {
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.totp = totp;
        this.sessions = sessions;
        this.responses = responses;
        this.guard = guard;
        this.stall = stall;
        this.clock = clock;
    }

    @Override
    public Response handle(Request request) throws Exception {
        long started = System.nanoTime();
        try {
            return login(request);
        } finally {
            stall.padFrom(started);
        }
    }

    private Response login(Request request) throws Exception {
        Payload payload = Payload.of(request);
        String email = payload.requiredText("email");
        String password = payload.requiredText("password");
        LoginMode mode = LoginMode.of(payload).orElse(LoginMode.JSON);
        Optional<String> otp = payload.optionalText("otp");

        Optional<UserRecord> found = database.withConnection(connection -> users.findByEmail(connection, email))
            .filter(UserRecord::isActive)
            .filter(candidate -> UserRecord.DEFAULT_PROVIDER.equals(candidate.provider()));
        if (found.isPresent()) {
            guard.attempt(found.get().id());
        }
        boolean passwordMatches = found.flatMap(UserRecord::passwordHash)
            .map(hash -> hasher.verify(password, hash))
            .orElseGet(() -> hasher.verifyNothing(password));
        UserRecord user = found.filter(candidate -> passwordMatches).orElseThrow(InvalidCredentialsException::new);
        if (user.tfaSecret().isPresent()
            && !otp.map(code -> totp.verify(user.tfaSecret().get(), code, clock.instant())).orElse(false)) {
            throw new OrdoException(ErrorCode.INVALID_OTP, "Invalid user OTP.");
        }
        guard.succeeded(user.id());
        return responses.issued(sessions.open(user, request.client(), mode), mode);
    }
}
