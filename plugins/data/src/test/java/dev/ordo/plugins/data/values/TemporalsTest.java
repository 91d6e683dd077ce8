package dev.ordo.plugins.data.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ordo.api.error.InvalidPayloadException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TemporalsTest {

    private final Temporals temporals = new Temporals(ZoneId.of("Europe/Paris"));

    @Test
    void aZonedDateTimeIsMovedToTheServerZone() {
        assertEquals(LocalDateTime.of(2024, 7, 1, 12, 0), temporals.parseLocalDateTime("f", "2024-07-01T10:00:00Z"));
        assertEquals(LocalDateTime.of(2024, 7, 1, 12, 0), temporals.parseLocalDateTime("f", "2024-07-01T10:00+0000"));
    }

    @Test
    void aZoneLessTimestampIsServerLocal() {
        assertEquals(Instant.parse("2024-01-01T09:00:00Z"), temporals.parseInstant("f", "2024-01-01 10:00"));
        assertEquals(Instant.parse("2024-01-01T10:00:00Z"), temporals.parseInstant("f", "2024-01-01T12:00:00+02:00"));
    }

    @Test
    void shapesOutsideTheFastPathStillParse() {
        assertEquals(LocalDateTime.of(2024, 5, 1, 10, 0), temporals.parseLocalDateTime("f", " 2024-05-01t10:00 "));
    }

    @Test
    void garbageNamesTheField() {
        InvalidPayloadException error = assertThrows(InvalidPayloadException.class,
            () -> temporals.parseLocalDateTime("published_on", "2024-05-01Z"));
        assertEquals("Invalid payload. Invalid DateTime format in field \"published_on\".", error.getMessage());
    }

    @Test
    void aDateThatCannotBeReadIsNamedADate() {
        InvalidPayloadException error = assertThrows(InvalidPayloadException.class,
            () -> temporals.parseDate("born", "2024-13-45"));
        assertEquals("Invalid payload. Invalid Date format in field \"born\".", error.getMessage());
    }

    @Test
    void writesTheWireAndStoredForms() {
        LocalDateTime value = LocalDateTime.of(2024, 5, 1, 10, 0, 3, 45_000_000);
        assertEquals("2024-05-01T10:00:03", temporals.formatDateTime(value));
        assertEquals("2024-05-01 10:00:03.045", temporals.stored(value));
        assertEquals("2024-05-01T08:00:03.045Z", temporals.formatTimestamp(Instant.parse("2024-05-01T08:00:03.045Z")));
    }
}
