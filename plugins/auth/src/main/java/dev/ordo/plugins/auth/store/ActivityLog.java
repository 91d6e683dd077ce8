package dev.ordo.plugins.auth.store;

import dev.ordo.api.auth.ClientInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Writes the activity rows auth is responsible for ({@code login}) into {@code directus_activity}. */
public final class ActivityLog {

    private final SqlDialect dialect;
    private final String insert;

    public ActivityLog(SqlDialect dialect) {
        this.dialect = dialect;
        this.insert = "INSERT INTO " + dialect.quote("directus_activity") + " (" + String.join(", ",
            dialect.quote("action"), dialect.quote("user"), dialect.quote("timestamp"), dialect.quote("ip"),
            dialect.quote("user_agent"), dialect.quote("collection"), dialect.quote("item"), dialect.quote("origin"))
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    public void recordLogin(Connection connection, String userId, Instant when, ClientInfo client) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, "login");
            dialect.bindUuid(statement, 2, userId);
            dialect.bindInstant(statement, 3, when);
            statement.setString(4, client.ip().orElse(null));
            statement.setString(5, client.userAgent().orElse(null));
            statement.setString(6, "directus_users");
            statement.setString(7, userId);
            statement.setString(8, client.origin().orElse(null));
            statement.executeUpdate();
        }
    }
}
