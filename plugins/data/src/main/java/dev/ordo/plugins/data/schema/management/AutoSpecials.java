package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.schema.overview.AliasFlags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code special} flags Ordo adds by itself (DATA-API.md §2.3, §5.3, §5.5): {@code cast-json} on every json
 * field, and, where the column created for a type reads back as another type (a uuid is a {@code char(36)} on
 * SQLite and MySQL, a hash a {@code varchar(255)}, a csv a {@code text}), the flag that makes it that type again.
 * Alias fields always carry an alias flag, which is what tells them from stale rows.
 */
final class AutoSpecials {

    private AutoSpecials() {
    }

    /** The flags a column field of {@code requested} type needs, knowing the type its column reads back as. */
    static List<String> forColumn(FieldType requested, FieldType readBack) {
        if (requested == FieldType.JSON) {
            return List.of("cast-json");
        }
        if (requested == readBack) {
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
