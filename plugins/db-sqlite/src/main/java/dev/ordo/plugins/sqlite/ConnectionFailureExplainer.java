package dev.ordo.plugins.sqlite;

import dev.ordo.api.db.ConnectionSettings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;
import org.sqlite.SQLiteException;

/**
 * Turns a failure to open the database file into one sentence naming DB_FILENAME. SQLite reports most file
 * problems as the same "unable to open database file", so the file system is asked what is really wrong.
 */
final class ConnectionFailureExplainer {

    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private ConnectionFailureExplainer() {
    }

    static Optional<String> explain(SQLException failure, ConnectionSettings settings) {
        Optional<String> filename = settings.filename().filter(name -> !name.isBlank());
        if (filename.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt code = primaryResultCode(failure);
        Optional<Path> path = localPath(filename.get());
        String shown = path.map(Path::toString).orElse(filename.get());
        if (is(code, SQLITE_NOTADB)) {
            return Optional.of("DB_FILENAME (" + shown + ") is not a SQLite database: point it at a SQLite database"
                + " file, or at a new path where Ordo will create one.");
        }
        if (is(code, SQLITE_CORRUPT)) {
            return Optional.of("DB_FILENAME (" + shown + ") is a damaged SQLite database: restore it from a backup"
                + " or change DB_FILENAME.");
        }
        if (path.isPresent() && (is(code, SQLITE_CANTOPEN) || is(code, SQLITE_READONLY))) {
            return explainFileProblem(path.get());
        }
        return Optional.empty();
    }

    private static Optional<String> explainFileProblem(Path file) {
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.of("DB_FILENAME (" + file + ") is in the folder " + folder + ", which does not exist:"
                + " create the folder or change DB_FILENAME.");
        }
        if (Files.isDirectory(file)) {
            return Optional.of("DB_FILENAME (" + file + ") is a folder, not a database file: set DB_FILENAME to the"
                + " path of a file.");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return Optional.of("DB_FILENAME (" + file + ") is read-only: let Ordo write to the file or change"
                + " DB_FILENAME.");
        }
        if (folder != null && !Files.isWritable(folder)) {
            return Optional.of("DB_FILENAME (" + file + ") is in the folder " + folder + ", which Ordo cannot write"
                + " to (SQLite creates its journal files beside the database): make the folder writable or change"
                + " DB_FILENAME.");
        }
        return Optional.of("DB_FILENAME (" + file + ") cannot be opened for writing: check that Ordo may write to"
            + " the file and to its folder, or change DB_FILENAME.");
    }

    /** The primary SQLite result code of the first SQLite failure in the cause chain (a pool wraps it). */
    private static OptionalInt primaryResultCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                // Extended result codes keep the primary code in the low byte.
                return OptionalInt.of(sqlite.getErrorCode() & 0xff);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    private static boolean is(OptionalInt code, int expected) {
        return code.isPresent() && code.getAsInt() == expected;
    }

    /** The file behind DB_FILENAME; empty for in-memory databases and names that are not paths. */
    static Optional<Path> localPath(String filename) {
        String name = filename;
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
            int query = name.indexOf('?');
            if (query >= 0) {
                name = name.substring(0, query);
            }
            if (name.startsWith("//")) {
                int pathStart = name.indexOf('/', 2);
                name = pathStart >= 0 ? name.substring(pathStart) : "";
            }
        }
        if (name.isEmpty() || name.equals(":memory:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(name).toAbsolutePath().normalize());
        } catch (InvalidPathException invalid) {
            return Optional.empty();
        }
    }
}
