package dev.ordo.plugins.sqlite;

/** Writes names as SQLite identifiers: always double-quoted, a quote inside doubled. */
final class SqlIdentifier {

    private SqlIdentifier() {
    }

    static String quote(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a table, column or index name must not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a table, column or index name must not contain a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
