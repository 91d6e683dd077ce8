package dev.ordo.plugins.data.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTextTest {

    @Test
    void readsGeneratedTextsBackToTheValuesTheyWereWrittenFrom() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime value = LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
            boolean withSeconds = random.nextBoolean();
            int fractionDigits = withSeconds ? random.nextInt(10) : 0;
            String separator = random.nextBoolean() ? "T" : " ";
            ZoneOffset offset = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> ZoneOffset.UTC;
                default -> ZoneOffset.ofTotalSeconds((random.nextInt(15) * 60 + random.nextInt(2) * 30) * 60
                    * (random.nextBoolean() ? 1 : -1));
            };
            StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02d%s%02d:%02d", value.getYear(),
                value.getMonthValue(), value.getDayOfMonth(), separator, value.getHour(), value.getMinute()));
            LocalDateTime expected = value.truncatedTo(ChronoUnit.MINUTES);
            if (withSeconds) {
                text.append(String.format(":%02d", value.getSecond()));
                expected = expected.withSecond(value.getSecond());
                if (fractionDigits > 0) {
                    String nine = String.format("%09d", value.getNano());
                    text.append('.').append(nine, 0, fractionDigits);
                    expected = expected.withNano(Integer.parseInt(nine.substring(0, fractionDigits)
                        + "0".repeat(9 - fractionDigits)));
                }
            }
            if (offset != null) {
                String id = offset.getId();
                text.append(offset == ZoneOffset.UTC ? "Z" : random.nextBoolean() ? id : id.replace(":", ""));
            }
            IsoText.Parsed parsed = IsoText.parse(text.toString());
            assertEquals(expected, parsed.dateTime(), text::toString);
            assertEquals(offset, parsed.offset(), text::toString);
        }
    }

    @Test
    void readsADateAloneAsMidnight() {
        assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0), IsoText.parse("2024-02-29").dateTime());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29T10:00", "2024-13-01", "2024-05-01T24:00", "2024-05-01T10:60",
        "2024-05-01Z", "2024-05-01T10", "2024-05-01T10:00:00.", "2024-05-01T10:00:00.1234567891",
        "2024-05-01t10:00", "2024-5-01", " 2024-05-01", "2024-05-01T10:00+2", "2024-05-01T10:00+02:0",
        "2024-05-01T10:00+19:00", "2024-05-01T10:00:00Zjunk", "20240501", "yesterday"})
    void leavesEveryOtherShapeToTheGeneralParser(String text) {
        assertNull(IsoText.parse(text));
    }

    @Test
    void writesFourDigitYearsByHandAndLeavesOthersToTheFormatter() {
        LocalDateTime value = LocalDateTime.of(987, 3, 4, 5, 6, 7, 890_000_000);
        assertEquals("0987-03-04T05:06:07", IsoText.dateTime(value, 'T'));
        assertEquals("0987-03-04 05:06:07.890", IsoText.dateTimeMillis(value, ' '));
        assertNull(IsoText.dateTime(value.withYear(10_000), 'T'));
    }
}
