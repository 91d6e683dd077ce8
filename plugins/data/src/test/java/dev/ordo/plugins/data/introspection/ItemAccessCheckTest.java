package dev.ordo.plugins.data.introspection;

import static dev.ordo.plugins.data.introspection.IntrospectionTestbed.ADMIN;
import static dev.ordo.plugins.data.introspection.IntrospectionTestbed.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.CollectionRules;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemAccessCheckTest {

    /** Editors update only the note they own, share every note and delete none. */
    private static final AccessRules RULES = (caller, collection, action) -> {
        if (caller.admin()) {
            return Optional.of(CollectionRules.EVERYTHING);
        }
        return switch (action) {
            case UPDATE -> Optional.of(new CollectionRules(Set.of("*"),
                Optional.of(new Filter.Condition("owner", "_eq", EDITOR.user().orElseThrow())), Optional.empty(),
                Map.of()));
            case SHARE, READ -> Optional.of(CollectionRules.EVERYTHING);
            default -> Optional.empty();
        };
    };

    @TempDir
    Path folder;

    private IntrospectionTestbed testbed;
    private ItemAccessCheck check;

    @BeforeEach
    void setUp() throws Exception {
        testbed = new IntrospectionTestbed(folder, RULES);
        check = new ItemAccessCheck(RULES, testbed.items);
    }

    @Test
    void anItemTheItemFilterMatchesMayBeUpdated() {
        assertThat(check.of(EDITOR, testbed.overview(), "notes", Optional.of("1"))).isEqualTo(Map.of(
            "update", Map.of("access", true), "delete", Map.of("access", false), "share", Map.of("access", true)));
    }

    @Test
    void anItemOutsideTheItemFilterMayNot() {
        assertThat(check.of(EDITOR, testbed.overview(), "notes", Optional.of("2")).get("update"))
            .isEqualTo(Map.of("access", false));
    }

    @Test
    void anItemThatDoesNotExistMayNot() {
        assertThat(check.of(EDITOR, testbed.overview(), "notes", Optional.of("99")).get("update"))
            .isEqualTo(Map.of("access", false));
        assertThat(check.of(EDITOR, testbed.overview(), "notes", Optional.of("not-a-number")).get("update"))
            .isEqualTo(Map.of("access", false));
    }

    @Test
    void withoutAKeyAnyRuleForTheActionCounts() {
        assertThat(check.of(EDITOR, testbed.overview(), "notes", Optional.empty())).isEqualTo(Map.of(
            "update", Map.of("access", true), "delete", Map.of("access", false), "share", Map.of("access", true)));
    }

    @Test
    void adminsMayDoAnything() {
        assertThat(check.of(ADMIN, testbed.overview(), "notes", Optional.of("2"))).isEqualTo(Map.of(
            "update", Map.of("access", true), "delete", Map.of("access", true), "share", Map.of("access", true)));
    }
}
