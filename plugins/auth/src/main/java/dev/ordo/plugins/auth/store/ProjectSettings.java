package dev.ordo.plugins.auth.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;

/** The project settings the auth module needs, from the single row of {@code directus_settings}. */
public final class ProjectSettings {

    /** Directus's default when the project has no settings row yet. */
    static final int DEFAULT_LOGIN_ATTEMPTS = 25;

    private final String select;
    private final String selectName;
    private final String selectPolicy;

    public ProjectSettings(SqlDialect dialect) {
        this.select = "SELECT " + dialect.quote("auth_login_attempts") + " FROM " + dialect.quote("directus_settings");
        this.selectName = "SELECT " + dialect.quote("project_name") + " FROM " + dialect.quote("directus_settings");
        this.selectPolicy = "SELECT " + dialect.quote("auth_password_policy") + " FROM "
            + dialect.quote("directus_settings");
    }

    /** {@code auth_password_policy}: the regular expression new passwords must match, written {@code /.../flags}. */
    public Optional<String> passwordPolicy(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectPolicy);
             ResultSet rows = statement.executeQuery()) {
            String policy = rows.next() ? rows.getString(1) : null;
            return policy == null || policy.isBlank() ? Optional.empty() : Optional.of(policy);
        }
    }

    /** {@code project_name}, {@code Directus} by default: the issuer authenticator apps show. */
    public String projectName(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectName);
             ResultSet rows = statement.executeQuery()) {
            String name = rows.next() ? rows.getString(1) : null;
            return name == null || name.isBlank() ? "Directus" : name;
        }
    }

    /** {@code auth_login_attempts}: empty when the project set it to null (no limit). */
    public OptionalInt loginAttempts(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return OptionalInt.of(DEFAULT_LOGIN_ATTEMPTS);
            }
            int attempts = rows.getInt(1);
            return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(attempts);
        }
    }
}
