package dev.ordo.plugins.auth;

import dev.ordo.api.Module;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.auth.AuthProvider;
import dev.ordo.api.auth.Authenticator;
import dev.ordo.api.auth.HashService;
import dev.ordo.api.db.Database;
import dev.ordo.api.http.Router;
import dev.ordo.plugins.auth.access.CallerCache;
import dev.ordo.plugins.auth.access.IpAccessRule;
import dev.ordo.plugins.auth.access.LocalAuthProvider;
import dev.ordo.plugins.auth.access.PolicyResolver;
import dev.ordo.plugins.auth.access.TokenAuthenticator;
import dev.ordo.plugins.auth.password.Argon2HashService;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.routes.AccountRoutes;
import dev.ordo.plugins.auth.routes.AuthRoutes;
import dev.ordo.plugins.auth.routes.BruteForceGuard;
import dev.ordo.plugins.auth.routes.DirectChanges;
import dev.ordo.plugins.auth.routes.LoginSessions;
import dev.ordo.plugins.auth.routes.TwoFactorRoutes;
import dev.ordo.plugins.auth.store.ActivityLog;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.store.SessionStore;
import dev.ordo.plugins.auth.store.SqlDialect;
import dev.ordo.plugins.auth.store.UserStore;
import dev.ordo.plugins.auth.token.AccessTokens;
import dev.ordo.plugins.auth.token.DirectusJwt;
import dev.ordo.plugins.auth.token.RandomTokens;
import java.io.PrintStream;
import java.time.Clock;
import org.pf4j.Extension;

/**
 * Authentication: bootstraps the first admin, turns tokens (header, query or session cookie) into accountabilities
 * for every request, provides the {@link HashService} and the local {@link AuthProvider}, and serves login, refresh
 * and logout in every mode, two-factor set-up, password reset, invitations and registration.
 */
@Extension
public final class AuthModule implements Module {

    private final Clock clock;
    private final PrintStream console;

    public AuthModule() {
        this(Clock.systemUTC(), System.out);
    }

    /** For tests: a controllable clock, and somewhere to catch the generated admin password. */
    AuthModule(Clock clock, PrintStream console) {
        this.clock = clock;
        this.console = console;
    }

    @Override
    public String id() {
        return "auth";
    }

    @Override
    public void start(ModuleContext context) throws Exception {
        AuthSettings settings = AuthSettings.from(context.settings());
        Database database = context.database();
        SqlDialect dialect = SqlDialect.of(database.vendor());
        UserStore users = new UserStore(dialect);
        SessionStore sessions = new SessionStore(dialect);
        PolicyResolver policies = new PolicyResolver(dialect);
        PasswordHasher hasher = new PasswordHasher(settings.hashing());
        RandomTokens random = new RandomTokens();
        DirectusJwt jwt = new DirectusJwt(settings.secret(), clock);
        AccessTokens tokens = new AccessTokens(jwt, settings.accessTokenTtl());

        new AdminBootstrap(database, dialect, users, hasher, random, console).createFirstAdminIfNone(settings);

        CallerCache callers = new CallerCache(settings.callerCacheTtl());
        DirectChanges changes = new DirectChanges(context.services());
        callers.purgeOnChanges(context.events());
        IpAccessRule.register(context.events());
        context.services().register(Authenticator.class,
            new TokenAuthenticator(database, tokens, users, sessions, policies, settings.cookies().session().name(),
                callers, clock));
        context.services().register(HashService.class, new Argon2HashService(hasher));

        LoginSessions loginSessions = new LoginSessions(database, users, sessions, new ActivityLog(dialect), policies,
            tokens, random, settings.refreshTokenTtl(),
            new LoginSessions.SessionLifetimes(settings.cookies().sessionTtl(), settings.sessionRefreshGrace()), callers,
            changes, clock);
        Router router = context.router();
        context.services().add(AuthProvider.class, new LocalAuthProvider(database, users, hasher));
        BruteForceGuard guard = BruteForceGuard.inMemory(database, dialect, users, callers, changes);
        AuthRoutes.register(router, database, guard, users, () -> context.services().all(AuthProvider.class),
            context.settings().getBoolean("AUTH_DISABLE_DEFAULT", false), loginSessions, tokens, settings.cookies(),
            settings.refreshTokenTtl(), settings.loginStallTime(), clock);
        ProjectSettings project = new ProjectSettings(dialect);
        new TwoFactorRoutes(database, users, project, hasher, changes, clock).register(router);
        AccountRoutes.register(router, database, project, context.services(), context.settings(), jwt, users, hasher,
            settings.loginStallTime());
    }
}
