package dev.ordo.plugins.auth.access;

import dev.ordo.plugins.auth.store.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the policies that apply to a caller and the admin/app flags they give (PLATFORM.md §2.2): access rows of
 * the role chain plus rows attached to the user; a user without a role, like an anonymous caller, gets the public
 * rows (role and user both null) instead. Policies whose {@code ip_access} excludes the client are dropped.
 */
public final class PolicyResolver {

    private final SqlDialect dialect;
    private final RoleChainReader roleChains;
    private final String selectAccess;
    private final String role;
    private final String user;

    public PolicyResolver(SqlDialect dialect) {
        this.dialect = dialect;
        this.roleChains = new RoleChainReader(dialect);
        this.role = "a." + dialect.quote("role");
        this.user = "a." + dialect.quote("user");
        this.selectAccess = "SELECT " + String.join(", ", role + " AS " + dialect.quote("access_role"),
            user + " AS " + dialect.quote("access_user"), "a." + dialect.quote("sort") + " AS " + dialect.quote("access_sort"),
            "p." + dialect.quote("id") + " AS " + dialect.quote("policy_id"), "p." + dialect.quote("admin_access"),
            "p." + dialect.quote("app_access"), "p." + dialect.quote("ip_access"), "p." + dialect.quote("enforce_tfa"))
            + " FROM " + dialect.quote("directus_access") + " a JOIN " + dialect.quote("directus_policies") + " p ON p."
            + dialect.quote("id") + " = a." + dialect.quote("policy");
    }

    public ResolvedAccess forUser(Connection connection, String userId, Optional<String> userRole, Optional<String> clientIp)
        throws SQLException {
        List<String> roles = userRole.isPresent() ? roleChains.chain(connection, userRole.get()) : List.of();
        String where;
        if (roles.isEmpty()) {
            where = "(" + role + " IS NULL AND " + user + " IS NULL) OR " + user + " = ?";
        } else {
            where = role + " IN (" + String.join(", ", roles.stream().map(id -> "?").toList()) + ") OR " + user + " = ?";
        }
        try (PreparedStatement statement = connection.prepareStatement(selectAccess + " WHERE " + where)) {
            int index = 1;
            for (String roleId : roles) {
                dialect.bindUuid(statement, index++, roleId);
            }
            dialect.bindUuid(statement, index, userId);
            return resolve(statement, roles, clientIp);
        }
    }

    /** The public policies, for requests without credentials. */
    public ResolvedAccess forPublic(Connection connection, Optional<String> clientIp) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                selectAccess + " WHERE " + role + " IS NULL AND " + user + " IS NULL")) {
            return resolve(statement, List.of(), clientIp);
        }
    }

    private ResolvedAccess resolve(PreparedStatement statement, List<String> roles, Optional<String> clientIp)
        throws SQLException {
        List<AccessRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                AccessRow row = AccessRow.read(result);
                if (IpAllowList.permits(row.ipAccess(), clientIp)) {
                    rows.add(row);
                }
            }
        }
        // Directus's order: parent roles' policies first, then the child role's, then the user's own and public ones.
        rows.sort(Comparator.comparingInt((AccessRow row) -> row.role().map(roles::indexOf).filter(i -> i >= 0).orElse(roles.size()))
            .thenComparing(AccessRow::sort, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AccessRow::policy));
        Set<String> policies = new LinkedHashSet<>();
        boolean admin = false;
        boolean app = false;
        boolean enforceTfa = false;
        for (AccessRow row : rows) {
            policies.add(row.policy());
            admin |= row.adminAccess();
            app |= row.appAccess();
            enforceTfa |= row.enforceTfa();
        }
        return new ResolvedAccess(roles, List.copyOf(policies), admin, app, enforceTfa);
    }

    private record AccessRow(Optional<String> role, Integer sort, String policy, boolean adminAccess, boolean appAccess,
                             String ipAccess, boolean enforceTfa) {

        static AccessRow read(ResultSet row) throws SQLException {
            Object sort = row.getObject("access_sort");
            return new AccessRow(
                Optional.ofNullable(row.getString("access_role")),
                sort instanceof Number number ? Integer.valueOf(number.intValue()) : null,
                row.getString("policy_id"),
                SqlDialect.readBoolean(row, "admin_access"),
                SqlDialect.readBoolean(row, "app_access"),
                row.getString("ip_access"),
                SqlDialect.readBoolean(row, "enforce_tfa"));
        }
    }
}
