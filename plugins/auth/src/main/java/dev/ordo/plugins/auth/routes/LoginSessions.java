package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.plugins.auth.access.CallerCache;
import dev.ordo.plugins.auth.access.PolicyResolver;
import dev.ordo.plugins.auth.access.ResolvedAccess;
import dev.ordo.plugins.auth.store.ActivityLog;
import dev.ordo.plugins.auth.store.SessionRecord;
import dev.ordo.plugins.auth.store.SessionStore;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import dev.ordo.plugins.auth.token.AccessTokenClaims;
import dev.ordo.plugins.auth.token.AccessTokens;
import dev.ordo.plugins.auth.token.RandomTokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens, rotates and closes refresh sessions, and issues the access token that goes with each. Each operation's
 * writes happen in one transaction; refusals are raised only after it committed, so the expired or orphaned
 * sessions an operation deletes stay deleted.
 */
public final class LoginSessions {

    private static final int REFRESH_TOKEN_LENGTH = 64;

    private final Database database;
    private final UserStore users;
    private final SessionStore sessions;
    private final ActivityLog activity;
    private final PolicyResolver policies;
    private final AccessTokens tokens;
    private final RandomTokens random;
    private final Duration refreshTokenTtl;
    private final SessionLifetimes session;
    private final CallerCache callers;
    private final DirectChanges changes;
    private final Clock clock;

    /** How long session-mode tokens live, and how long a replaced session still answers (concurrent refreshes). */
    public record SessionLifetimes(Duration cookieTtl, Duration refreshGrace) {
    }

    public LoginSessions(Database database, UserStore users, SessionStore sessions, ActivityLog activity, PolicyResolver policies,
                  AccessTokens tokens, RandomTokens random, Duration refreshTokenTtl, SessionLifetimes session,
                  CallerCache callers, DirectChanges changes, Clock clock) {
        this.database = database;
        this.users = users;
        this.sessions = sessions;
        this.activity = activity;
        this.policies = policies;
        this.tokens = tokens;
        this.random = random;
        this.refreshTokenTtl = refreshTokenTtl;
        this.session = session;
        this.callers = callers;
        this.changes = changes;
        this.clock = clock;
    }

    /** Starts a session for a user whose credentials were just verified. */
    TokenPair open(UserRecord user, ClientInfo client, LoginMode mode) throws SQLException {
        Instant now = clock.instant();
        String refreshToken = random.next(REFRESH_TOKEN_LENGTH);
        ResolvedAccess access = database.inTransaction(connection -> {
            sessions.insert(connection, refreshToken, user.id(), now.plus(refreshTokenTtl), client);
            sessions.deleteExpired(connection, user.id(), now);
            users.recordAccess(connection, user.id(), now);
            activity.recordLogin(connection, user.id(), now, client);
            return policies.forUser(connection, user.id(), user.role(), client.ip());
        });
        changes.committed("directus_users", "directus_activity");
        return pair(user, access, refreshToken, mode);
    }

