package dev.ordo.plugins.data.write;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.HashService;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The values the server writes itself (DATA-API.md §5.5): a uuid for a {@code uuid} field left empty on create, the
 * time and the caller for {@code date-}, {@code user-} and {@code role-created}/{@code -updated} (overriding the
 * payload), and the argon2 hash of a {@code hash} field's text.
 */
final class SpecialValues {

    private final Accountability caller;
    private final String now;
    private final Supplier<Optional<HashService>> hashes;

    /** @param now the write's time as an ISO instant, converted per field type like any submitted value */
    SpecialValues(Accountability caller, String now, Supplier<Optional<HashService>> hashes) {
        this.caller = caller;
        this.now = now;
        this.hashes = hashes;
    }

    Map<String, Object> onCreate(CollectionOverview collection, Map<String, Object> payload) {
        Map<String, Object> values = new LinkedHashMap<>(payload);
        for (FieldOverview field : collection.fields().values()) {
            if (field.isAlias()) {
                continue;
            }
            String name = field.name();
            boolean emptyUuid = field.hasSpecial("uuid") && isEmpty(values.get(name));
            if (emptyUuid || isGeneratedUuidKey(collection, field) && isEmpty(values.get(name))) {
                values.put(name, UUID.randomUUID().toString());
            }
            if (field.hasSpecial("date-created")) {
                values.put(name, now);
            }
            if (field.hasSpecial("user-created")) {
                values.put(name, caller.user().orElse(null));
            }
            if (field.hasSpecial("role-created")) {
                values.put(name, caller.role().orElse(null));
            }
        }
        return hashed(collection, values);
    }

    Map<String, Object> onUpdate(CollectionOverview collection, Map<String, Object> payload) {
        Map<String, Object> values = new LinkedHashMap<>(payload);
        for (FieldOverview field : collection.fields().values()) {
            if (field.isAlias()) {
                continue;
            }
            if (field.hasSpecial("date-updated")) {
                values.put(field.name(), now);
            }
            if (field.hasSpecial("user-updated")) {
                values.put(field.name(), caller.user().orElse(null));
            }
            if (field.hasSpecial("role-updated")) {
                values.put(field.name(), caller.role().orElse(null));
            }
        }
        return hashed(collection, values);
    }

    private Map<String, Object> hashed(CollectionOverview collection, Map<String, Object> values) {
        for (FieldOverview field : collection.fields().values()) {
            if (field.hasSpecial("hash") && values.get(field.name()) instanceof String plain && !plain.isEmpty()) {
                HashService hashing = hashes.get().orElseThrow(() -> new ServiceUnavailableException("hash",
                    "No plugin provides hashing, so field \"" + field.name() + "\" cannot be written"));
                values.put(field.name(), hashing.hash(plain));
            }
        }
        return values;
    }

    /**
     * A uuid primary key with nothing to fill it, so a created item that leaves it out gets a random uuid: Directus
     * relies on the {@code uuid} special, which a key created through the API may lack (PostgreSQL needs no flag for
     * the type); without a value it would fail as NOT NULL. Any other uuid field without the special keeps what was
     * written, null included.
     */
    static boolean isGeneratedUuidKey(CollectionOverview collection, FieldOverview field) {
        return field.type() == FieldType.UUID && collection.primaryKey().filter(field.name()::equals).isPresent()
            && field.column().map(c -> c.defaultValue().isEmpty() && !c.autoIncrement()).orElse(false);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isEmpty();
    }
}
