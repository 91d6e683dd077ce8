package dev.ordo.platform.permissions;

import java.util.List;

/**
 * The filter operators the generator uses, on one stored value, with SQL's treatment of NULL: only {@code _null} and
 * {@code _nnull} match a null; every other operator, negated ones included, never does.
 */
final class ValueRules {

    private ValueRules() {
    }

    static boolean test(String operator, Object stored, Object value) {
        if (operator.equals("_null")) {
            return (Boolean) value == (stored == null);
        }
        if (operator.equals("_nnull")) {
            return (Boolean) value == (stored != null);
        }
        if (stored == null) {
            return false;
        }
        return switch (operator) {
            case "_eq" -> same(stored, value);
            case "_neq" -> !same(stored, value);
            case "_gt" -> compare(stored, value) > 0;
            case "_gte" -> compare(stored, value) >= 0;
            case "_lt" -> compare(stored, value) < 0;
            case "_lte" -> compare(stored, value) <= 0;
            case "_in" -> ((List<?>) value).stream().anyMatch(v -> same(stored, v));
            case "_nin" -> ((List<?>) value).stream().noneMatch(v -> same(stored, v));
            case "_contains" -> ((String) stored).contains((String) value);
            case "_ncontains" -> !((String) stored).contains((String) value);
            case "_starts_with" -> ((String) stored).startsWith((String) value);
            case "_between" -> compare(stored, ((List<?>) value).get(0)) >= 0
                && compare(stored, ((List<?>) value).get(1)) <= 0;
            default -> throw new IllegalArgumentException("the oracle does not know " + operator);
        };
    }

    /** Stored values of one field compared; both non-null. */
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Long.compare(x.longValue(), y.longValue());
        }
        return ((String) a).compareTo((String) b);
    }

    private static boolean same(Object a, Object b) {
        return compare(a, b) == 0;
    }
}
