package dev.ordo.plugins.data.errors;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.schema.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one place a constraint the database enforced becomes the Directus error a client sees (DATA-API.md §4.2):
 * {@code RECORD_NOT_UNIQUE}, {@code NOT_NULL_VIOLATION}, {@code CONTAINS_NULL_VALUES}, {@code INVALID_FOREIGN_KEY},
 * {@code VALUE_TOO_LONG} and {@code VALUE_OUT_OF_RANGE}, all 400, with the collection, the field and the value
 * submitted for it. When the database did not name the column (SQLite never does for a foreign key) the
 * extensions are null, as in Directus.
 */
public final class ConstraintErrors {

    private ConstraintErrors() {
    }

    /**
     * @param violation        what the backend read from the database error
     * @param collection       the collection being written; stands for the table when the database named none
     * @param submittedPayload the submitted item (or field definition); the offending field's value is taken from it
     */
    public static OrdoException toError(ConstraintViolation violation, String collection, Map<String, ?> submittedPayload) {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(submittedPayload, "submittedPayload");
        String field = violation.column().orElse(null);
        String table = field == null ? null : violation.table().orElse(collection);
        boolean submittedHere = table != null && table.equals(collection);
        Object value = field != null && submittedHere ? submittedPayload.get(field) : null;

        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("collection", table);
        extensions.put("field", field);
        String where = (field == null ? "" : "for field \"" + field + "\" ")
            + (table == null ? "" : "in collection \"" + table + "\" ");
        String quoted = isScalar(value) ? "\"" + value + "\" " : "";
        return switch (violation.kind()) {
            case NOT_UNIQUE -> new OrdoException(ErrorCode.RECORD_NOT_UNIQUE,
                "Value " + quoted + where + "has to be unique.", withValue(extensions, value));
            case NOT_NULL -> new OrdoException(ErrorCode.NOT_NULL_VIOLATION, "Value " + where + "can't be null.",
                extensions);
            case CONTAINS_NULL_VALUES -> new OrdoException(ErrorCode.CONTAINS_NULL_VALUES,
                (field == null ? "Field " : "Field \"" + field + "\" ")
                    + (table == null ? "" : "in collection \"" + table + "\" ") + "contains null values.",
                extensions);
            case FOREIGN_KEY -> new OrdoException(ErrorCode.INVALID_FOREIGN_KEY,
                ("Invalid foreign key " + quoted + where).strip() + ".", withValue(extensions, value));
            case VALUE_TOO_LONG -> new OrdoException(ErrorCode.VALUE_TOO_LONG, "Value " + where + "is too long.",
                withValue(extensions, value));
            case VALUE_OUT_OF_RANGE -> new OrdoException(ErrorCode.VALUE_OUT_OF_RANGE,
                "Numeric value " + quoted + where + "is out of range.", withValue(extensions, value));
        };
    }

    private static boolean isScalar(Object value) {
        return value != null && !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
    }

    private static Map<String, Object> withValue(Map<String, Object> extensions, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(extensions);
        copy.put("value", value);
        return copy;
    }
}
