package dev.ordo.plugins.data.schema.metadata;

/** How a metadata column is stored, and so how its value is normalised when read. */
public enum ColumnKind {
    /** Character data, read as {@code String}. */
    TEXT,
    /** A whole number, read as {@code Integer}. */
    INTEGER,
    /** {@code boolean} on PostgreSQL, {@code 0/1} on SQLite, {@code tinyint(1)} on MySQL: read as {@code Boolean}. */
    BOOLEAN,
    /** JSON text (or a PostgreSQL {@code json} value), parsed into {@code Map}/{@code List}/scalars. */
    JSON,
    /** Comma-separated values, read as an immutable {@code List<String>}. */
    CSV
}
