package dev.ordo.plugins.data.values;

import dev.ordo.api.error.InvalidPayloadException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times on the wire, as Directus writes them: {@code date} {@code 2024-05-01}, {@code dateTime}
 * {@code 2024-05-01T10:00:00} (no zone, server-local), {@code time} {@code 10:00:00}, {@code timestamp}
 * {@code 2024-05-01T10:00:00.000Z} (UTC). Input is any ISO-8601 form, with or without zone.
 */
public final class Temporals {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    /** How SQLite and MySQL store them: sortable text, a space between date and time. */
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** ISO date or date-time, 'T' or space, optional fraction and zone. */
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .optionalStart().optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
        .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
        .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
        .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
        .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
        .optionalEnd()
        .toFormatter();

    private final ZoneId serverZone;

    public Temporals(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    public String formatDate(LocalDate date) {
        return date.toString();
    }

    public String formatDateTime(LocalDateTime dateTime) {
        String fast = IsoText.dateTime(dateTime, 'T');
        return fast != null ? fast : DATE_TIME.format(dateTime);
    }

    public String formatTime(LocalTime time) {
        return TIME.format(time);
    }

    public String formatTimestamp(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        String fast = IsoText.dateTimeMillis(utc, 'T');
        return fast != null ? fast + 'Z' : TIMESTAMP.format(utc);
    }

    public String stored(LocalDateTime dateTime) {
        String fast = IsoText.dateTimeMillis(dateTime, ' ');
        return fast != null ? fast : STORED.format(dateTime);
    }

    /** A {@code timestamp} input as an instant: a zone-less value is server-local. */
    public Instant parseInstant(String field, String text) {
        IsoText.Parsed fast = IsoText.parse(text);
        if (fast != null) {
            ZoneId zone = fast.offset() != null ? fast.offset() : serverZone;
            return fast.dateTime().atZone(zone).toInstant();
        }
        TemporalAccessor parsed = parse(field, text, "DateTime");
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        return localDateTime(parsed).atZone(serverZone).toInstant();
    }

    /** A {@code dateTime} input as wall-clock time: a zoned value is moved to the server's zone. */
    public LocalDateTime parseLocalDateTime(String field, String text) {
        return wallClock(field, text, "DateTime");
    }

    /** A {@code date} input: its wall-clock date, read as a {@code dateTime} is; refused naming a date. */
    public LocalDate parseDate(String field, String text) {
        return wallClock(field, text, "Date").toLocalDate();
    }

    private LocalDateTime wallClock(String field, String text, String kind) {
        IsoText.Parsed fast = IsoText.parse(text);
        if (fast != null) {
            return fast.offset() == null ? fast.dateTime()
                : fast.dateTime().atOffset(fast.offset()).atZoneSameInstant(serverZone).toLocalDateTime();
        }
        TemporalAccessor parsed = parse(field, text, kind);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return ZonedDateTime.from(parsed).withZoneSameInstant(serverZone).toLocalDateTime();
        }
        return localDateTime(parsed);
    }

    public LocalTime parseTime(String field, String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidPayloadException("Invalid Time format in field \"" + field + "\"");
        }
    }

    public ZoneId serverZone() {
        return serverZone;
    }

    private static LocalDateTime localDateTime(TemporalAccessor parsed) {
        LocalDate date = LocalDate.from(parsed);
        LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
        return LocalDateTime.of(date, time);
    }

    /** @param kind how the refusal names the expected value: {@code DateTime} or {@code Date}, as Directus does */
    private static TemporalAccessor parse(String field, String text, String kind) {
        try {
            return LENIENT.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidPayloadException("Invalid " + kind + " format in field \"" + field + "\"");
        }
    }
}
