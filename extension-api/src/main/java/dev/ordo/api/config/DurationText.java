package dev.ordo.api.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the duration notation Directus settings use ({@code 15m}, {@code 7d}, {@code 500}). */
final class DurationText {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)?");

    private DurationText() {
    }

    static Duration parse(String setting, String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase());
        if (!matcher.matches()) {
            throw new InvalidSettingException(setting, "must be a duration such as 500ms, 30s, 15m, 12h or 7d");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        };
    }
}
