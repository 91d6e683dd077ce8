package dev.ordo.api.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as Directus reads them with the {@code ms} package: an amount (decimals allowed) and an optional
 * unit, short or spelt out ({@code 500}, {@code 30s}, {@code 1.5h}, {@code 15 minutes}, {@code 2 days}, {@code 1y});
 * a bare number is milliseconds. Negative durations are refused: no setting has a use for them.
 */
final class DurationText {

    private static final Pattern FORMAT = Pattern.compile(
        "(\\d*\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w"
            + "|years?|yrs?|y)?");
    /** {@code ms} refuses longer texts outright. */
    private static final int MAXIMUM_LENGTH = 100;
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private DurationText() {
    }

    static Duration parse(String setting, String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = FORMAT.matcher(trimmed);
        if (trimmed.length() > MAXIMUM_LENGTH || !matcher.matches()) {
            throw new InvalidSettingException(setting, "must be a duration such as 500ms, 30s, 15m, 12h or 7d");
        }
        BigDecimal amount = new BigDecimal(matcher.group(1));
        BigDecimal millis = amount.multiply(unitMillis(matcher.group(2) == null ? "ms" : matcher.group(2)));
        try {
            return Duration.ofMillis(millis.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidSettingException(setting, "is too long a duration");
        }
    }

    private static BigDecimal unitMillis(String unit) {
        long millis = switch (unit) {
            case "s", "sec", "secs", "second", "seconds" -> SECOND;
            case "m", "min", "mins", "minute", "minutes" -> MINUTE;
            case "h", "hr", "hrs", "hour", "hours" -> HOUR;
            case "d", "day", "days" -> DAY;
            case "w", "week", "weeks" -> 7 * DAY;
            // ms counts a year as 365.25 days
            case "y", "yr", "yrs", "year", "years" -> 36525 * DAY / 100;
            default -> 1;
        };
        return BigDecimal.valueOf(millis);
    }
}
