package dev.ordo.plugins.data.read;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Key values as map keys: an integer key read from one table (an Integer) must equal the same key read from another
 * (a Long), or in its wire form (bigInteger keys are text on PostgreSQL and MySQL), so whole numbers and the text of
 * one are normalised to Long (or BigInteger), everything else to its text.
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
        String text = key.toString();
        return isWholeNumber(text) ? normalize(new BigDecimal(text)) : text;
    }

    /** An integer as a database or JSON writes it: no sign but minus, no leading zero, no fraction. */
    private static boolean isWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() > start + 1 && text.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
