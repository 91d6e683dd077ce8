package dev.ordo.plugins.auth.routes;

import dev.ordo.api.db.Database;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.mail.Mail;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.password.PasswordPolicy;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import dev.ordo.plugins.auth.token.PasswordResetTokens;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /auth/password/request} mails a reset link and {@code POST /auth/password/reset} sets the new password
 * (PLATFORM.md §1.2, §1.6). The link goes to the {@code reset_url} given, which must be on
 * {@code PASSWORD_RESET_URL_ALLOW_LIST}, or to {@code PUBLIC_URL/admin/reset-password} (see {@link MailedLinks}).
 * A request answers 204 whether or not
 * the email belongs to a user, after {@code LOGIN_STALL_TIME}, so it tells nothing about which emails exist.
 */
public final class PasswordResetRoutes {

    private final Database database;
    private final UserStore users;
    private final ProjectSettings project;
    private final PasswordHasher hasher;
    private final PasswordResetTokens tokens;
    private final Outbox outbox;
    private final MailedLinks links;
    private final LoginStall stall;
    private final DirectChanges changes;

    PasswordResetRoutes(Database database, UserStore users, ProjectSettings project, PasswordHasher hasher,
                        PasswordResetTokens tokens, Outbox outbox, MailedLinks links, Duration stall,
                        DirectChanges changes) {
        this.database = database;
        this.users = users;
        this.project = project;
        this.hasher = hasher;
        this.tokens = tokens;
        this.outbox = outbox;
        this.links = links;
        this.stall = new LoginStall(stall);
        this.changes = changes;
    }

    void register(Router router) {
        router.post("/auth/password/request", this::request);
        router.post("/auth/password/reset", this::reset);
    }

    private Response request(Request request) throws Exception {
        long started = System.nanoTime();
        try {
            Payload payload = Payload.of(request);
            String email = payload.requiredText("email");
            String base = links.base(payload.optionalText("reset_url"), "/admin/reset-password", "reset passwords");
            outbox.requireMail();
            Optional<UserRecord> user = database.withConnection(connection -> users.findByEmail(connection, email))
                .filter(UserRecord::isActive)
                .filter(found -> UserRecord.DEFAULT_PROVIDER.equals(found.provider()));
            if (user.isPresent()) {
                String token = tokens.issue(email, user.get().passwordHash().orElse(""));
                String link = MailedLinks.withToken(base, token);
                String projectName = database.withConnection(project::projectName);
                outbox.send(new Mail(List.of(email), "Password Reset Request",
                    "A password reset was requested for your account on " + projectName + ".\n\nSet a new password "
                        + "here within a day: " + link + "\n\nIf you did not ask for this, ignore this email.",
                    Optional.empty()));
            }
            return Response.noContent();
        } finally {
            stall.padFrom(started);
        }
    }

    private Response reset(Request request) throws Exception {
        Payload payload = Payload.of(request);
        String token = payload.requiredText("token");
        String password = payload.requiredText("password");
        PasswordResetTokens.Claims claims = tokens.verify(token);
        UserRecord user = database.withConnection(connection -> users.findByEmail(connection, claims.email()))
            .filter(UserRecord::isActive)
            .filter(found -> PasswordResetTokens.matchesPassword(claims, found.passwordHash().orElse("")))
            .orElseThrow(ForbiddenException::new);
        PasswordPolicy.check(database.withConnection(project::passwordPolicy), password);
        String hash = hasher.hash(password);
        database.inTransaction(connection -> {
            users.setPasswordHash(connection, user.id(), hash);
            return null;
        });
        changes.committed("directus_users");
        return Response.noContent();
    }
}
