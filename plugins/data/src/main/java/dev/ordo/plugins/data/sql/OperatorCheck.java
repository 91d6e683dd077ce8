package dev.ordo.plugins.data.sql;

import dev.ordo.api.schema.FieldType;
import java.util.List;

/** Checks that a filter operator applies to a field's type (Directus's per-type operator table). */
@FunctionalInterface
public interface OperatorCheck {

    /** @throws dev.ordo.api.error.InvalidQueryException when it does not */
    void check(FieldType type, List<String> specials, String operator, String path);
}
