package dev.ordo.plugins.data.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The adjustment inside {@code $NOW(...)}: an optional sign, a number (decimals allowed) and a unit, such as
 * {@code -1 year}, {@code +2 hours} or {@code 1.5h}; no unit means days.
 *
 * <p>Milliseconds, seconds, minutes and hours move the clock by the exact (fractional) amount. Days, weeks, months and
 * years are calendar steps in UTC and take whole steps only (the fraction is dropped, toward zero), as the date
 * library Directus uses does; a month step that lands past a month's end stops on its last day.
 */
final class NowAdjustment {

    private static final Pattern ADJUSTMENT = Pattern.compile(
        "(-?(?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d"
            + "|weeks?|w|months?|mth|mo|years?|yrs?|y)?",
        Pattern.CASE_INSENSITIVE);

    private NowAdjustment() {
    }

    /** {@code now} moved by {@code adjustment}; empty when the adjustment cannot be read. */
    static Optional<Instant> apply(Instant now, String adjustment) {
        boolean subtract = adjustment.startsWith("-");
        String unsigned = subtract || adjustment.startsWith("+") ? adjustment.substring(1) : adjustment;
        Matcher matcher = ADJUSTMENT.matcher(unsigned);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double amount = Double.parseDouble(matcher.group(1)) * (subtract ? -1 : 1);
        String unit = matcher.group(2) == null ? "days" : matcher.group(2).toLowerCase(Locale.ROOT);
        try {
            return Optional.of(moved(now, amount, unit));
        } catch (ArithmeticException | DateTimeException e) {
            return Optional.empty(); // beyond the calendar: treated like an adjustment that cannot be read
        }
    }

    private static Instant moved(Instant now, double amount, String unit) {
        return switch (unit) {
            case "milliseconds", "millisecond", "msecs", "msec", "ms" -> plusMillis(now, amount);
            case "seconds", "second", "secs", "sec", "s" -> plusMillis(now, amount * 1_000);
            case "minutes", "minute", "mins", "min", "m" -> plusMillis(now, amount * 60_000);
            case "hours", "hour", "hrs", "hr", "h" -> plusMillis(now, amount * 3_600_000);
            case "days", "day", "d" -> now.atZone(ZoneOffset.UTC).plusDays((long) amount).toInstant();
            case "weeks", "week", "w" -> now.atZone(ZoneOffset.UTC).plusDays((long) (amount * 7)).toInstant();
            case "months", "month", "mth", "mo" -> now.atZone(ZoneOffset.UTC).plusMonths((long) amount).toInstant();
            default -> now.atZone(ZoneOffset.UTC).plusMonths((long) (amount * 12)).toInstant();
        };
    }

    private static Instant plusMillis(Instant now, double millis) {
        return Instant.ofEpochMilli((long) (now.toEpochMilli() + millis));
    }
}
