package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.password.TotpSecrets;
import dev.ordo.plugins.auth.password.TotpVerifier;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Two-factor authentication (PLATFORM.md §1.5): {@code POST /users/me/tfa/generate} proposes a secret (not stored
 * yet), {@code /users/me/tfa/enable} stores it once a code from it checks out, {@code /users/me/tfa/disable} removes
 * it given a current code, and an admin may remove anyone's with {@code POST /users/:id/tfa/disable}.
 */
public final class TwoFactorRoutes {

    private static final String ALREADY_SET = "TFA Secret is already set for this user";

    private final Database database;
    private final UserStore users;
    private final ProjectSettings project;
    private final PasswordHasher hasher;
    private final TotpVerifier totp = new TotpVerifier();
    private final TotpSecrets secrets = new TotpSecrets();
    private final DirectChanges changes;
    private final Clock clock;

    public TwoFactorRoutes(Database database, UserStore users, ProjectSettings project, PasswordHasher hasher,
                           DirectChanges changes, Clock clock) {
        this.database = database;
        this.users = users;
        this.project = project;
        this.hasher = hasher;
        this.changes = changes;
        this.clock = clock;
    }

    public void register(Router router) {
        router.post("/users/me/tfa/generate", this::generate);
        router.post("/users/me/tfa/enable", this::enable);
        router.post("/users/me/tfa/disable", this::disable);
        router.post("/users/:id/tfa/disable", this::disableForUser);
    }

    private Response generate(Request request) throws Exception {
        UserRecord user = caller(request);
        Payload payload = Payload.of(request);
        if (UserRecord.DEFAULT_PROVIDER.equals(user.provider())) {
            String password = payload.requiredText("password");
            boolean matches = user.passwordHash().map(hash -> hasher.verify(password, hash)).orElse(false);
            if (!matches) {
                throw new InvalidCredentialsException();
            }
        }
        if (user.tfaSecret().isPresent()) {
            throw new InvalidPayloadException(ALREADY_SET);
        }
        String secret = secrets.newSecret();
        String label = database.withConnection(connection -> users.email(connection, user.id())).orElse(user.id());
        String issuer = database.withConnection(project::projectName);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("secret", secret);
        data.put("otpauth_url", TotpSecrets.otpauthUrl(secret, label, issuer));
        return Response.data(data);
    }

    private Response enable(Request request) throws Exception {
        UserRecord user = caller(request);
        Payload payload = Payload.of(request);
        String secret = payload.requiredText("secret");
        String otp = payload.requiredText("otp");
        if (user.tfaSecret().isPresent()) {
            throw new InvalidPayloadException(ALREADY_SET);
        }
        if (!totp.verify(secret, otp, clock.instant())) {
            throw new InvalidPayloadException("\"otp\" is invalid");
        }
        store(user.id(), Optional.of(secret));
        return Response.noContent();
    }

    private Response disable(Request request) throws Exception {
        UserRecord user = caller(request);
        String otp = Payload.of(request).requiredText("otp");
        if (user.tfaSecret().isEmpty() || !totp.verify(user.tfaSecret().get(), otp, clock.instant())) {
            throw new InvalidPayloadException("\"otp\" is invalid");
        }
        store(user.id(), Optional.empty());
        return Response.noContent();
    }

    private Response disableForUser(Request request) throws Exception {
        if (!request.accountability().admin()) {
            throw new ForbiddenException();
        }
        String id = request.pathParam("id");
        UserRecord user = database.withConnection(connection -> users.findById(connection, id))
            .orElseThrow(ForbiddenException::new);
        store(user.id(), Optional.empty());
        return Response.noContent();
    }

    private UserRecord caller(Request request) throws Exception {
        Accountability caller = request.accountability();
        String id = caller.user().orElseThrow(InvalidCredentialsException::new);
        return database.withConnection(connection -> users.findById(connection, id))
            .orElseThrow(InvalidCredentialsException::new);
    }

    private void store(String userId, Optional<String> secret) throws Exception {
        database.inTransaction(connection -> {
            users.setTfaSecret(connection, userId, secret);
            return null;
        });
        changes.committed("directus_users");
    }
}
