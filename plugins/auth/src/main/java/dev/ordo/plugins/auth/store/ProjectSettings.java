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
    private final String selectRegistration;

    public ProjectSettings(SqlDialect dialect) {
        this.select = "SELECT " + dialect.quote("auth_login_attempts") + " FROM " + dialect.quote("directus_settings");
        this.selectName = "SELECT " + dialect.quote("project_name") + " FROM " + dialect.quote("directus_settings");
        this.selectPolicy = "SELECT " + dialect.quote("auth_password_policy") + " FROM "
            + dialect.quote("directus_settings");
        this.selectRegistration = "SELECT " + String.join(", ", dialect.quote("public_registration"),
            dialect.quote("public_registration_role"), dialect.quote("public_registration_verify_email"),
            dialect.quote("public_registration_email_filter")) + " FROM "
            + dialect.quote("directus_settings");
    }

    /** Whether and how the public may register ({@code public_registration*}); closed without a settings row. */
    public Registration registration(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectRegistration);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return new Registration(false, Optional.empty(), true, Optional.empty());
            }
            boolean open = rows.getBoolean(1);
            Optional<String> role = Optional.ofNullable(rows.getString(2));
            boolean verify = rows.getBoolean(3);
            if (rows.wasNull()) {
                verify = true;
            }
            return new Registration(open, role, verify, Optional.ofNullable(rows.getString(4)));
        }
    }

    /**
     * The public registration settings.
     *
     * @param emailFilter {@code public_registration_email_filter}: a validation rule as JSON text
     */
    public record Registration(boolean open, Optional<String> role, boolean verifyEmail, Optional<String> emailFilter) {
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
