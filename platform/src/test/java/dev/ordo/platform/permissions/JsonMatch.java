package dev.ordo.platform.permissions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Whether an answer equals the expected JSON: objects by their keys (in any order), arrays in order, numbers by value
 * (a count may come back as 3 or 3.0, a sum as a long or a decimal, depending on the database).
 */
public final class JsonMatch {

    private JsonMatch() {
    }

    public static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!actual.has(name) || !same(expected.get(name), actual.get(name))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
