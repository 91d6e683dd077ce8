package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.TableSchema;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the constraint a failed write statement broke, knowing the table and the values it wrote
 * ({@code SchemaBackend::constraintViolation}); empty for any other error.
 */
@FunctionalInterface
public interface ViolationReader {

    Optional<ConstraintViolation> read(SQLException failure, TableSchema table, Map<String, ?> values);
}
