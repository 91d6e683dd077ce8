package dev.ordo.plugins.auth.store;

import dev.ordo.api.auth.ClientInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The refresh sessions in {@code directus_sessions}. */
public final class SessionStore {

    private final SqlDialect dialect;
    private final String table;
    private final String token;
    private final String user;
    private final String expires;
    private final String nextToken;

    public SessionStore(SqlDialect dialect) {
        this.dialect = dialect;
        this.table = dialect.quote("directus_sessions");
        this.token = dialect.quote("token");
        this.user = dialect.quote("user");
        this.expires = dialect.quote("expires");
        this.nextToken = dialect.quote("next_token");
    }

    public void insert(Connection connection, String sessionToken, String userId, Instant expiry, ClientInfo client)
        throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", token, user, expires, dialect.quote("ip"),
            dialect.quote("user_agent"), dialect.quote("origin")) + ") VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sessionToken);
            dialect.bindUuid(statement, 2, userId);
            dialect.bindInstant(statement, 3, expiry);
            statement.setString(4, client.ip().orElse(null));
            statement.setString(5, client.userAgent().orElse(null));
            statement.setString(6, client.origin().orElse(null));
            statement.executeUpdate();
        }
    }

    public Optional<SessionRecord> find(Connection connection, String sessionToken) throws SQLException {
        String sql = "SELECT " + String.join(", ", token, user, expires, nextToken) + " FROM " + table + " WHERE " + token
            + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sessionToken);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Gives the session a new token and expiry; false when another request rotated or deleted it first. */
    public boolean rotate(Connection connection, String oldToken, String newToken, Instant newExpiry) throws SQLException {
        String sql = "UPDATE " + table + " SET " + token + " = ?, " + expires + " = ? WHERE " + token + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, newToken);
            dialect.bindInstant(statement, 2, newExpiry);
            statement.setString(3, oldToken);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Marks a session as replaced by {@code successor}, to end at {@code graceExpiry}; false when another request
     * replaced it first.
     */
    public boolean replace(Connection connection, String oldToken, String successor, Instant graceExpiry)
        throws SQLException {
        String sql = "UPDATE " + table + " SET " + nextToken + " = ?, " + expires + " = ? WHERE " + token + " = ? AND "
            + nextToken + " IS NULL";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, successor);
            dialect.bindInstant(statement, 2, graceExpiry);
            statement.setString(3, oldToken);
            return statement.executeUpdate() == 1;
        }
    }

    /** @return whether a row was deleted */
    public boolean delete(Connection connection, String sessionToken) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE " + token + " = ?")) {
            statement.setString(1, sessionToken);
            return statement.executeUpdate() > 0;
        }
    }

    /** Deletes the user's sessions that expired before {@code now}; expiry is compared in Java (see {@link SqlDialect}). */
    public int deleteExpired(Connection connection, String userId, Instant now) throws SQLException {
        List<String> expired = new ArrayList<>();
        String sql = "SELECT " + String.join(", ", token, user, expires, nextToken) + " FROM " + table + " WHERE " + user
            + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            dialect.bindUuid(statement, 1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    SessionRecord session = read(rows);
                    if (session.isExpiredAt(now)) {
                        expired.add(session.token());
                    }
                }
            }
        }
        for (String expiredToken : expired) {
            delete(connection, expiredToken);
        }
        return expired.size();
    }

    private SessionRecord read(ResultSet row) throws SQLException {
        return new SessionRecord(row.getString("token"), Optional.ofNullable(row.getString("user")),
            dialect.readInstant(row, "expires"), Optional.ofNullable(row.getString("next_token")));
    }
}
