package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.errors.ConstraintErrors;
import dev.ordo.plugins.data.items.DataAccessException;
import java.sql.SQLException;
import java.util.Map;

/**
 * Turns the database's refusal of a write statement into what the client sees: a constraint the backend recognises
 * becomes its Directus error; anything else stays an unexpected database error (500).
 */
final class StatementErrors {

    private final ViolationReader violations;

    StatementErrors(ViolationReader violations) {
        this.violations = violations;
    }

    /**
     * @param values  the values the statement wrote, by column, as bound, for placing the violation
     * @param payload the values submitted for the statement's row, for the error's {@code value}
     */
    RuntimeException translate(SQLException failure, CollectionOverview collection, Map<String, ?> values,
                               Map<String, ?> payload) {
        return collection.table().flatMap(table -> violations.read(failure, table, values))
            .<RuntimeException>map(violation -> ConstraintErrors.toError(violation, collection.name(), payload))
            .orElseGet(() -> new DataAccessException(failure));
    }
}
