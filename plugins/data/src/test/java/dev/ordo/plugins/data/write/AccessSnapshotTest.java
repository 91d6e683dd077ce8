package dev.ordo.plugins.data.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.plugins.data.write.AccessSnapshot.AccessRow;
import dev.ordo.plugins.data.write.AccessSnapshot.UserRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessSnapshotTest {

    private static final Map<String, Optional<String>> ROLES = Map.of(
        "admins", Optional.empty(),
        "senior-admins", Optional.of("admins"),
        "editors", Optional.empty());

    @Test
    void countsActiveUsersWhoseRoleHasAnAdminPolicy() {
        AccessSnapshot snapshot = new AccessSnapshot(Set.of("admin-policy"),
            List.of(roleAccess("admins", "admin-policy"), roleAccess("editors", "editing")), ROLES,
            List.of(user("ada", "admins"), user("ed", "editors")));

        assertThat(snapshot.adminUserCount()).isEqualTo(1);
    }

    @Test
    void aChildRoleInheritsAdminAccess() {
        AccessSnapshot snapshot = new AccessSnapshot(Set.of("admin-policy"),
            List.of(roleAccess("admins", "admin-policy")), ROLES,
            List.of(user("ada", "senior-admins"), user("bob", "senior-admins")));

        assertThat(snapshot.adminUserCount()).isEqualTo(2);
    }

    @Test
    void aPolicyAttachedToTheUserCounts() {
        AccessSnapshot snapshot = new AccessSnapshot(Set.of("admin-policy"),
            List.of(new AccessRow(Optional.empty(), Optional.of("ed"), "admin-policy")), ROLES,
            List.of(user("ed", "editors"), new UserRow("nobody", Optional.empty())));

        assertThat(snapshot.adminUserCount()).isEqualTo(1);
    }

    @Test
    void publicAttachmentsAndPoliciesWithoutAdminAccessGiveNoAdmins() {
        AccessSnapshot snapshot = new AccessSnapshot(Set.of("admin-policy"),
            List.of(new AccessRow(Optional.empty(), Optional.empty(), "admin-policy"),
                roleAccess("admins", "editing")),
            ROLES, List.of(user("ada", "admins")));

        assertThat(snapshot.adminUserCount()).isZero();
    }

    @Test
    void parentsThatFormACycleEndTheWalk() {
        Map<String, Optional<String>> cycle = Map.of("a", Optional.of("b"), "b", Optional.of("a"));
        AccessSnapshot snapshot = new AccessSnapshot(Set.of("admin-policy"),
            List.of(roleAccess("admins", "admin-policy")), cycle, List.of(user("ada", "a")));

        assertThat(snapshot.adminUserCount()).isZero();
    }

    private static AccessRow roleAccess(String role, String policy) {
        return new AccessRow(Optional.of(role), Optional.empty(), policy);
    }

    private static UserRow user(String id, String role) {
        return new UserRow(id, Optional.of(role));
    }
}
