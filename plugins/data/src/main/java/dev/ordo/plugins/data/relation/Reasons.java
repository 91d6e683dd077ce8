package dev.ordo.plugins.data.relation;

/** The texts of Directus's 403 reasons, which never tell "forbidden" from "does not exist". */
public final class Reasons {

    private Reasons() {
    }

    /** A collection asked for at the top level of a request, such as the {@code :collection} of {@code /items}. */
    public static String collection(String collection) {
        return collection(collection, "");
    }

    /** @param where empty for the top level, else the dotted path of the relation, e.g. {@code author.country} */
    public static String collection(String collection, String where) {
        return "You don't have permission to access collection \"" + collection + "\" or it does not exist."
            + queriedIn(where);
    }

    /** @param where empty for the top level, else the dotted path of the relation, e.g. {@code author.country} */
    public static String field(String field, String collection, String where) {
        return "You don't have permission to access field \"" + field + "\" in collection \"" + collection
            + "\" or it does not exist." + queriedIn(where);
    }

    public static String action(String action, String collection) {
        return "You don't have permission to perform \"" + action + "\" for collection \"" + collection
            + "\" or it does not exist.";
    }

    private static String queriedIn(String where) {
        return " Queried in " + (where.isEmpty() ? "root" : "\"" + where + "\"") + ".";
    }
}
