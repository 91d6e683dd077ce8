package dev.ordo.plugins.data.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Constraint violations as the Directus errors clients see. */
class ConstraintErrorsTest {

    private static final Map<String, Object> PAYLOAD = Map.of("email", "a@b.c", "age", 300, "author", 42);

    private static ConstraintViolation on(Kind kind, String table, String column) {
        return new ConstraintViolation(kind, Optional.ofNullable(table), Optional.ofNullable(column));
    }

    private static Map<String, Object> extensions(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void everyKindHasItsCodeMessageAndExtensions() {
        OrdoException unique = ConstraintErrors.toError(on(Kind.NOT_UNIQUE, "users", "email"), "users", PAYLOAD);
        assertThat(unique.code()).isEqualTo(ErrorCode.RECORD_NOT_UNIQUE);
        assertThat(unique.status()).isEqualTo(400);
        assertThat(unique.getMessage()).isEqualTo("Value \"a@b.c\" for field \"email\" in collection \"users\" has to be unique.");
        assertThat(unique.extensions()).isEqualTo(extensions("collection", "users", "field", "email", "value", "a@b.c"));

        OrdoException notNull = ConstraintErrors.toError(on(Kind.NOT_NULL, null, "name"), "users", PAYLOAD);
        assertThat(notNull.code()).isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
        assertThat(notNull.getMessage()).isEqualTo("Value for field \"name\" in collection \"users\" can't be null.");
        assertThat(notNull.extensions()).isEqualTo(extensions("collection", "users", "field", "name"));

        OrdoException nulls = ConstraintErrors.toError(on(Kind.CONTAINS_NULL_VALUES, "users", "name"), "users",
            Map.of());
        assertThat(nulls.code()).isEqualTo(ErrorCode.CONTAINS_NULL_VALUES);
        assertThat(nulls.getMessage()).isEqualTo("Field \"name\" in collection \"users\" contains null values.");

        OrdoException key = ConstraintErrors.toError(on(Kind.FOREIGN_KEY, "articles", "author"), "articles", PAYLOAD);
        assertThat(key.code()).isEqualTo(ErrorCode.INVALID_FOREIGN_KEY);
        assertThat(key.getMessage()).isEqualTo("Invalid foreign key \"42\" for field \"author\" in collection \"articles\".");
        assertThat(key.extensions()).containsEntry("value", 42);

        OrdoException range = ConstraintErrors.toError(on(Kind.VALUE_OUT_OF_RANGE, null, "age"), "users", PAYLOAD);
        assertThat(range.code()).isEqualTo(ErrorCode.VALUE_OUT_OF_RANGE);
        assertThat(range.getMessage()).isEqualTo("Numeric value \"300\" for field \"age\" in collection \"users\" is out of range.");

        OrdoException tooLong = ConstraintErrors.toError(on(Kind.VALUE_TOO_LONG, null, "email"), "users", PAYLOAD);
        assertThat(tooLong.code()).isEqualTo(ErrorCode.VALUE_TOO_LONG);
        assertThat(tooLong.getMessage()).isEqualTo("Value for field \"email\" in collection \"users\" is too long.");
        assertThat(tooLong.extensions()).containsEntry("value", "a@b.c");
    }

    @Test
    void anUnnamedColumnLeavesTheExtensionsNull() {
        OrdoException key = ConstraintErrors.toError(on(Kind.FOREIGN_KEY, null, null), "articles", PAYLOAD);

        assertThat(key.getMessage()).isEqualTo("Invalid foreign key.");
        assertThat(key.extensions()).isEqualTo(extensions("collection", null, "field", null, "value", null));
    }

    @Test
    void aViolationInAnotherTableTakesNoValueFromThePayload() {
        OrdoException key = ConstraintErrors.toError(on(Kind.FOREIGN_KEY, "authors", "id"), "articles",
            Map.of("id", 7));

        assertThat(key.extensions()).isEqualTo(extensions("collection", "authors", "field", "id", "value", null));
    }
}
