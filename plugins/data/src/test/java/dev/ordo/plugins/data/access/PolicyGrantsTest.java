package dev.ordo.plugins.data.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.query.Filter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grants of a set of policies, by collection and action, in the order of the policies. */
class PolicyGrantsTest {

    private static final String EDITORS = "7d1f0c1e-0000-4000-8000-000000000001";
    private static final String AUTHORS = "7d1f0c1e-0000-4000-8000-000000000002";

    @Test
    void grantsFollowTheOrderOfThePoliciesSoLaterPresetsWin() {
        Grant draft = grant("title", Map.of("status", "draft"));
        Grant review = grant("body", Map.of("status", "review"));
        Grant reading = grant("*", Map.of());
        List<PermissionRow> rows = List.of(
            new PermissionRow(AUTHORS, "articles", "create", review),
            new PermissionRow(EDITORS.toUpperCase(), "articles", "create", draft),
            new PermissionRow(EDITORS, "articles", "read", reading));

        PolicyGrants grants = PolicyGrants.of(List.of(EDITORS, AUTHORS), rows, 3);

        assertThat(grants.of("articles", Action.CREATE)).containsExactly(draft, review);
        assertThat(new CollectionRules(grants.of("articles", Action.CREATE)).presets())
            .containsExactlyEntriesOf(Map.of("status", "review"));
        assertThat(grants.of("articles", Action.READ)).containsExactly(reading);
        assertThat(grants.of("articles", Action.DELETE)).isEmpty();
        assertThat(grants.of("authors", Action.READ)).isEmpty();
        assertThat(grants.version()).isEqualTo(3);
    }

    @Test
    void rowsOfOtherPoliciesAreLeftOut() {
        List<PermissionRow> rows = List.of(new PermissionRow(AUTHORS, "articles", "read", grant("*", Map.of())));

        assertThat(PolicyGrants.of(List.of(EDITORS), rows, 0).of("articles", Action.READ)).isEmpty();
    }

    @Test
    void appAccessOpensTheCallersOwnRolesAndOwnUserOnly() {
        List<Grant> roles = AppAccessGrants.of("directus_roles", Action.READ);
        List<Grant> users = AppAccessGrants.of("directus_users", Action.READ);
        CollectionRules userRules = new CollectionRules(users);

        assertThat(roles).hasSize(1);
        assertThat(roles.get(0).itemFilter()).contains(new Filter.Condition("id", "_in", "$CURRENT_ROLES"));
        assertThat(users).hasSize(1);
        assertThat(users.get(0).itemFilter()).contains(new Filter.Condition("id", "_eq", "$CURRENT_USER"));
        assertThat(userRules.allowsField("email")).isTrue();
        // Concealed on every read, as in Directus.
        assertThat(userRules.allowsField("tfa_secret")).isTrue();
        assertThat(userRules.allowsField("token")).isFalse();
        assertThat(userRules.allowsField("auth_data")).isFalse();
        assertThat(AppAccessGrants.of("directus_users", Action.DELETE)).isEmpty();
    }

    @Test
    void appAccessValidatesWrittenPresetsAndComments() {
        Filter ownPreset = new Filter.Condition("user", "_eq", "$CURRENT_USER");

        assertThat(AppAccessGrants.of("directus_presets", Action.CREATE).get(0).validation()).contains(ownPreset);
        assertThat(AppAccessGrants.of("directus_presets", Action.UPDATE).get(0).validation()).contains(ownPreset);
        assertThat(AppAccessGrants.of("directus_comments", Action.CREATE).get(0).validation())
            .contains(new Filter.Condition("comment", "_nnull", true));
        assertThat(AppAccessGrants.of("directus_comments", Action.UPDATE).get(0).fields()).containsExactly("comment");
    }

    private static Grant grant(String field, Map<String, Object> presets) {
        return new Grant(Set.of(field), Optional.empty(), Optional.empty(), presets);
    }
}