    /**
     * Renews a session. In json and cookie mode it rotates: the same row gets a new token and expiry, so the old
     * token stops working. In session mode it copies: a new row is the successor and the old one lives on for the
     * grace period, answering every refresh in that time with the same successor (browser tabs refresh at once).
     */
    TokenPair refresh(String refreshToken, ClientInfo client, LoginMode mode) throws SQLException {
        Instant now = clock.instant();
        String nextToken = random.next(REFRESH_TOKEN_LENGTH);
        Outcome outcome = database.inTransaction(connection -> {
            Optional<SessionRecord> session = sessions.find(connection, refreshToken);
            if (session.isEmpty() || session.get().user().isEmpty()) {
                return Outcome.refused(new InvalidCredentialsException());
            }
            if (session.get().isExpiredAt(now)) {
                sessions.delete(connection, refreshToken);
                return Outcome.refused(new InvalidCredentialsException());
            }
            Optional<UserRecord> user = users.findById(connection, session.get().user().get());
            if (user.isEmpty() || !user.get().isActive()) {
                sessions.delete(connection, refreshToken);
                return Outcome.refused(user.isPresent() && UserRecord.SUSPENDED.equals(user.get().status())
                    ? new OrdoException(ErrorCode.USER_SUSPENDED, "User suspended.")
                    : new InvalidCredentialsException());
            }
            Optional<String> renewed = mode == LoginMode.SESSION
                ? successor(connection, session.get(), nextToken, now, client)
                : rotated(connection, refreshToken, nextToken, now);
            if (renewed.isEmpty()) {
                return Outcome.refused(new InvalidCredentialsException());
            }
            users.recordAccess(connection, user.get().id(), now);
            return Outcome.renewed(user.get(), policies.forUser(connection, user.get().id(), user.get().role(),
                client.ip()), renewed.get());
        });
        // A refresh rotates, replaces or deletes a session row, which session-mode access tokens depend on.
        callers.purge();
        if (outcome.refusal().isPresent()) {
            throw outcome.refusal().get();
        }
        changes.committed("directus_users");
        return pair(outcome.user().orElseThrow(), outcome.access().orElseThrow(), outcome.token().orElseThrow(), mode);
    }

    /** The new token of a rotated session; empty when another request rotated or deleted it first. */
    private Optional<String> rotated(Connection connection, String token, String next, Instant now) throws SQLException {
        return sessions.rotate(connection, token, next, now.plus(refreshTokenTtl)) ? Optional.of(next) : Optional.empty();
    }

    /** The session that replaces {@code current}: the one a refresh in the grace period made, or a new one. */
    private Optional<String> successor(Connection connection, SessionRecord current, String next, Instant now,
                                       ClientInfo client) throws SQLException {
        if (current.nextToken().isPresent()) {
            return sessions.find(connection, current.nextToken().get()).filter(s -> !s.isExpiredAt(now))
                .map(SessionRecord::token);
        }
        String user = current.user().orElseThrow();
        sessions.insert(connection, next, user, now.plus(session.cookieTtl()), client);
        if (sessions.replace(connection, current.token(), next, now.plus(session.refreshGrace()))) {
            return Optional.of(next);
        }
        // Another refresh replaced it in the meantime: use its successor.
        sessions.delete(connection, next);
        Optional<SessionRecord> reread = sessions.find(connection, current.token());
        return reread.flatMap(SessionRecord::nextToken);
    }

    /** Ends a session. */
    void close(String refreshToken) throws SQLException {
        boolean deleted = database.inTransaction(connection -> sessions.delete(connection, refreshToken));
        callers.purge();
        if (!deleted) {
            throw new InvalidCredentialsException();
        }
    }

    /** In session mode the access token names its session and lives as long as the session cookie. */
    private TokenPair pair(UserRecord user, ResolvedAccess access, String refreshToken, LoginMode mode) {
        // As in Directus: the client is told to set up TOTP when a policy demands it and the user has none yet.
        boolean enforceTfa = access.enforceTfa() && user.tfaSecret().isEmpty();
        boolean inSession = mode == LoginMode.SESSION;
        Duration lifetime = inSession ? session.cookieTtl() : tokens.ttl();
        String accessToken = tokens.issue(new AccessTokenClaims(user.id(), user.role(), access.app(), access.admin(),
            enforceTfa, inSession ? Optional.of(refreshToken) : Optional.empty()), lifetime);
        return new TokenPair(accessToken, refreshToken, lifetime.toMillis());
    }

    /** The result of a refresh transaction: a rotated session, or the error to answer once it committed. */
    private record Outcome(Optional<UserRecord> user, Optional<ResolvedAccess> access, Optional<String> token,
                           Optional<OrdoException> refusal) {

        static Outcome renewed(UserRecord user, ResolvedAccess access, String token) {
            return new Outcome(Optional.of(user), Optional.of(access), Optional.of(token), Optional.empty());
        }

        static Outcome refused(OrdoException error) {
            return new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(error));
        }
    }
}
