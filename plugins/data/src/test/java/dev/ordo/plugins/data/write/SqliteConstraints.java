package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.ConstraintViolation;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises SQLite's constraint errors, for tests, while the SQLite backend does not implement
 * {@code SchemaBackend.constraintViolation} yet.
 */
final class SqliteConstraints {

    private static final Pattern NAMED = Pattern.compile("(NOT NULL|UNIQUE) constraint failed: ([^\\s.]+)\\.([^\\s,)]+)");

    private SqliteConstraints() {
    }

    static Optional<ConstraintViolation> recognise(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        Matcher named = NAMED.matcher(message);
        if (named.find()) {
            ConstraintViolation.Kind kind = named.group(1).equals("UNIQUE")
                ? ConstraintViolation.Kind.NOT_UNIQUE : ConstraintViolation.Kind.NOT_NULL;
            return Optional.of(new ConstraintViolation(kind, Optional.of(named.group(2)), Optional.of(named.group(3))));
        }
        if (message.contains("FOREIGN KEY constraint failed")) {
            return Optional.of(new ConstraintViolation(ConstraintViolation.Kind.FOREIGN_KEY, Optional.empty(),
                Optional.empty()));
        }
        return Optional.empty();
    }
}
