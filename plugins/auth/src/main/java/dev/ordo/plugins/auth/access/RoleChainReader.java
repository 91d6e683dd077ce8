package dev.ordo.plugins.auth.access;

import dev.ordo.plugins.auth.store.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Walks a role up through {@code directus_roles.parent}: a child role inherits every ancestor's policies. */
final class RoleChainReader {

    private final SqlDialect dialect;
    private final String selectParent;

    RoleChainReader(SqlDialect dialect) {
        this.dialect = dialect;
        this.selectParent = "SELECT " + dialect.quote("parent") + " FROM " + dialect.quote("directus_roles")
            + " WHERE " + dialect.quote("id") + " = ?";
    }

    /**
     * @return the chain from the root role to {@code role}, root first; a role that no longer exists ends the walk
     * @throws IllegalStateException when the parents form a cycle, as Directus refuses too
     */
    List<String> chain(Connection connection, String role) throws SQLException {
        Set<String> visited = new LinkedHashSet<>();
        Optional<String> current = Optional.of(role);
        try (PreparedStatement statement = connection.prepareStatement(selectParent)) {
            while (current.isPresent()) {
                String id = current.get();
                if (!visited.add(id)) {
                    throw new IllegalStateException("The parents of role " + role + " form a cycle through role " + id + ".");
                }
                current = parentOf(statement, id);
            }
        }
        List<String> chain = new ArrayList<>(visited);
        Collections.reverse(chain);
        return chain;
    }

    private Optional<String> parentOf(PreparedStatement statement, String id) throws SQLException {
        dialect.bindUuid(statement, 1, id);
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }
}
