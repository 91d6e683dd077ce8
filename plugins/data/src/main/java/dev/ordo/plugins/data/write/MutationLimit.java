package dev.ordo.plugins.data.write;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code MAX_BATCH_MUTATION}: how many rows one write request may create, update or delete, nested relational
 * writes included. Unlimited by default (Directus's {@code Infinity}).
 */
public record MutationLimit(OptionalLong maximum) {

    public static final MutationLimit UNLIMITED = new MutationLimit(OptionalLong.empty());

    public MutationLimit {
        Objects.requireNonNull(maximum, "maximum");
    }

    public static MutationLimit of(long maximum) {
        return new MutationLimit(OptionalLong.of(maximum));
    }

    public static MutationLimit from(Settings settings) {
        return settings.get("MAX_BATCH_MUTATION")
            .map(String::trim)
            .filter(value -> !value.toLowerCase(Locale.ROOT).equals("infinity"))
            .map(value -> {
                try {
                    return of(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    throw new InvalidSettingException("MAX_BATCH_MUTATION", "must be a whole number or Infinity");
                }
            })
            .orElse(UNLIMITED);
    }
}
