package dev.ordo.plugins.data.values;

import java.util.Locale;
import org.jooq.SQLDialect;

/** The SQL flavours the data path speaks, with what differs between them. */
public enum Vendor {
    SQLITE(SQLDialect.SQLITE),
    POSTGRES(SQLDialect.POSTGRES),
    MYSQL(SQLDialect.MYSQL),
    MARIADB(SQLDialect.MARIADB);

    private final SQLDialect dialect;

    Vendor(SQLDialect dialect) {
        this.dialect = dialect;
    }

    /** {@code Database.vendor()}'s name: sqlite, postgres, mysql or mariadb. */
    public static Vendor of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sqlite" -> SQLITE;
            case "postgres" -> POSTGRES;
            case "mysql" -> MYSQL;
            case "mariadb" -> MARIADB;
            default -> throw new IllegalArgumentException("the data module does not speak " + name);
        };
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public boolean isMysqlFamily() {
        return this == MYSQL || this == MARIADB;
    }
}
