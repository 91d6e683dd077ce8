package dev.ordo.plugins.mysql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the session is connected to: the server's version string and the current database.
 *
 * @param name empty when the session has no current database
 */
record ConnectedDatabase(String version, Optional<String> name) {

    ConnectedDatabase {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
    }

    static ConnectedDatabase of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT VERSION(), DATABASE()")) {
            row.next();
            return new ConnectedDatabase(row.getString(1), Optional.ofNullable(row.getString(2)));
        }
    }

    /** MariaDB says so in its version ({@code 10.11.19-MariaDB-0+deb12u1}); MySQL never does. */
    boolean isMariaDb() {
        return version.toLowerCase(Locale.ROOT).contains("mariadb");
    }

    String vendor() {
        return isMariaDb() ? "mariadb" : "mysql";
    }
}
