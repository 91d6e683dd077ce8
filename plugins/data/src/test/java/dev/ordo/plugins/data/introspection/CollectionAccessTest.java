package dev.ordo.plugins.data.introspection;

import static dev.ordo.plugins.data.introspection.IntrospectionTestbed.ADMIN;
import static dev.ordo.plugins.data.introspection.IntrospectionTestbed.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.access.Grant;
import dev.ordo.plugins.data.items.FilterVariables;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionAccessTest {

    /** Resolves {@code $CURRENT_USER} in presets to the editor's key, as the data module's variables do. */
    private static final FilterVariables VARIABLES = new FilterVariables() {
        @Override
        public UnaryOperator<Filter> forCaller(Accountability caller) {
            return UnaryOperator.identity();
        }

        @Override
        public UnaryOperator<Object> valuesForCaller(Accountability caller) {
            return value -> "$CURRENT_USER".equals(value) ? "the-editor" : value;
        }
    };

    /**
     * Editors read every note, create notes with a preset, update only their own notes' bodies and delete their own
     * notes (a permission that lists no fields).
     */
    private static final AccessRules RULES = (caller, collection, action) -> {
        if (caller.admin()) {
            return Optional.of(CollectionRules.EVERYTHING);
        }
        if (!collection.equals("notes")) {
            return Optional.empty();
        }
        return switch (action) {
            case READ -> Optional.of(CollectionRules.EVERYTHING);
            case CREATE -> Optional.of(new CollectionRules(new LinkedHashSet<>(List.of("owner", "body")),
                Optional.empty(), Optional.empty(), Map.of("owner", "$CURRENT_USER")));
            case UPDATE -> Optional.of(new CollectionRules(Set.of("body"),
                Optional.of(new Filter.Condition("owner", "_eq", "$CURRENT_USER")), Optional.empty(), Map.of()));
            case DELETE -> Optional.of(new CollectionRules(Set.of(),
                Optional.of(new Filter.Condition("owner", "_eq", "$CURRENT_USER")), Optional.empty(), Map.of()));
            default -> Optional.empty();
        };
    };

    @TempDir
    Path folder;

    /** Fields come in the permission's order, as Directus lists them; a permission listing none has no fields key. */
    @Test
    void describesEachActionOfTheCollectionsTheCallerMayUse() throws Exception {
        IntrospectionTestbed testbed = new IntrospectionTestbed(folder, RULES);

        Map<String, Object> access = new CollectionAccess(RULES, VARIABLES).of(EDITOR, testbed.overview());

        assertThat(access).containsOnlyKeys("notes");
        assertThat(access.get("notes")).isEqualTo(Map.of(
            "create", Map.of("access", "full", "fields", List.of("owner", "body"),
                "presets", Map.of("owner", "the-editor")),
            "read", Map.of("access", "full", "fields", List.of("*")),
            "update", Map.of("access", "partial", "fields", List.of("body")),
            "delete", Map.of("access", "partial"),
            "share", Map.of("access", "none")));
    }

    /** Directus calls an action partial when any of its permissions filters the items, even if another does not. */
    @Test
    void oneFilteredPermissionAmongOthersMakesTheAccessPartial() throws Exception {
        CollectionRules mixed = new CollectionRules(List.of(
            new Grant(Set.of("body"), Optional.of(new Filter.Condition("owner", "_eq", "$CURRENT_USER")),
                Optional.empty(), Map.of()),
            new Grant(Set.of("id"), Optional.empty(), Optional.empty(), Map.of())));
        AccessRules rules = (caller, collection, action) -> collection.equals("notes") && action == Action.READ
            ? Optional.of(mixed) : Optional.empty();
        IntrospectionTestbed testbed = new IntrospectionTestbed(folder, rules);

        Map<String, Object> access = new CollectionAccess(rules, VARIABLES).of(EDITOR, testbed.overview());

        assertThat(mixed.itemFilter()).isEmpty();
        assertThat(((Map<?, ?>) access.get("notes")).get("read"))
            .isEqualTo(Map.of("access", "partial", "fields", List.of("body", "id")));
    }

    @Test
    void adminsHaveFullAccessToEveryCollection() throws Exception {
        IntrospectionTestbed testbed = new IntrospectionTestbed(folder, RULES);

        Map<String, Object> access = new CollectionAccess(RULES, VARIABLES).of(ADMIN, testbed.overview());

        assertThat(access).containsKeys("notes", "tags");
        Map<String, Object> full = Map.of("access", "full", "fields", List.of("*"));
        assertThat(access.get("tags")).isEqualTo(Map.of("create", full, "read", full, "update", full,
            "delete", full, "share", full));
    }
}
