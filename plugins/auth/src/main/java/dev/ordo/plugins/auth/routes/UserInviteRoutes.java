package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.mail.Mail;
import dev.ordo.plugins.auth.password.PasswordPolicy;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.token.EmailTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations (PLATFORM.md §1.6): {@code POST /users/invite} creates {@code invited} users (with the inviter's
 * permissions) and mails each a link to {@code invite_url} (on {@code USER_INVITE_URL_ALLOW_LIST}) or
 * {@code PUBLIC_URL/admin/accept-invite}; a still-invited user gets the new role and a new mail. {@code POST
 * /users/invite/accept} sets the password and activates the user.
 */
public final class UserInviteRoutes {

    private final Database database;
    private final ProjectSettings project;
    private final UserDirectory users;
    private final EmailTokens tokens;
    private final Outbox outbox;
    private final MailedLinks links;
    private final Duration tokenLifetime;

    UserInviteRoutes(Database database, ProjectSettings project, UserDirectory users, EmailTokens tokens,
                     Outbox outbox, MailedLinks links, Duration tokenLifetime) {
        this.database = database;
        this.project = project;
        this.users = users;
        this.tokens = tokens;
        this.outbox = outbox;
        this.links = links;
        this.tokenLifetime = tokenLifetime;
    }

    void register(Router router) {
        router.post("/users/invite", this::invite);
        router.post("/users/invite/accept", this::accept);
    }

    private Response invite(Request request) throws Exception {
        Payload payload = Payload.of(request);
        List<String> emails = emails(payload);
        String role = payload.requiredText("role");
        String base = links.base(payload.optionalText("invite_url"), "/admin/accept-invite", "invite users");
        outbox.requireMail();
        Accountability caller = request.accountability();
        for (String email : emails) {
            Optional<Map<String, Object>> existing = users.byEmail(email);
            if (existing.isEmpty()) {
                users.create(Map.of("email", email, "role", role, "status", "invited"), caller);
            } else if ("invited".equals(existing.get().get("status"))) {
                users.update(existing.get().get("id"), Map.of("role", role), caller);
            } else {
                continue;
            }
            String link = MailedLinks.withToken(base, tokens.issue(email, EmailTokens.INVITE, tokenLifetime));
            String projectName = database.withConnection(project::projectName);
            outbox.send(new Mail(List.of(email), "You have been invited",
                "You have been invited to " + projectName + ". Accept the invitation and choose a password here: "
                    + link, Optional.empty()));
        }
        return Response.noContent();
    }

    private Response accept(Request request) throws Exception {
        Payload payload = Payload.of(request);
        String token = payload.requiredText("token");
        String password = payload.requiredText("password");
        String email = tokens.verify(token, EmailTokens.INVITE);
        Map<String, Object> user = users.byEmail(email).filter(found -> "invited".equals(found.get("status")))
            .orElseThrow(() -> new OrdoException(ErrorCode.INVALID_INVITE, "Invalid invite."));
        PasswordPolicy.check(database.withConnection(project::passwordPolicy), password);
        users.update(user.get("id"), Map.of("password", password, "status", "active"), Accountability.system());
        return Response.noContent();
    }

    /** {@code email}: one address or a list of them. */
    private static List<String> emails(Payload payload) {
        Object value = payload.asMap().get("email");
        List<String> emails = new ArrayList<>();
        if (value instanceof String one && !one.isBlank()) {
            emails.add(one.trim());
        } else if (value instanceof List<?> many && !many.isEmpty()) {
            for (Object each : many) {
                if (!(each instanceof String email) || email.isBlank()) {
                    throw new InvalidPayloadException("\"email\" must be an email or a list of emails");
                }
                emails.add(email.trim());
            }
        } else {
            throw new InvalidPayloadException("\"email\" is required");
        }
        return emails;
    }
}
