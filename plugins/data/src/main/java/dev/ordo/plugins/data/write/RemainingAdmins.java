package dev.ordo.plugins.data.write;

import dev.ordo.api.error.UnprocessableContentException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.values.ValueCodec;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Directus's {@code validate-remaining-admin}: a write to users, roles, access rows or policies may not leave the
 * project without an active admin user. The admins are counted inside the write's transaction before and after it,
 * so every way of losing the last one (deleting or suspending the user, changing their role, detaching or deleting
 * the admin policy, clearing its {@code admin_access}, re-parenting a role) is caught and rolled back. A project that
 * had no admin user before the write is left alone.
 */
final class RemainingAdmins {

    static final String REASON = "Cannot remove the last admin user from the system";

    private static final Set<String> GUARDED =
        Set.of("directus_users", "directus_roles", "directus_access", "directus_policies");

    private final SchemaContext schema;
    private final Sql sql;
    private final ValueCodec codec;
    private final SqlRunner runner;

    RemainingAdmins(SchemaContext schema, Sql sql, ValueCodec codec, SqlRunner runner) {
        this.schema = schema;
        this.sql = sql;
        this.codec = codec;
        this.runner = runner;
    }

    /** A check to run after a write to {@code collection}; one that does nothing unless the write could lose admins. */
    Check watch(String collection) throws SQLException {
        if (!GUARDED.contains(collection)) {
            return () -> { };
        }
        long before = snapshot().adminUserCount();
        return () -> {
            if (before > 0 && snapshot().adminUserCount() == 0) {
                throw new UnprocessableContentException(REASON);
            }
        };
    }

    /** Verifies, once the write is done, that it kept an admin. */
    @FunctionalInterface
    interface Check {
        void verify() throws SQLException;
    }

    AccessSnapshot snapshot() throws SQLException {
        Set<String> adminPolicies = new HashSet<>();
        for (Map<String, Object> policy : rows("directus_policies", List.of("id", "admin_access"), DSL.noCondition())) {
            if (Boolean.TRUE.equals(policy.get("admin_access"))) {
                adminPolicies.add(String.valueOf(policy.get("id")));
            }
        }
        List<AccessSnapshot.AccessRow> access = new ArrayList<>();
        for (Map<String, Object> row : rows("directus_access", List.of("role", "user", "policy"), DSL.noCondition())) {
            access.add(new AccessSnapshot.AccessRow(text(row.get("role")), text(row.get("user")),
                String.valueOf(row.get("policy"))));
        }
        Map<String, Optional<String>> parents = new HashMap<>();
        for (Map<String, Object> role : rows("directus_roles", List.of("id", "parent"), DSL.noCondition())) {
            parents.put(String.valueOf(role.get("id")), text(role.get("parent")));
        }
        List<AccessSnapshot.UserRow> users = new ArrayList<>();
        Condition active = Sql.column("t", "status").eq(DSL.val("active"));
        for (Map<String, Object> user : rows("directus_users", List.of("id", "role"), active)) {
            users.add(new AccessSnapshot.UserRow(String.valueOf(user.get("id")), text(user.get("role"))));
        }
        return new AccessSnapshot(adminPolicies, access, parents, users);
    }

    /** The rows of a system table that match, the named columns in their wire form (booleans, uuids as text). */
    private List<Map<String, Object>> rows(String collection, List<String> names, Condition where)
        throws SQLException {
        CollectionOverview overview = schema.collection(collection);
        List<FieldOverview> fields = names.stream().map(name -> overview.field(name).orElseThrow()).toList();
        List<Field<Object>> columns = fields.stream().map(field -> Sql.column("t", field.name())).toList();
        return runner.query(sql.dsl().select(columns).from(Sql.table(collection, "t")).where(where), row -> {
            Map<String, Object> values = new HashMap<>();
            for (int index = 0; index < fields.size(); index++) {
                values.put(fields.get(index).name(), codec.read(row, index + 1, fields.get(index)));
            }
            return values;
        });
    }

    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(String::valueOf);
    }
}
