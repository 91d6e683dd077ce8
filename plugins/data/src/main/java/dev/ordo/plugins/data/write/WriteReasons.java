package dev.ordo.plugins.data.write;

import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.relation.Reasons;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The reasons of the 403s writes answer with, worded as Directus 11 words them. */
final class WriteReasons {

    private WriteReasons() {
    }

    /**
     * Fields of the payload that no rule of the caller lets them write. Directus refuses an update's fields while
     * reading its items, so that answer says where it read; a create's comes from the payload check and does not.
     */
    static String fields(Action action, List<String> fields, String collection) {
        boolean several = fields.size() > 1;
        return "You don't have permission to access field" + (several ? "s " : " ") + quoted(fields)
            + " in collection \"" + collection + "\" or " + (several ? "they do" : "it does") + " not exist."
            + (action == Action.CREATE ? "" : " Queried in root.");
    }

    /**
     * The caller has no rule for the action at all. Directus checks a create against the collection's rules and
     * says so; an update or delete first reads its items through the action's rules, which finds no collection.
     */
    static String noRules(Action action, String collection) {
        if (action == Action.CREATE) {
            return "You don't have permission to \"create\" from collection \"" + collection
                + "\" or it does not exist.";
        }
        return Reasons.collection(collection);
    }

    /**
     * Some of the items to update or delete are not open to the caller (or do not exist). Directus names the
     * changed fields rather than the items, so the answer does not tell which items exist.
     */
    static String items(Action action, String collection, Collection<String> fields) {
        if (fields.isEmpty()) {
            return Reasons.action(action.id(), collection);
        }
        return "You don't have permissions to perform \"" + action.id() + "\" for the field(s) " + quoted(fields)
            + " in collection \"" + collection + "\" or it does not exist.";
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}
