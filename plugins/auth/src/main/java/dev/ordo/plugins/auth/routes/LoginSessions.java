package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.error.OrdoException;
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
    private final Clock clock;

    public LoginSessions(Database database, UserStore users, SessionStore sessions, ActivityLog activity, PolicyResolver policies,
                  AccessTokens tokens, RandomTokens random, Duration refreshTokenTtl, Clock clock) {
        this.database = database;
        this.users = users;
        this.sessions = sessions;
        this.activity = activity;
        this.policies = policies;
        this.tokens = tokens;
        this.random = random;
        this.refreshTokenTtl = refreshTokenTtl;
        this.clock = clock;
    }

    /** Starts a session for a user whose credentials were just verified. */
    TokenPair open(UserRecord user, ClientInfo client) throws SQLException {
        Instant now = clock.instant();
        String refreshToken = random.next(REFRESH_TOKEN_LENGTH);
        ResolvedAccess access = database.inTransaction(connection -> {
            sessions.insert(connection, refreshToken, user.id(), now.plus(refreshTokenTtl), client);
            sessions.deleteExpired(connection, user.id(), now);
            users.recordAccess(connection, user.id(), now);
            activity.recordLogin(connection, user.id(), now, client);
            return policies.forUser(connection, user.id(), user.role(), client.ip());
        });
        return pair(user, access, refreshToken);
    }

    /** Rotates a session: the same row gets a new token and expiry, so the old token stops working. */
    TokenPair refresh(String refreshToken, ClientInfo client) throws SQLException {
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
            if (!sessions.rotate(connection, refreshToken, nextToken, now.plus(refreshTokenTtl))) {
                return Outcome.refused(new InvalidCredentialsException());
            }
            users.recordAccess(connection, user.get().id(), now);
            return Outcome.rotated(user.get(), policies.forUser(connection, user.get().id(), user.get().role(), client.ip()));
        });
        if (outcome.refusal().isPresent()) {
            throw outcome.refusal().get();
        }
        return pair(outcome.user().orElseThrow(), outcome.access().orElseThrow(), nextToken);
    }

    /** Ends a session. */
    void close(String refreshToken) throws SQLException {
        if (!database.inTransaction(connection -> sessions.delete(connection, refreshToken))) {
            throw new InvalidCredentialsException();
        }
    }

    private TokenPair pair(UserRecord user, ResolvedAccess access, String refreshToken) {
        // As in Directus: the client is told to set up TOTP when a policy demands it and the user has none yet.
        boolean enforceTfa = access.enforceTfa() && user.tfaSecret().isEmpty();
        String accessToken = tokens.issue(new AccessTokenClaims(user.id(), user.role(), access.app(), access.admin(),
            enforceTfa, Optional.empty()));
        return new TokenPair(accessToken, refreshToken, tokens.ttl().toMillis());
    }

    /** The result of a refresh transaction: a rotated session, or the error to answer once it committed. */
    private record Outcome(Optional<UserRecord> user, Optional<ResolvedAccess> access, Optional<OrdoException> refusal) {

        static Outcome rotated(UserRecord user, ResolvedAccess access) {
            return new Outcome(Optional.of(user), Optional.of(access), Optional.empty());
        }

        static Outcome refused(OrdoException error) {
            return new Outcome(Optional.empty(), Optional.empty(), Optional.of(error));
        }
    }
}
