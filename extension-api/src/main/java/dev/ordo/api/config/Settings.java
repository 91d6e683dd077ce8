package dev.ordo.api.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Read access to Ordo's configuration: environment variables, then the optional {@code .env} file, using
 * the Directus variable names where one exists ({@code ACCESS_TOKEN_TTL}, {@code QUERY_LIMIT_DEFAULT}, ...).
 *
 * <p>Typed getters throw {@link InvalidSettingException}, whose message names the variable, when a value
 * cannot be read as the requested type.
 */
public interface Settings {

    /** The raw value, or empty when the variable is unset or blank. */
    Optional<String> get(String name);

    default String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    default int getInt(String name, int fallback) {
        return get(name).map(value -> parse(name, value, "a whole number", Integer::parseInt)).orElse(fallback);
    }

    default long getLong(String name, long fallback) {
        return get(name).map(value -> parse(name, value, "a whole number", Long::parseLong)).orElse(fallback);
    }

    default boolean getBoolean(String name, boolean fallback) {
        return get(name).map(value -> switch (value.trim().toLowerCase()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new InvalidSettingException(name, "must be true or false");
        }).orElse(fallback);
    }

    /**
     * A duration as Directus reads it (the {@code ms} package): {@code 15m}, {@code 7d}, {@code 500ms}, {@code 1.5h},
     * {@code 2 days}, or plain milliseconds.
     */
    default Duration getDuration(String name, Duration fallback) {
        return get(name).map(value -> DurationText.parse(name, value)).orElse(fallback);
    }

    /**
     * A size in bytes as Directus reads it (the {@code bytes} package): {@code 1048576}, {@code 500kb}, {@code 1.5mb},
     * {@code 2 GB}.
     *
     * @since 1.5.0
     */
    default long getByteSize(String name, long fallback) {
        return get(name).map(value -> ByteSizeText.parse(name, value)).orElse(fallback);
    }

    /** A comma-separated list, trimmed, without empty entries. */
    default List<String> getList(String name) {
        return get(name)
            .map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
            .orElse(List.of());
    }

    private static <T> T parse(String name, String value, String expected, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(name, "must be " + expected);
        }
    }
}
