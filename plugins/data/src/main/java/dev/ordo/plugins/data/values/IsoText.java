package dev.ordo.plugins.data.values;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A hand-written reader and writer for the few ISO-8601 shapes that make up nearly every stored and sent date:
 * {@code 2024-05-01}, {@code 2024-05-01T10:00}, {@code 2024-05-01 10:00:00.123}, with an optional {@code Z},
 * {@code +02:00} or {@code +0200}. {@code DateTimeFormatter} with optional sections costs microseconds per value,
 * which dominates reading ten thousand rows; this takes nanoseconds. Anything else answers {@code null} so the caller
 * can fall back to the general parser, which also owns the error messages.
 */
final class IsoText {

    /** A parsed date-time: wall-clock time and, when the text had one, its offset. */
    record Parsed(LocalDateTime dateTime, ZoneOffset offset) {
    }

    private IsoText() {
    }

    /** The text read in one of the common shapes, or {@code null} when it is in any other shape or out of range. */
    static Parsed parse(String text) {
        int length = text.length();
        if (length < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        int at = 10;
        boolean hasTime = at < length && (text.charAt(at) == 'T' || text.charAt(at) == ' ');
        if (hasTime) {
            if (length < at + 6 || text.charAt(at + 3) != ':') {
                return null;
            }
            hour = digits(text, at + 1, 2);
            minute = digits(text, at + 4, 2);
            at += 6;
            if (at < length && text.charAt(at) == ':') {
                second = digits(text, at + 1, 2);
                at += 3;
                if (at < length && text.charAt(at) == '.') {
                    int start = ++at;
                    while (at < length && isDigit(text.charAt(at)) && at - start < 9) {
                        nanos = nanos * 10 + (text.charAt(at) - '0');
                        at++;
                    }
                    if (at == start || (at < length && isDigit(text.charAt(at)))) {
                        return null;
                    }
                    for (int i = at - start; i < 9; i++) {
                        nanos *= 10;
                    }
                }
            }
            if (hour < 0 || minute < 0 || second < 0) {
                return null;
            }
        }
        ZoneOffset offset = null;
        if (at < length) {
            offset = hasTime ? offset(text, at) : null;
            if (offset == null) {
                return null;
            }
        }
        try {
            return new Parsed(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** {@code yyyy-MM-dd'T'HH:mm:ss}, or {@code null} for years the four-digit form cannot hold. */
    static String dateTime(LocalDateTime value, char separator) {
        if (value.getYear() < 0 || value.getYear() > 9999) {
            return null;
        }
        StringBuilder out = new StringBuilder(23);
        appendDate(out, value);
        out.append(separator);
        appendTime(out, value);
        return out.toString();
    }

    /** {@code yyyy-MM-dd<separator>HH:mm:ss.SSS}, or {@code null} for years the four-digit form cannot hold. */
    static String dateTimeMillis(LocalDateTime value, char separator) {
        String seconds = dateTime(value, separator);
        if (seconds == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(24).append(seconds).append('.');
        pad(out, value.getNano() / 1_000_000, 3);
        return out.toString();
    }

    private static void appendDate(StringBuilder out, LocalDateTime value) {
        pad(out, value.getYear(), 4);
        out.append('-');
        pad(out, value.getMonthValue(), 2);
        out.append('-');
        pad(out, value.getDayOfMonth(), 2);
    }

    private static void appendTime(StringBuilder out, LocalDateTime value) {
        pad(out, value.getHour(), 2);
        out.append(':');
        pad(out, value.getMinute(), 2);
        out.append(':');
        pad(out, value.getSecond(), 2);
    }

    /** Appends {@code value} (0 to 9999) as exactly {@code width} digits. */
    private static void pad(StringBuilder out, int value, int width) {
        for (int divisor = width == 4 ? 1000 : width == 3 ? 100 : 10; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
    }

    private static ZoneOffset offset(String text, int at) {
        int length = text.length();
        char sign = text.charAt(at);
        if ((sign == 'Z' || sign == 'z') && at + 1 == length) {
            return ZoneOffset.UTC;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours;
        int minutes;
        if (length == at + 6 && text.charAt(at + 3) == ':') {
            hours = digits(text, at + 1, 2);
            minutes = digits(text, at + 4, 2);
        } else if (length == at + 5) {
            hours = digits(text, at + 1, 2);
            minutes = digits(text, at + 3, 2);
        } else {
            return null;
        }
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return null;
        }
        try {
            int seconds = hours * 3600 + minutes * 60;
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number written by {@code count} digits at {@code from}, or -1 when they are not all digits. */
    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
