package dev.ordo.platform.testing;

import java.util.stream.Stream;

/**
 * The databases integration tests run on: SQLite always, PostgreSQL and MySQL/MariaDB when their connection is
 * configured ({@code ORDO_TEST_PG_HOST}, {@code ORDO_TEST_MYSQL_HOST}; CI sets both).
 */
public enum TestVendor {
    SQLITE,
    POSTGRES,
    MYSQL;

    /** The vendors configured in this environment, for {@code @MethodSource}. */
    public static Stream<TestVendor> available() {
        return Stream.of(values()).filter(TestVendor::configured);
    }

    public boolean configured() {
        return switch (this) {
            case SQLITE -> true;
            case POSTGRES -> System.getenv("ORDO_TEST_PG_HOST") != null;
            case MYSQL -> System.getenv("ORDO_TEST_MYSQL_HOST") != null;
        };
    }

    /** A fresh, empty database of this vendor; dropped again when closed. */
    public TestDatabase createDatabase() {
        return switch (this) {
            case SQLITE -> TestDatabase.sqlite();
            case POSTGRES -> TestDatabase.postgres();
            case MYSQL -> TestDatabase.mysql();
        };
    }
}
