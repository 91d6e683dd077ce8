package dev.ordo.plugins.data.write;

import java.util.List;
import java.util.stream.Collectors;

/** The reasons of the 403s writes answer with, worded as Directus words them. */
final class WriteReasons {

    private WriteReasons() {
    }

    static String fields(List<String> fields, String collection) {
        return "You don't have permission to access field" + (fields.size() > 1 ? "s " : " ")
            + fields.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "))
            + " in collection \"" + collection + "\" or it does not exist.";
    }

    static String items(String action, String collection, List<Object> keys) {
        return "You don't have permission to perform \"" + action + "\" for item" + (keys.size() > 1 ? "s " : " ")
            + keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "))
            + " in collection \"" + collection + "\" or it does not exist.";
    }
}
