package dev.ordo.plugins.auth.routes;

import dev.ordo.api.config.Settings;
import dev.ordo.api.db.Database;
import dev.ordo.api.http.RateLimiters;
import dev.ordo.api.http.Router;
import dev.ordo.api.mail.Mailer;
import dev.ordo.api.service.Services;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.store.UserStore;
import dev.ordo.plugins.auth.token.DirectusJwt;
import dev.ordo.plugins.auth.token.EmailTokens;
import dev.ordo.plugins.auth.token.PasswordResetTokens;
import java.time.Duration;

/** Registers the account routes that mail a link: password reset, invitations and public registration. */
public final class AccountRoutes {

    private AccountRoutes() {
    }

    /** @param loginStall {@code LOGIN_STALL_TIME}, which also pads password reset requests */
    public static void register(Router router, Database database, ProjectSettings project, Services services,
                                Settings settings, DirectusJwt jwt, UserStore userStore, PasswordHasher hasher,
                                Duration loginStall) {
        UserDirectory users = new UserDirectory(services);
        EmailTokens tokens = new EmailTokens(jwt);
        Outbox outbox = new Outbox(() -> services.find(Mailer.class));
        String publicUrl = settings.get("PUBLIC_URL", "/");
        new PasswordResetRoutes(database, userStore, project, hasher, new PasswordResetTokens(jwt), outbox,
            new MailedLinks(publicUrl, settings.getList("PASSWORD_RESET_URL_ALLOW_LIST")), loginStall,
            new DirectChanges(services)).register(router);
        new UserInviteRoutes(database, project, users, tokens, outbox,
            new MailedLinks(publicUrl, settings.getList("USER_INVITE_URL_ALLOW_LIST")),
            settings.getDuration("USER_INVITE_TOKEN_TTL", Duration.ofDays(7))).register(router);
        new RegistrationRoutes(database, project, users, tokens, outbox,
            new MailedLinks(publicUrl, settings.getList("USER_REGISTER_URL_ALLOW_LIST")),
            settings.getDuration("EMAIL_VERIFICATION_TOKEN_TTL", Duration.ofDays(7)),
            settings.getDuration("REGISTER_STALL_TIME", Duration.ofMillis(750)), registrationLimiter(services),
            new RegistrationEmailFilter(services))
            .register(router);
    }

    /**
     * {@code RATE_LIMITER_REGISTRATION_*}: on by default, 5 registrations per IP per minute. A host that provides no
     * limiters (one embedding the module in tests) leaves registration unlimited.
     */
    private static RateLimiters.Limiter registrationLimiter(Services services) {
        return services.find(RateLimiters.class)
            .map(limiters -> limiters.limiter("RATE_LIMITER_REGISTRATION",
                new RateLimiters.Defaults(true, 5, Duration.ofSeconds(60))))
            .orElse(key -> { });
    }
}
