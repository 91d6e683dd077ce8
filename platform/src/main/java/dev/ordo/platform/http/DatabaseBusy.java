package dev.ordo.platform.http;

import dev.ordo.api.schema.SchemaBackend;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Recognises failures that mean "the database is busy now, try again" (a lock another connection held longer than
 * this one could wait), as the backend of the connected database reads its errors.
 */
final class DatabaseBusy {

    private final Supplier<Optional<SchemaBackend>> backend;

    /** @param backend the connected database's backend; empty until Ordo has connected */
    DatabaseBusy(Supplier<Optional<SchemaBackend>> backend) {
        this.backend = backend;
    }

    boolean causedBy(Throwable failure) {
        Optional<SchemaBackend> reader = backend.get();
        if (reader.isEmpty()) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && reader.get().isBusy(sql)) {
                return true;
            }
        }
        return false;
    }
}
