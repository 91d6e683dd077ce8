package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.plugins.data.errors.ConstraintErrors;
import dev.ordo.plugins.data.items.DataAccessException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the database's refusal of a write statement into what the client sees: a constraint the backend recognises
 * becomes its Directus error; anything else stays an unexpected database error (500).
 */
final class StatementErrors {

    private final Function<SQLException, Optional<ConstraintViolation>> violations;

    StatementErrors(Function<SQLException, Optional<ConstraintViolation>> violations) {
        this.violations = violations;
    }

    /** @param payload the values submitted for the statement's row, for the error's {@code value} */
    RuntimeException translate(SQLException failure, String collection, Map<String, ?> payload) {
        return violations.apply(failure)
            .<RuntimeException>map(violation -> ConstraintErrors.toError(violation, collection, payload))
            .orElseGet(() -> new DataAccessException(failure));
    }
}
