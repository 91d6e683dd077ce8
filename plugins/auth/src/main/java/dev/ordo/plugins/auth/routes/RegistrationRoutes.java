package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.http.RateLimiters;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.mail.Mail;
import dev.ordo.plugins.auth.password.PasswordPolicy;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.store.ProjectSettings.Registration;
import dev.ordo.plugins.auth.token.EmailTokens;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public registration (PLATFORM.md §1.6), when {@code directus_settings.public_registration} is on:
 * {@code POST /users/register} creates a user with {@code public_registration_role}, {@code unverified} and mailed a
 * verification link when {@code public_registration_verify_email} is on, else {@code active}. It answers 204 whatever
 * happened, after {@code REGISTER_STALL_TIME}, so it tells nothing about which emails exist; each client IP may try
 * a few times a minute ({@code RATE_LIMITER_REGISTRATION_*}). An email that fails
 * {@code public_registration_email_filter} is refused with 403, as in Directus.
 * {@code GET /users/register/verify-email?token=} activates the user and sends the browser to the login page.
 */
public final class RegistrationRoutes {

    /** Requests whose client address is unknown share one limit. */
    private static final String UNKNOWN_IP = "unknown";

    private final Database database;
    private final ProjectSettings project;
    private final UserDirectory users;
    private final EmailTokens tokens;
    private final Outbox outbox;
    private final MailedLinks links;
    private final Duration tokenLifetime;
    private final LoginStall stall;
    private final RateLimiters.Limiter perIp;
    private final RegistrationEmailFilter emailFilter;

    RegistrationRoutes(Database database, ProjectSettings project, UserDirectory users, EmailTokens tokens,
                       Outbox outbox, MailedLinks links, Duration tokenLifetime, Duration stall,
                       RateLimiters.Limiter perIp, RegistrationEmailFilter emailFilter) {
        this.database = database;
        this.project = project;
        this.users = users;
        this.tokens = tokens;
        this.outbox = outbox;
        this.links = links;
        this.tokenLifetime = tokenLifetime;
        this.stall = new LoginStall(stall);
        this.perIp = perIp;
        this.emailFilter = emailFilter;
    }

    void register(Router router) {
        router.post("/users/register", this::registerUser);
        router.get("/users/register/verify-email", this::verify);
    }

    private Response registerUser(Request request) throws Exception {
        perIp.consume(request.client().ip().orElse(UNKNOWN_IP));
        long started = System.nanoTime();
        try {
            Registration registration = database.withConnection(project::registration);
            if (!registration.open()) {
                throw new ForbiddenException();
            }
            Payload payload = Payload.of(request);
            String email = payload.requiredText("email").trim();
            String password = payload.requiredText("password");
            if (!emailFilter.admits(registration.emailFilter(), email)) {
                throw new ForbiddenException();
            }
            String base = links.base(payload.optionalText("verification_url"), "/users/register/verify-email",
                "verify email addresses");
            PasswordPolicy.check(database.withConnection(project::passwordPolicy), password);
            if (registration.verifyEmail()) {
                outbox.requireMail();
            }
            Optional<Map<String, Object>> existing = users.byEmail(email);
            if (existing.isEmpty()) {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("email", email);
                user.put("password", password);
                payload.optionalText("first_name").ifPresent(name -> user.put("first_name", name));
                payload.optionalText("last_name").ifPresent(name -> user.put("last_name", name));
                user.put("role", registration.role().orElse(null));
                user.put("status", registration.verifyEmail() ? "unverified" : "active");
                users.create(user, Accountability.system());
            }
            boolean awaitsVerification = existing.map(found -> "unverified".equals(found.get("status")))
                .orElse(registration.verifyEmail());
            if (registration.verifyEmail() && awaitsVerification) {
                String link = MailedLinks.withToken(base,
                    tokens.issue(email, EmailTokens.PENDING_REGISTRATION, tokenLifetime));
                outbox.send(new Mail(List.of(email), "Verify your email address",
                    "Confirm your email address to finish signing up: " + link, Optional.empty()));
            }
            return Response.noContent();
        } finally {
            stall.padFrom(started);
        }
    }

    private Response verify(Request request) {
        String token = request.queryParam("token").orElseThrow(ForbiddenException::new);
        String email = tokens.verify(token, EmailTokens.PENDING_REGISTRATION);
        Map<String, Object> user = users.byEmail(email).orElseThrow(ForbiddenException::new);
        if ("unverified".equals(user.get("status"))) {
            users.update(user.get("id"), Map.of("status", "active"), Accountability.system());
        }
        return Response.noContent().withStatus(302).withHeader("Location", links.loginPage());
    }
}
