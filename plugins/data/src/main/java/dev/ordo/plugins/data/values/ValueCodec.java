package dev.ordo.plugins.data.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts field values between the database and the wire, per Directus type and SQL flavour (DATA-API.md §5.4).
 * Read: dates and times in Directus's formats, JSON parsed, CSV split, concealed values masked; bigInteger and decimal
 * values as Directus's drivers give them (§5.4): strings on PostgreSQL and MySQL, so no digit is lost to a JavaScript
 * number (a decimal with its column's scale), numbers on SQLite, which stores them as numbers. Write: each JSON value checked against the field's type and turned into the value bound
 * for its column; a value that does not fit throws {@link IllegalArgumentException} with the reason.
 */
public final class ValueCodec {

    static final String CONCEALED = "**********";

    /** Types whose values every driver gives as text. */
    private static final Set<FieldType> READ_AS_TEXT = EnumSet.of(FieldType.JSON, FieldType.UUID, FieldType.STRING,
        FieldType.TEXT, FieldType.HASH, FieldType.CSV);

    private static final java.util.regex.Pattern UUID_TEXT =
        java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Vendor vendor;
    private final Temporals temporals;
    private final ObjectMapper json;

    public ValueCodec(Vendor vendor, Temporals temporals, ObjectMapper json) {
        this.vendor = vendor;
        this.temporals = temporals;
        this.json = json;
    }

    public Vendor vendor() {
        return vendor;
    }

    public Temporals temporals() {
        return temporals;
    }

    /** Reads column {@code index} as the wire value of {@code field}. */
    public Object read(ResultSet row, int index, FieldOverview field) throws SQLException {
        Object raw = readRaw(row, index, field.type());
        if (raw == null) {
            return null;
        }
        if (field.hasSpecial("conceal")) {
            return raw.toString().isEmpty() ? null : CONCEALED;
        }
        if (field.hasSpecial("cast-boolean") && field.type() != FieldType.BOOLEAN) {
            return toBoolean(raw);
        }
        return toWire(field, raw);
    }

    /** The wire form of a value as the database driver gave it. */
    public Object toWire(FieldOverview field, Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (field.type()) {
            case INTEGER -> toWholeNumber(raw);
            case BIG_INTEGER -> vendor == Vendor.SQLITE ? toWholeNumber(raw) : toWholeNumber(raw).toString();
            case FLOAT -> raw instanceof Number n ? (Object) n.doubleValue() : Double.valueOf(raw.toString());
            case DECIMAL -> vendor == Vendor.SQLITE ? storedNumber(raw) : decimalText(field, raw);
            case BOOLEAN -> toBoolean(raw);
            case JSON -> parseJson(raw);
            case CSV -> splitCsv(raw.toString());
            case DATE -> readDate(raw);
            case DATE_TIME -> readDateTime(raw);
            case TIMESTAMP -> readTimestamp(raw);
            case TIME -> readTime(raw);
            case BINARY -> raw instanceof byte[] bytes ? buffer(bytes) : raw.toString();
            default -> raw instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : raw.toString();
        };
    }

    /** The value to bind for {@code value} in {@code field}'s column. */
    public Object toDatabase(FieldOverview field, Object value) {
        if (value == null) {
            return null;
        }
        Object bound = bindable(field, value);
        if (vendor == Vendor.POSTGRES && bound instanceof String text && text.indexOf('\u0000') >= 0) {
            // PostgreSQL's text types cannot hold it and refuse the whole statement ("invalid byte sequence").
            throw new IllegalArgumentException("PostgreSQL text cannot hold the NUL character (\\u0000)");
        }
        return bound;
    }

    private Object bindable(FieldOverview field, Object value) {
        String name = field.name();
        return switch (field.type()) {
            case INTEGER, BIG_INTEGER -> wholeNumber(name, value);
            case FLOAT -> decimal(name, value).doubleValue();
            case DECIMAL -> decimal(name, value);
            case BOOLEAN -> booleanValue(name, value);
            case JSON -> value instanceof String s && !isJsonText(s) ? writeJson(s) : writeJsonUnlessText(value);
            case CSV -> value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : value.toString();
            case DATE -> temporals.parseDate(name, text(name, value)).toString();
            case DATE_TIME -> temporals.stored(temporals.parseLocalDateTime(name, text(name, value)));
            case TIMESTAMP -> storedTimestamp(temporals.parseInstant(name, text(name, value)));
            case TIME -> temporals.formatTime(temporals.parseTime(name, text(name, value)));
            case BINARY -> bytes(name, value);
            case UUID -> uuid(value);
            default -> value instanceof Map || value instanceof List ? writeJson(value) : value.toString();
        };
    }

    private Object readRaw(ResultSet row, int index, FieldType type) throws SQLException {
        if (READ_AS_TEXT.contains(type)) {
            // On SQLite too: any value of a text column reads as the text it would be turned into anyway, and
            // getObject would first ask the library for the value's storage class (one more native call per value).
            return row.getString(index);
        }
        if (vendor == Vendor.SQLITE) {
            return row.getObject(index);
        }
        return switch (type) {
            case TIMESTAMP -> vendor == Vendor.POSTGRES ? row.getObject(index, OffsetDateTime.class)
                : row.getObject(index, LocalDateTime.class);
            case DATE_TIME -> row.getObject(index, LocalDateTime.class);
            case DATE -> row.getObject(index, LocalDate.class);
            case TIME -> row.getObject(index, LocalTime.class);
            case DECIMAL -> row.getBigDecimal(index);
            default -> row.getObject(index);
        };
    }

    private String storedTimestamp(Instant instant) {
        return vendor == Vendor.POSTGRES ? temporals.formatTimestamp(instant)
            : temporals.stored(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private Object readDate(Object raw) {
        if (raw instanceof LocalDate date) {
            return temporals.formatDate(date);
        }
        if (raw instanceof java.sql.Date date) {
            return temporals.formatDate(date.toLocalDate());
        }
        LocalDateTime local = localDateTimeOf(raw);
        return local == null ? null : temporals.formatDate(local.toLocalDate());
    }

    private Object readDateTime(Object raw) {
        LocalDateTime local = raw instanceof Number millis
            ? LocalDateTime.ofInstant(Instant.ofEpochMilli(millis.longValue()), temporals.serverZone())
            : localDateTimeOf(raw);
        return local == null ? null : temporals.formatDateTime(local);
    }

    private Object readTimestamp(Object raw) {
        if (raw instanceof OffsetDateTime offset) {
            return temporals.formatTimestamp(offset.toInstant());
        }
        if (raw instanceof java.sql.Timestamp timestamp && vendor == Vendor.POSTGRES) {
            return temporals.formatTimestamp(timestamp.toInstant());
        }
        if (raw instanceof Number millis) {
            return temporals.formatTimestamp(Instant.ofEpochMilli(millis.longValue()));
        }
        // SQLite and MySQL keep timestamps as UTC wall-clock values.
        LocalDateTime utc = localDateTimeOf(raw);
        return utc == null ? null : temporals.formatTimestamp(utc.toInstant(ZoneOffset.UTC));
    }

    private Object readTime(Object raw) {
        if (raw instanceof LocalTime time) {
            return temporals.formatTime(time);
        }
        if (raw instanceof java.sql.Time time) {
            return temporals.formatTime(time.toLocalTime());
        }
        String text = raw.toString();
        return text.length() >= 8 ? text.substring(0, 8) : text;
    }

    /** Null for the all-zero dates MySQL can hold. */
    private LocalDateTime localDateTimeOf(Object raw) {
        if (raw instanceof LocalDateTime local) {
            return local;
        }
        if (raw instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (raw instanceof Number millis) {
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis.longValue()), ZoneOffset.UTC);
        }
        String text = raw.toString();
        if (text.startsWith("0000-00-00")) {
            return null;
        }
        return temporals.parseLocalDateTime("value", text);
    }

    private static Object toWholeNumber(Object raw) {
        if (raw instanceof Long) {
            return raw;
        }
        if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (raw instanceof Number n) {
            return n.longValue();
        }
        if (raw instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return new BigDecimal(raw.toString().trim()).longValueExact();
    }

    /** A SQLite number as stored (an integer or a real); text that is no number stays text, as SQLite keeps it. */
    private static Object storedNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        return raw instanceof Number ? raw : raw.toString();
    }

    private static String decimalText(FieldOverview field, Object raw) {
        BigDecimal value = raw instanceof BigDecimal d ? d
            : raw instanceof Double || raw instanceof Float ? BigDecimal.valueOf(((Number) raw).doubleValue())
            : new BigDecimal(raw.toString().trim());
        // The column's scale, as PostgreSQL and MySQL give it ("4.50").
        return field.column().flatMap(c -> c.numericScale().isPresent()
                ? java.util.Optional.of(c.numericScale().getAsInt()) : java.util.Optional.empty())
            .map(scale -> value.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString())
            .orElse(value.toPlainString());
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof Number n) {
            return n.intValue() != 0;
        }
        String text = raw.toString().trim();
        return text.equals("1") || text.equalsIgnoreCase("true");
    }

    private Object parseJson(Object raw) {
        String text = raw instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
            : raw.toString();
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static List<String> splitCsv(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(text.split(",")));
    }

    private static Map<String, Object> buffer(byte[] bytes) {
        List<Integer> data = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            data.add(b & 0xff);
        }
        Map<String, Object> buffer = new LinkedHashMap<>();
        buffer.put("type", "Buffer");
        buffer.put("data", data);
        return buffer;
    }

    private static Object wholeNumber(String field, Object value) {
        try {
            BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text(field, value).trim());
            BigInteger whole = number.toBigIntegerExact();
            return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a whole number");
        }
    }

    private static BigDecimal decimal(String field, Object value) {
        try {
            return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text(field, value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a number");
        }
    }

    private static Boolean booleanValue(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("\"" + value + "\" is not a boolean");
        };
    }

    private static String text(String field, Object value) {
        if (value instanceof Map || value instanceof List || value instanceof Boolean) {
            // Named as the payload's JSON has it, not by the Java class it was read into.
            String kind = value instanceof Map ? "an object" : value instanceof List ? "an array" : "a boolean";
            throw new IllegalArgumentException(kind + " does not fit");
        }
        return value.toString();
    }

    private static byte[] bytes(String field, Object value) {
        if (value instanceof Map<?, ?> map && "Buffer".equals(map.get("type")) && map.get("data") instanceof List<?> data) {
            byte[] bytes = new byte[data.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = ((Number) data.get(i)).byteValue();
            }
            return bytes;
        }
        try {
            return Base64.getDecoder().decode(text(field, value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("binary values are a Buffer object or base64 text");
        }
    }

    /**
     * A uuid as text, in its usual form with hyphens (any case): PostgreSQL refuses anything else in a uuid column,
     * so every database does.
     */
    private static String uuid(Object value) {
        if (!(value instanceof String text) || !UUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("a uuid is text such as 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d");
        }
        return text;
    }

    /**
     * An object or array written as JSON text, stored as it is. Anything else, broken JSON such as {@code {"a"}}
     * included, is a plain string and stored as a JSON string: PostgreSQL refuses broken JSON text in a json column.
     */
    private boolean isJsonText(String text) {
        String trimmed = text.trim();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return false;
        }
        try {
            json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(trimmed);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Objects and arrays are stored as JSON text; a string that already is JSON text is stored as it is. */
    private String writeJsonUnlessText(Object value) {
        return value instanceof String s ? s : writeJson(value);
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the value cannot be written as JSON");
        }
    }
}
