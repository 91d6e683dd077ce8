package dev.ordo.plugins.data.write;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.validation.ValidationFailure;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks Directus's users service makes of an email before a user is written, on top of the column's unique
 * index: the address must look like one, and no other user may have it whatever its case ({@code Ann@x.org} and
 * {@code ann@x.org} are one address to a login form). A taken address is 400 {@code RECORD_NOT_UNIQUE} without the
 * value, as Directus words it, so the answer does not echo the address back.
 */
final class UserEmails {

    static final String COLLECTION = "directus_users";
    private static final String FIELD = "email";

    /**
     * A local part of the characters addresses use, then a domain of dot-separated labels ending in letters. Looser
     * than Directus's validator, which also checks the top-level domain against IANA's list.
     */
    private static final Pattern ADDRESS = Pattern.compile(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private UserEmails() {
    }

    /** A created user's email, when the payload names one (null included), must be a free address. */
    static void checkCreate(RowStatements rows, CollectionOverview users, Map<String, ?> payload)
        throws SQLException {
        if (payload.containsKey(FIELD)) {
            Object email = payload.get(FIELD);
            requireAddress(email);
            requireFree(rows, users, (String) email, List.of());
        }
    }

    /**
     * An update may clear the email (null or empty); a new one must be a free address, other than the updated
     * users' own, and can go to one user only.
     */
    static void checkUpdate(RowStatements rows, CollectionOverview users, List<Object> keys, Map<String, ?> changes)
        throws SQLException {
        Object email = changes.get(FIELD);
        if (email == null || "".equals(email)) {
            return;
        }
        if (keys.size() > 1) {
            throw notUnique();
        }
        requireAddress(email);
        requireFree(rows, users, (String) email, keys);
    }

    private static void requireAddress(Object email) {
        if (!(email instanceof String text) || !ADDRESS.matcher(text).matches()) {
            throw new ValidationFailure(FIELD, List.of(), "email", Map.of()).toException();
        }
    }

    private static void requireFree(RowStatements rows, CollectionOverview users, String email, List<Object> except)
        throws SQLException {
        if (rows.existsIgnoringCase(users, FIELD, email, except)) {
            throw notUnique();
        }
    }

    private static OrdoException notUnique() {
        return new OrdoException(ErrorCode.RECORD_NOT_UNIQUE,
            "Value for field \"" + FIELD + "\" in collection \"" + COLLECTION + "\" has to be unique.",
            extensions());
    }

    private static Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("collection", COLLECTION);
        extensions.put("field", FIELD);
        return extensions;
    }
}
