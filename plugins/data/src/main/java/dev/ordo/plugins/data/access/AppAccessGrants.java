package dev.ordo.plugins.data.access;

import dev.ordo.api.query.Filter;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The minimal permissions every caller with app access gets on top of their policies (PLATFORM.md §2.3, Directus's
 * {@code app-access-permissions}): their own activity, comments, presets, notifications, shares and user, their
 * roles, and the settings, translations and schema the app needs to start. What a created or updated comment or preset
 * must hold is validated as Directus does (a comment has text; a preset belongs to its writer). The user's password and
 * 2FA secret are among the fields, as in Directus: both are concealed on every read. Rules are only ever asked for
 * collections that exist, so the grants of a missing system collection simply never apply.
 */
final class AppAccessGrants {

    private static final String CURRENT_USER = "$CURRENT_USER";
    private static final Set<String> ALL = Set.of("*");
    private static final Set<String> OWN_USER_FIELDS = ordered("id", "first_name", "last_name", "last_page", "email",
        "password", "location", "title", "description", "tags", "preferences_divider", "avatar", "language",
        "appearance", "theme_light", "theme_dark", "tfa_secret", "status", "role");

    private static final Map<String, List<Grant>> GRANTS = Map.ofEntries(
        grant("directus_activity", Action.READ, ALL, own("user"), null),
        grant("directus_comments", Action.READ, ALL, own("user_created"), null),
        grant("directus_comments", Action.CREATE, ALL, null, new Filter.Condition("comment", "_nnull", true)),
        grant("directus_comments", Action.UPDATE, Set.of("comment"), own("user_created"), null),
        grant("directus_comments", Action.DELETE, ALL, own("user_created"), null),
        grant("directus_presets", Action.READ, ALL, new Filter.Or(List.of(own("user"),
            new Filter.And(List.of(isNull("user"), new Filter.Condition("role", "_eq", "$CURRENT_ROLE"))),
            new Filter.And(List.of(isNull("user"), isNull("role"))))), null),
        grant("directus_presets", Action.CREATE, ALL, null, own("user")),
        grant("directus_presets", Action.UPDATE, ALL, own("user"), own("user")),
        grant("directus_presets", Action.DELETE, ALL, own("user"), null),
        grant("directus_roles", Action.READ, ALL, new Filter.Condition("id", "_in", "$CURRENT_ROLES"), null),
        grant("directus_settings", Action.READ, ALL, null, null),
        grant("directus_translations", Action.READ, ALL, null, null),
        grant("directus_notifications", Action.READ, ALL, own("recipient"), null),
        grant("directus_notifications", Action.UPDATE, Set.of("status"), own("recipient"), null),
        grant("directus_shares", Action.READ, ALL, own("user_created"), null),
        grant("directus_users", Action.READ, OWN_USER_FIELDS, own("id"), null),
        grant("directus_collections", Action.READ, ALL, null, null),
        grant("directus_fields", Action.READ, ALL, null, null),
        grant("directus_relations", Action.READ, ALL, null, null));

    private AppAccessGrants() {
    }

    static List<Grant> of(String collection, Action action) {
        return GRANTS.getOrDefault(key(collection, action), List.of());
    }

    /**
     * @param items      the items the grant opens; null for all
     * @param validation what a written item must satisfy; null for nothing
     */
    private static Map.Entry<String, List<Grant>> grant(String collection, Action action, Set<String> fields,
                                                        Filter items, Filter validation) {
        return Map.entry(key(collection, action), List.of(new Grant(fields, Optional.ofNullable(items),
            Optional.ofNullable(validation), Map.of())));
    }

    /** Fields in Directus's order, which {@code GET /permissions/me} shows. */
    private static Set<String> ordered(String... fields) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(fields)));
    }

    private static Filter own(String field) {
        return new Filter.Condition(field, "_eq", CURRENT_USER);
    }

    private static Filter isNull(String field) {
        return new Filter.Condition(field, "_null", true);
    }

    private static String key(String collection, Action action) {
        return collection + "\u0000" + action.id();
    }
}
