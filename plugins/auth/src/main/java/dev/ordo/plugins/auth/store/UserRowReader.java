package dev.ordo.plugins.auth.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a whole {@code directus_users} row as the API shows it: secrets concealed, JSON columns parsed, booleans
 * as booleans and timestamps as ISO-8601 UTC text. Columns an installation added to the table come along too.
 */
public final class UserRowReader {

    /** What Directus answers for a concealed field that holds a value. */
    public static final String CONCEALED = "**********";

    private static final Set<String> CONCEALED_COLUMNS = Set.of("password", "token", "tfa_secret");
    private static final Set<String> JSON_COLUMNS = Set.of("tags", "auth_data", "theme_light_overrides", "theme_dark_overrides");
    private static final Set<String> BOOLEAN_COLUMNS = Set.of("email_notifications");
    private static final Set<String> TIMESTAMP_COLUMNS = Set.of("last_access");
    private static final DateTimeFormatter ISO_MILLIS =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SqlDialect dialect;
    private final ObjectMapper json = new ObjectMapper();
    private final String select;

    public UserRowReader(SqlDialect dialect) {
        this.dialect = dialect;
        this.select = "SELECT * FROM " + dialect.quote("directus_users") + " WHERE " + dialect.quote("id") + " = ?";
    }

    public Optional<Map<String, Object>> read(Connection connection, String userId) throws SQLException {
        if (!UserStore.isUuid(userId)) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            dialect.bindUuid(statement, 1, userId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ResultSetMetaData columns = row.getMetaData();
                Map<String, Object> user = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String column = columns.getColumnLabel(i);
                    user.put(column, value(row, column, i));
                }
                return Optional.of(user);
            }
        }
    }

    private Object value(ResultSet row, String column, int index) throws SQLException {
        String name = column.toLowerCase(Locale.ROOT);
        if (CONCEALED_COLUMNS.contains(name)) {
            return row.getObject(index) == null ? null : CONCEALED;
        }
        if (JSON_COLUMNS.contains(name)) {
            return parseJson(row.getString(index));
        }
        if (BOOLEAN_COLUMNS.contains(name)) {
            return row.getObject(index) == null ? null : SqlDialect.readBoolean(row, column);
        }
        if (TIMESTAMP_COLUMNS.contains(name)) {
            return dialect.readInstant(row, column).map(ISO_MILLIS::format).orElse(null);
        }
        return plain(row.getObject(index));
    }

    private Object parseJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Object.class);
        } catch (IOException notJson) {
            // Directus shows what is stored when it is not JSON; so does Ordo.
            return text;
        }
    }

    /** Driver values of columns this reader does not know, as plain JSON values. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
            || value instanceof Long || value instanceof Double || value instanceof BigDecimal || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Number number) {
            return number instanceof Float ? (Object) number.doubleValue() : (Object) number.longValue();
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return ISO_MILLIS.format(timestamp.toInstant());
        }
        if (value instanceof OffsetDateTime offset) {
            return ISO_MILLIS.format(offset.toInstant());
        }
        if (value instanceof Instant instant) {
            return ISO_MILLIS.format(instant);
        }
        if (value instanceof java.sql.Date || value instanceof java.sql.Time || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }
}
