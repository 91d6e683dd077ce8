package dev.ordo.platform.fuzz;

import static dev.ordo.platform.fuzz.FuzzSchema.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Values for a field of each type: mostly ones it accepts, some of the wrong type, out of range or malformed. */
final class ValuePool {

    /** A JSON number no column holds, written as a literal so Jackson keeps every digit. */
    static final BigInteger HUGE = new BigInteger("123456789012345678901234567890");

    private static final List<Object> JUNK = Arrays.asList(null, true, false, 0, -1, 1.5, -0.0, 1e308, HUGE,
        new BigDecimal("1e400"), Long.MAX_VALUE, Long.MIN_VALUE, 2147483648L, "", " ", "abc", "12abc", "1e3", "NaN",
        "Infinity", "true", "null", "x".repeat(300), "\u0000", "'; DROP TABLE fz_things; --", "😀 emoji", "%_\\",
        "2024-13-45", "2024-02-30", "0000-00-00", "2024-01-01T25:61:00", "25:99:00", "not-a-uuid",
        "00000000-0000-0000-0000-00000000000g", "$NOW", "$NOW(-1 day)", "$CURRENT_USER", List.of(), List.of(1, 2),
        List.of("a", List.of()), json(), json("a", 1), json("_eq", 1));

    private final Random random;

    ValuePool(Random random) {
        this.random = random;
    }

    Object junk() {
        return JUNK.get(random.nextInt(JUNK.size()));
    }

    /** A value for a field of {@code type}: three times in four one of its own kind (which may still be out of range). */
    Object forType(String type) {
        if (random.nextInt(4) == 0) {
            return junk();
        }
        return switch (type) {
            case "string", "text", "hash" -> pick("plain", "thing 1", "x".repeat(random.nextBoolean() ? 20 : 21),
                "y".repeat(70_000), "ünïcødé", "%", "a_b", "");
            case "integer" -> pick(0, 7, -7, 2147483647, 2147483648L, -2147483649L, "42", 3.7);
            case "bigInteger" -> pick(1, 9_000_000_001L, Long.MAX_VALUE, HUGE, "9000000002", "-5", 1.25);
            case "float" -> pick(0.5, -2.25, 1e38, 1e300, "3.5", 10);
            case "decimal" -> pick("1.50", 2.5, "99999999.99", "999999999999.99", "1.239", "-0.01", 3);
            case "boolean" -> pick(true, false, "true", "false", 1, 0, "yes");
            case "date" -> pick("2024-03-13", "1999-12-31", "2024-02-29", "2023-02-29", "2024-3-1", "9999-12-31",
                "2024-03-13T10:00:00");
            case "dateTime" -> pick("2024-03-13T10:20:30", "2024-03-13 10:20:30", "2024-03-13T10:20:30.123Z",
                "2024-03-13", "2024-03-13T24:00:00", "1969-07-20T20:17:00");
            case "timestamp" -> pick("2024-03-13T10:20:30.000Z", "2024-03-13T10:20:30+02:00", "2024-03-13T10:20:30",
                "1970-01-01T00:00:00Z", "2038-01-19T03:14:08Z", "3000-01-01T00:00:00Z");
            case "time" -> pick("10:20:30", "23:59:59", "10:20", "24:00:00", "10:20:30.5", "-01:00:00");
            case "json" -> pick(json("a", 1), List.of(1, "two", json()), "text", 5, true, "{\"broken\"",
                json("deep", json("er", List.of(json("est", 1)))));
            case "uuid" -> pick("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", "9B1DEB4D-3B7D-4BAD-9BDD-2B0D7B3DCB6D",
                "9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d", "{9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d}");
            case "csv" -> pick(List.of("a", "b"), "a,b,c", List.of(1, 2), List.of(json("a", 1)), List.of());
            default -> junk();
        };
    }

    /** Several values of {@code type}, or now and then something that is no list at all. */
    Object listFor(String type) {
        if (random.nextInt(6) == 0) {
            return junk();
        }
        List<Object> values = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            values.add(forType(type));
        }
        return values;
    }

    private Object pick(Object... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
