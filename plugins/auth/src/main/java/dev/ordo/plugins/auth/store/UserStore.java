package dev.ordo.plugins.auth.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads users for authentication and records when they last signed in. */
public final class UserStore {

    private static final Pattern UUID_TEXT =
        Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SqlDialect dialect;
    private final String table;
    private final String userColumns;
    private final String selectUser;

    public UserStore(SqlDialect dialect) {
        this.dialect = dialect;
        this.table = dialect.quote("directus_users");
        this.userColumns = String.join(", ", dialect.quote("id"), dialect.quote("role"), dialect.quote("status"),
            dialect.quote("provider"), dialect.quote("password"), dialect.quote("tfa_secret"));
        this.selectUser = "SELECT " + userColumns + " FROM " + table;
    }

    /** Matches the email case-insensitively, as Directus does; when several rows match, the exact spelling wins. */
    public Optional<UserRecord> findByEmail(Connection connection, String email) throws SQLException {
        String sql = "SELECT " + userColumns + ", " + dialect.quote("email") + " FROM " + table
            + " WHERE LOWER(" + dialect.quote("email") + ") = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, email.toLowerCase(Locale.ROOT));
            try (ResultSet rows = statement.executeQuery()) {
                UserRecord first = null;
                while (rows.next()) {
                    UserRecord user = read(rows);
                    if (email.equals(rows.getString("email"))) {
                        return Optional.of(user);
                    }
                    if (first == null) {
                        first = user;
                    }
                }
                return Optional.ofNullable(first);
            }
        }
    }

    public Optional<UserRecord> findById(Connection connection, String id) throws SQLException {
        if (!isUuid(id)) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement(selectUser + " WHERE " + dialect.quote("id") + " = ?")) {
            dialect.bindUuid(statement, 1, id);
            return single(statement);
        }
    }

    /** The active user whose static token this is. Static tokens are stored in plain text, as in Directus. */
    public Optional<UserRecord> findActiveByStaticToken(Connection connection, String token) throws SQLException {
        String sql = selectUser + " WHERE " + dialect.quote("token") + " = ? AND " + dialect.quote("status") + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, token);
            statement.setString(2, UserRecord.ACTIVE);
            return single(statement);
        }
    }

    public boolean hasAnyUser(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + dialect.quote("id") + " FROM " + table + " LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    public void recordAccess(Connection connection, String userId, Instant when) throws SQLException {
        String sql = "UPDATE " + table + " SET " + dialect.quote("last_access") + " = ? WHERE " + dialect.quote("id") + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            dialect.bindInstant(statement, 1, when);
            dialect.bindUuid(statement, 2, userId);
            statement.executeUpdate();
        }
    }

    /** The user's email, if the user exists and has one. */
    public Optional<String> email(Connection connection, String userId) throws SQLException {
        String sql = "SELECT " + dialect.quote("email") + " FROM " + table + " WHERE " + dialect.quote("id") + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            dialect.bindUuid(statement, 1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Stores the user's TOTP secret, or removes it (two-factor authentication off). */
    public void setTfaSecret(Connection connection, String userId, Optional<String> secret) throws SQLException {
        String sql = "UPDATE " + table + " SET " + dialect.quote("tfa_secret") + " = ? WHERE " + dialect.quote("id")
            + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, secret.orElse(null));
            dialect.bindUuid(statement, 2, userId);
            statement.executeUpdate();
        }
    }

    /** Replaces the user's password hash. */
    public void setPasswordHash(Connection connection, String userId, String hash) throws SQLException {
        String sql = "UPDATE " + table + " SET " + dialect.quote("password") + " = ? WHERE " + dialect.quote("id") + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, hash);
            dialect.bindUuid(statement, 2, userId);
            statement.executeUpdate();
        }
    }

    /** Sets the user's status to suspended (too many failed logins). */
    public void suspend(Connection connection, String userId) throws SQLException {
        String sql = "UPDATE " + table + " SET " + dialect.quote("status") + " = ? WHERE " + dialect.quote("id") + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, UserRecord.SUSPENDED);
            dialect.bindUuid(statement, 2, userId);
            statement.executeUpdate();
        }
    }

    static boolean isUuid(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }

    private Optional<UserRecord> single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static UserRecord read(ResultSet row) throws SQLException {
        String provider = row.getString("provider");
        return new UserRecord(
            row.getString("id"),
            Optional.ofNullable(row.getString("role")),
            Optional.ofNullable(row.getString("status")).orElse(""),
            provider == null ? UserRecord.DEFAULT_PROVIDER : provider,
            Optional.ofNullable(row.getString("password")),
            Optional.ofNullable(row.getString("tfa_secret")).filter(secret -> !secret.isBlank()));
    }
}
