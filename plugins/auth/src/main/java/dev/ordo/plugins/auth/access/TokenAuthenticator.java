package dev.ordo.plugins.auth.access;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.Authenticator;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.http.Request;
import dev.ordo.plugins.auth.access.CallerCache.CallerKey;
import dev.ordo.plugins.auth.access.CallerCache.CallerKey.Kind;
import dev.ordo.plugins.auth.store.SessionRecord;
import dev.ordo.plugins.auth.store.SessionStore;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import dev.ordo.plugins.auth.token.AccessTokens;
import dev.ordo.plugins.auth.token.BearerToken;
import dev.ordo.plugins.auth.token.Sha256;
import dev.ordo.plugins.auth.token.VerifiedAccessToken;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a request's token into the caller's {@link Accountability}. The token only says who the caller is; their
 * role chain, policies and admin/app flags are read from the database, never from the token, and kept for a few
 * seconds in the {@link CallerCache}, which every change Ordo makes to them purges: a changed role or a suspended
 * user takes effect on the next request.
 */
public final class TokenAuthenticator implements Authenticator {

    private static final System.Logger LOG = System.getLogger(TokenAuthenticator.class.getName());

    private final Database database;
    private final AccessTokens tokens;
    private final UserStore users;
    private final SessionStore sessions;
    private final PolicyResolver policies;
    private final String sessionCookie;
    private final CallerCache callers;
    private final Clock clock;

    /** @param sessionCookie {@code SESSION_COOKIE_NAME}: read only when neither query nor header carries a token */
    public TokenAuthenticator(Database database, AccessTokens tokens, UserStore users, SessionStore sessions,
                              PolicyResolver policies, String sessionCookie, CallerCache callers,
                              Clock clock) {
        this.database = database;
        this.tokens = tokens;
        this.users = users;
        this.sessions = sessions;
        this.policies = policies;
        this.sessionCookie = sessionCookie;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    public Accountability authenticate(Request request) {
        ClientInfo client = request.client();
        Optional<String> token = BearerToken.of(request).or(() -> request.cookie(sessionCookie));
        if (token.isEmpty()) {
            return anonymous(client);
        }
        Optional<VerifiedAccessToken> jwt = tokens.verify(token.get());
        // Static tokens and session tokens are credentials: the cache keys on their digest.
        CallerKey key = jwt.map(verified -> new CallerKey(Kind.ACCESS_TOKEN,
                Sha256.hex(verified.userId() + " " + verified.session().orElse("")), client.ip()))
            .orElseGet(() -> new CallerKey(Kind.STATIC_TOKEN, Sha256.hex(token.get()), client.ip()));
        Optional<Accountability> known = known(key, client);
        if (known.isPresent()) {
            return known.get();
        }
        long generation = callers.generation();
        try {
            Resolved resolved = database.withConnection(connection -> jwt.isPresent()
                ? forAccessToken(connection, jwt.get(), client)
                : forStaticToken(connection, token.get(), client));
            callers.put(key, resolved.caller(), resolved.sessionExpiry(), generation);
            return resolved.caller();
        } catch (SQLException e) {
            throw new ServiceUnavailableException("database", "The caller's credentials could not be checked");
        }
    }

    private Optional<Accountability> known(CallerKey key, ClientInfo client) {
        return callers.find(key).filter(entry -> entry.isUsableAt(clock.instant()))
            .map(entry -> entry.caller().withClient(client));
    }

    /**
     * An anonymous caller gets the public policies. When they cannot be read (the database is down) the caller gets
     * no policy at all, which grants nothing: routes that need no rights, such as the health check, still answer.
     */
    private Accountability anonymous(ClientInfo client) {
        CallerKey key = new CallerKey(Kind.PUBLIC, "", client.ip());
        Optional<Accountability> known = known(key, client);
        if (known.isPresent()) {
            return known.get();
        }
        long generation = callers.generation();
        try {
            Accountability caller = database.withConnection(connection -> anonymous(connection, client));
            callers.put(key, caller, Optional.empty(), generation);
            return caller;
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "The public policies could not be read; treating the caller as "
                + "having none: " + e.getMessage());
            return Accountability.anonymous(client);
        }
    }

    private Accountability anonymous(Connection connection, ClientInfo client) throws SQLException {
        ResolvedAccess access = policies.forPublic(connection, client.ip());
        // Public callers never get admin or app rights from their policies.
        return Accountability.anonymous(client).withPolicies(access.policies());
    }

    private Resolved forAccessToken(Connection connection, VerifiedAccessToken token, ClientInfo client)
        throws SQLException {
        Optional<Instant> sessionExpiry = Optional.empty();
        if (token.session().isPresent()) {
            // Session-mode tokens die with their session, which makes them revocable.
            Optional<SessionRecord> session = sessions.find(connection, token.session().get());
            boolean valid = session.isPresent()
                && session.get().user().filter(token.userId()::equalsIgnoreCase).isPresent()
                && !session.get().isExpiredAt(clock.instant());
            if (!valid) {
                throw new InvalidCredentialsException();
            }
            sessionExpiry = session.get().expires();
        }
        UserRecord user = users.findById(connection, token.userId())
            .filter(UserRecord::isActive)
            .orElseThrow(InvalidCredentialsException::new);
        Accountability accountability = forUser(connection, user, client);
        return new Resolved(token.session().map(accountability::withSession).orElse(accountability), sessionExpiry);
    }

    private Resolved forStaticToken(Connection connection, String token, ClientInfo client) throws SQLException {
        UserRecord user = users.findActiveByStaticToken(connection, token).orElseThrow(InvalidCredentialsException::new);
        return new Resolved(forUser(connection, user, client), Optional.empty());
    }

    private Accountability forUser(Connection connection, UserRecord user, ClientInfo client) throws SQLException {
        ResolvedAccess access = policies.forUser(connection, user.id(), user.role(), client.ip());
        return Accountability.user(user.id(), user.role(), access.roles(), access.policies(), access.admin(), access.app(),
            client);
    }

    /** A caller read from the database, and when the session their token is bound to expires. */
    private record Resolved(Accountability caller, Optional<Instant> sessionExpiry) {
    }
}
