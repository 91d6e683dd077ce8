package dev.ordo.plugins.postgres;

/** Quotes names for PostgreSQL DDL, so any name (reserved words, capitals, quotes) is taken literally. */
final class SqlIdentifier {

    private SqlIdentifier() {
    }

    /** {@code my "table"} becomes {@code "my ""table"""}. */
    static String quote(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier cannot contain a zero character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
