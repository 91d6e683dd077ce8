package dev.ordo.plugins.data.write;

import dev.ordo.api.auth.HashService;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** What every write transaction uses beside the items engine: hooks, hashing, error translation, limit, clock. */
record WriteServices(WriteHooks hooks, Supplier<Optional<HashService>> hashes, StatementErrors errors,
                     MutationLimit limit, Clock clock) {

    WriteServices {
        Objects.requireNonNull(hooks, "hooks");
        Objects.requireNonNull(hashes, "hashes");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(clock, "clock");
    }
}
