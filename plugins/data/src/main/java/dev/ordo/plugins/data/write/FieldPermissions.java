package dev.ordo.plugins.data.write;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import java.util.List;
import java.util.Map;

/**
 * Refuses a payload naming fields the caller may not write (403 listing them). Fields the rules allow but the
 * collection lacks pass here and are dropped when the columns are built, as Directus picks known fields.
 */
final class FieldPermissions {

    private FieldPermissions() {
    }

    static void check(Action action, String collection, CollectionRules rules, Map<String, ?> payload) {
        List<String> refused = payload.keySet().stream().filter(field -> !rules.allowsField(field)).toList();
        if (!refused.isEmpty()) {
            throw new ForbiddenException(WriteReasons.fields(action, refused, collection));
        }
    }
}
