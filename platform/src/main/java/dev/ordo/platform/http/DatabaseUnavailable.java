package dev.ordo.platform.http;

import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.schema.SchemaBackend;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Recognises failures that are the database's state rather than a bug, and answers them 503: the database cannot be
 * reached (a connection failure, or the server ending the session), or it is busy (a lock another connection held longer than this one
 * could wait), as the connected database's backend reads its errors.
 */
final class DatabaseUnavailable {

    private final Supplier<Optional<SchemaBackend>> backend;

    /** @param backend the connected database's backend; empty until Ordo has connected */
    DatabaseUnavailable(Supplier<Optional<SchemaBackend>> backend) {
        this.backend = backend;
    }

    /** The 503 to answer for {@code failure}; empty when it is not the database's state. */
    Optional<ServiceUnavailableException> answerFor(Throwable failure) {
        if (anySqlCause(failure, DatabaseUnavailable::unreachable)) {
            return Optional.of(new ServiceUnavailableException("database", "The database cannot be reached"));
        }
        if (backend.get().filter(reader -> anySqlCause(failure, reader::isBusy)).isPresent()) {
            return Optional.of(new ServiceUnavailableException("database", "The database is busy: another "
                + "connection held a lock longer than this request could wait; try again"));
        }
        return Optional.empty();
    }

    /**
     * A connection failure (SQL class 08), or the server ending the session itself: PostgreSQL's 57P01 to 57P05 (an
     * administrator's command, a crash or restart, the database dropped or closed to connections), which a pooled
     * connection meets on its next statement.
     */
    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
            || state.startsWith("08") || state.startsWith("57P0");
    }

    private static boolean anySqlCause(Throwable failure, Predicate<SQLException> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }
}
