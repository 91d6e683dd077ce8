package dev.ordo.plugins.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.db.ConnectionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Connecting: required settings, the session Ordo relies on, and what an operator is told when it fails. */
class DataSourceTest {

    private static final String PASSWORD = "s3cret-Passw0rd";

    private final SqliteBackend backend = new SqliteBackend();
    private final ReadOnlyPaths readOnly = new ReadOnlyPaths();

    @TempDir
    Path folder;

    @AfterEach
    void makeWritableAgain() throws IOException, InterruptedException {
        readOnly.restore();
    }

    @Test
    void answersToTheSqliteClientNamesAndVendor() throws SQLException {
        assertThat(backend.clients()).containsExactly("sqlite3", "sqlite");
        try (Connection connection = TestDatabase.open(backend, folder.resolve("vendor.db"))) {
            assertThat(backend.vendor(connection)).isEqualTo("sqlite");
        }
    }

    @Test
    void aMissingOrBlankFilenameNamesTheVariable() {
        for (Optional<String> filename : List.of(Optional.<String>empty(), Optional.of("  "))) {
            ConnectionSettings settings = TestDatabase.settings(filename, Optional.of(PASSWORD));
            InvalidSettingException failure = catchThrowableOfType(InvalidSettingException.class,
                () -> backend.dataSource(settings));
            assertThat(failure.setting()).isEqualTo("DB_FILENAME");
            assertThat(failure).hasMessage("DB_FILENAME must be set when DB_CLIENT is sqlite3.");
        }
    }

    @Test
    void createsTheFileAndOpensConnectionsWithOrdosSessionSettings() throws SQLException {
        Path file = folder.resolve("new.db");
        DataSource dataSource = backend.dataSource(TestDatabase.settings(file));
        assertThat(dataSource.isWrapperFor(SQLiteDataSource.class)).isTrue();
        assertThat(file).doesNotExist();

        try (Connection connection = dataSource.getConnection()) {
            assertThat(file).exists();
            assertThat(TestDatabase.strings(connection, "pragma foreign_keys")).containsExactly("1");
            assertThat(TestDatabase.strings(connection, "pragma journal_mode")).containsExactly("wal");
            assertThat(TestDatabase.strings(connection, "pragma busy_timeout")).containsExactly("5000");
            TestDatabase.execute(connection, "create table parent (id integer primary key)");
            TestDatabase.execute(connection, "create table child (parent integer references parent (id))");
            assertThatThrownBy(() -> TestDatabase.execute(connection, "insert into child values (7)"))
                .hasMessageContaining("FOREIGN KEY constraint failed");
        }
    }

    @Test
    void aFolderThatDoesNotExistIsExplained() {
        Path file = folder.resolve("missing").resolve("ordo.db");
        assertThat(explainedFailure(file)).isEqualTo("DB_FILENAME (" + file + ") is in the folder "
            + file.getParent() + ", which does not exist: create the folder or change DB_FILENAME.");
    }

    @Test
    void aFileThatIsNotASqliteDatabaseIsExplained() throws IOException {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "These are meeting notes, not a database. ".repeat(20));
        assertThat(explainedFailure(file)).isEqualTo("DB_FILENAME (" + file + ") is not a SQLite database: point it"
            + " at a SQLite database file, or at a new path where Ordo will create one.");
    }

    @Test
    void aFolderGivenAsTheFileIsExplained() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("data"));
        assertThat(explainedFailure(directory)).isEqualTo("DB_FILENAME (" + directory + ") is a folder, not a"
            + " database file: set DB_FILENAME to the path of a file.");
    }

    @Test
    void aReadOnlyFileIsExplained() throws Exception {
        Path file = folder.resolve("readonly.db");
        try (Connection connection = TestDatabase.open(backend, file)) {
            TestDatabase.execute(connection, "create table t (x)");
        }
        Files.deleteIfExists(folder.resolve("readonly.db-wal"));
        Files.deleteIfExists(folder.resolve("readonly.db-shm"));
        readOnly.make(file);
        assertThat(explainedFailure(file)).isEqualTo("DB_FILENAME (" + file + ") is read-only: let Ordo write to"
            + " the file or change DB_FILENAME.");
    }

    @Test
    void aReadOnlyFolderIsExplained() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        readOnly.make(locked);
        Path file = locked.resolve("ordo.db");
        assertThat(explainedFailure(file)).isEqualTo("DB_FILENAME (" + file + ") is in the folder " + locked
            + ", which Ordo cannot write to (SQLite creates its journal files beside the database): make the folder"
            + " writable or change DB_FILENAME.");
    }

    @Test
    void aFailureWrappedByThePoolIsStillExplained() {
        Path file = folder.resolve("missing").resolve("ordo.db");
        SQLException failure = connectionFailure(file);
        SQLException wrapped = new SQLTransientConnectionException("pool: connection is not available", failure);
        assertThat(backend.explainConnectionFailure(wrapped, settingsWithPassword(file)))
            .hasValueSatisfying(sentence -> assertThat(sentence).startsWith("DB_FILENAME (" + file + ") is in"));
    }

    @Test
    void anUnrecognisedFailureIsNotExplained() {
        assertThat(backend.explainConnectionFailure(new SQLException("disk on fire"),
            settingsWithPassword(folder.resolve("x.db")))).isEmpty();
        assertThat(backend.explainConnectionFailure(new SQLException("no file"),
            TestDatabase.settings(Optional.empty(), Optional.of(PASSWORD)))).isEmpty();
    }

    /** Connects for real, then asks the backend to explain the failure; the sentence never shows the password. */
    private String explainedFailure(Path file) {
        SQLException failure = connectionFailure(file);
        String sentence = backend.explainConnectionFailure(failure, settingsWithPassword(file))
            .orElseThrow(() -> new AssertionError("not explained: " + failure));
        assertThat(sentence).doesNotContain(PASSWORD).contains("DB_FILENAME");
        return sentence;
    }

    private SQLException connectionFailure(Path file) {
        DataSource dataSource = backend.dataSource(settingsWithPassword(file));
        SQLException failure = catchThrowableOfType(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection()) {
                TestDatabase.execute(connection, "create table if not exists probe (x)");
            }
        });
        assertThat((Throwable) failure).as("connecting to " + file + " must fail").isNotNull();
        return failure;
    }

    private static ConnectionSettings settingsWithPassword(Path file) {
        return TestDatabase.settings(Optional.of(file.toString()), Optional.of(PASSWORD));
    }
}
