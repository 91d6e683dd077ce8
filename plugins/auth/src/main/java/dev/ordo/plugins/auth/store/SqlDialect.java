package dev.ordo.plugins.auth.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Calendar;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

/**
 * What differs between SQL flavours for the statements auth runs: identifier quoting, and how uuids,
 * timestamps and booleans are bound and read.
 *
 * <p>Timestamps are always bound with {@code setTimestamp} and a UTC calendar. The SQLite driver stores that
 * as epoch milliseconds, which is also what Directus writes there; reading is tolerant of the ISO text
 * other writers may have left, and expiry is always compared in Java, never in SQL.
 */
public final class SqlDialect {

    private static final DateTimeFormatter SQL_DATE_TIME = new DateTimeFormatterBuilder()
        .appendPattern("yyyy-MM-dd")
        .optionalStart().appendLiteral('T').optionalEnd()
        .optionalStart().appendLiteral(' ').optionalEnd()
        .appendPattern("HH:mm:ss")
        .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
        .toFormatter(Locale.ROOT);

    private final String vendor;

    private SqlDialect(String vendor) {
        this.vendor = vendor;
    }

    /** @param vendor as {@code Database.vendor()} reports it: sqlite, postgres, mysql or mariadb */
    public static SqlDialect of(String vendor) {
        return new SqlDialect(Objects.requireNonNull(vendor, "vendor").toLowerCase(Locale.ROOT));
    }

    public String vendor() {
        return vendor;
    }

    /** Quotes an identifier of this plugin's own SQL; never pass user input. */
    public String quote(String identifier) {
        if (isMysqlFamily()) {
            return "`" + identifier + "`";
        }
        return "\"" + identifier + "\"";
    }

    /** Binds a uuid; PostgreSQL compares uuid columns only with uuid values. */
    public void bindUuid(PreparedStatement statement, int index, String uuid) throws SQLException {
        if (uuid == null) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        } else if (vendor.equals("postgres")) {
            statement.setObject(index, UUID.fromString(uuid));
        } else {
            statement.setString(index, uuid);
        }
    }

    public void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(instant), utcCalendar());
    }

    /** A timestamp column, or empty when it is null or holds something that is not a timestamp. */
    public Optional<Instant> readInstant(ResultSet row, String column) throws SQLException {
        if (vendor.equals("sqlite")) {
            return parseStoredInstant(row.getObject(column));
        }
        Timestamp timestamp = row.getTimestamp(column, utcCalendar());
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    /** Reads a boolean column whether the driver returns a boolean, a number (SQLite, MySQL tinyint) or text. */
    public static boolean readBoolean(ResultSet row, String column) throws SQLException {
        return toBoolean(row.getObject(column));
    }

    static boolean toBoolean(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return number.longValue() != 0;
        }
        if (value instanceof String text) {
            String trimmed = text.trim().toLowerCase(Locale.ROOT);
            return trimmed.equals("true") || trimmed.equals("1");
        }
        return false;
    }

    static Optional<Instant> parseStoredInstant(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number) {
            return Optional.of(Instant.ofEpochMilli(number.longValue()));
        }
        if (value instanceof Timestamp timestamp) {
            return Optional.of(timestamp.toInstant());
        }
        String text = value.toString().trim();
        if (text.matches("-?\\d+")) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                // Text without an offset was written in UTC (Directus and this plugin only ever write UTC).
                return Optional.of(LocalDateTime.parse(text, SQL_DATE_TIME).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }

    private boolean isMysqlFamily() {
        return vendor.equals("mysql") || vendor.equals("mariadb");
    }

    // Calendar is mutable and drivers may change it, so every call gets its own.
    private static Calendar utcCalendar() {
        return Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    }
}
