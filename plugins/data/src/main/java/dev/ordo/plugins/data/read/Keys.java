package dev.ordo.plugins.data.read;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Key values as map keys: an integer key read from one table (an Integer) must equal the same key read from another
 * (a Long), so whole numbers are normalised to Long (or BigInteger), everything else to its text.
 */
final class Keys {

    private Keys() {
    }

    static Object normalize(Object key) {
        if (key == null) {
            return null;
        }
        if (key instanceof Integer || key instanceof Short || key instanceof Byte) {
            return ((Number) key).longValue();
        }
        if (key instanceof Long || key instanceof BigInteger) {
            return key;
        }
        if (key instanceof BigDecimal decimal && decimal.scale() <= 0) {
            BigInteger whole = decimal.toBigInteger();
            return whole.bitLength() < 64 ? (Object) whole.longValue() : whole;
        }
        if (key instanceof Number number) {
            return number.longValue();
        }
        return key.toString();
    }
}
