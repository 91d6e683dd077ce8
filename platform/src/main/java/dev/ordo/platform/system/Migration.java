package dev.ordo.platform.system;

import java.sql.SQLException;

/**
 * One versioned change to the system tables, recorded in {@code directus_migrations} once applied. Steps are
 * idempotent (they check what exists first), because MySQL commits DDL implicitly and a run interrupted halfway
 * must be able to run again.
 */
interface Migration {

    /** Sorts migrations; Ordo's are {@code ordo-0001}, {@code ordo-0002}, ... beside Directus's own versions. */
    String version();

    String name();

    void apply(MigrationContext context) throws SQLException;
}
