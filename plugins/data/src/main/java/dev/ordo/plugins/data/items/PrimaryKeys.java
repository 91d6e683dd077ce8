package dev.ordo.plugins.data.items;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Checks a key against its collection's primary key type before it reaches the database: a key that cannot be one
 * (letters for an integer key, a malformed uuid) is answered like a missing item, 403, as Directus does.
 */
public final class PrimaryKeys {

    private PrimaryKeys() {
    }

    public static Object coerce(FieldOverview primaryKey, Object key) {
        if (key == null) {
            throw new ForbiddenException();
        }
        FieldType type = primaryKey.type();
        if (type == FieldType.INTEGER || type == FieldType.BIG_INTEGER) {
            try {
                BigDecimal number = new BigDecimal(key.toString().trim());
                return number.toBigIntegerExact().longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new ForbiddenException();
            }
        }
        if (type == FieldType.UUID) {
            try {
                UUID parsed = UUID.fromString(key.toString().trim());
                return key.toString().trim().length() == 36 ? key.toString().trim() : parsed.toString();
            } catch (IllegalArgumentException e) {
                throw new ForbiddenException();
            }
        }
        if (key instanceof java.util.Map || key instanceof java.util.List || key instanceof Boolean) {
            throw new ForbiddenException();
        }
        return key.toString();
    }
}
