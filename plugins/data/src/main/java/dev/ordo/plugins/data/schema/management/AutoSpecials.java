package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.schema.overview.AliasFlags;
import dev.ordo.plugins.data.schema.overview.FieldTypeResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code special} flags Ordo adds by itself (DATA-API.md §2.3, §5.3, §5.5): {@code cast-json} on every json
 * field, and, where the column created for a type reads back as another type (a hash is a {@code varchar(255)}, a
 * csv a {@code text}), the flag that makes it that type again. A uuid needs no flag ({@code char(36)} reads back as
 * one), and gets none, because the {@code uuid} flag also fills empty values on create: only a uuid primary key
 * stored as {@code char(36)} carries it, as Directus creates such keys, so Directus can serve the same database.
 * Alias fields always carry an alias flag, which is what tells them from stale rows.
 */
final class AutoSpecials {

    private AutoSpecials() {
    }

    /** The flags a column field of {@code requested} type needs, knowing its column as read back. */
    static List<String> forColumn(FieldType requested, ColumnSchema column) {
        if (requested == FieldType.JSON) {
            return List.of("cast-json");
        }
        if (requested == FieldType.UUID && column.primaryKey() && column.fieldType() != FieldType.UUID) {
            return List.of("uuid");
        }
        if (requested == FieldTypeResolver.columnType(column)) {
            return List.of();
        }
        return switch (requested) {
            case UUID -> List.of("uuid");
            case HASH -> List.of("hash");
            case CSV -> List.of("cast-csv");
            case TIMESTAMP -> List.of("cast-timestamp");
            case DATE_TIME -> List.of("cast-datetime");
            default -> List.of();
        };
    }

    /** The flag an alias field needs when its own flags mark no alias: its legacy type's, else {@code alias}. */
    static List<String> forAlias(List<String> special, Optional<String> legacyType) {
        List<String> needed = new ArrayList<>();
        legacyType.filter(type -> !special.contains(type)).ifPresent(needed::add);
        if (needed.isEmpty() && !AliasFlags.marksAlias(special)) {
            needed.add("alias");
        }
        return needed;
    }

    /** A submitted {@code special}: a list of strings, a CSV string, or null. */
    static List<String> parse(Object special) {
        if (special == null) {
            return List.of();
        }
        if (special instanceof String text) {
            return Arrays.stream(text.split(",")).map(String::trim).filter(flag -> !flag.isEmpty()).toList();
        }
        if (special instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new InvalidPayloadException("\"meta.special\" must be an array of strings");
    }

    static List<String> merge(List<String> special, List<String> added) {
        List<String> merged = new ArrayList<>(special);
        added.stream().filter(flag -> !merged.contains(flag)).forEach(merged::add);
        return merged;
    }
}
