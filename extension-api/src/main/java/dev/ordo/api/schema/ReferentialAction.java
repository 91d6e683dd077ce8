package dev.ordo.api.schema;

import java.util.Locale;
import java.util.Optional;

/** What a foreign key does when the row it points to is updated or deleted. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL spelling, which is also the wire value ({@code SET NULL}). */
    public String sql() {
        return sql;
    }

    /** Reads the SQL spelling in any case, with a space or an underscore. */
    public static Optional<ReferentialAction> fromSql(String text) {
        String normalised = text.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        for (ReferentialAction action : values()) {
            if (action.sql.equals(normalised)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
