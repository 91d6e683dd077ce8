package dev.ordo.plugins.sqlite;

import static dev.ordo.plugins.sqlite.TestDatabase.execute;
import static dev.ordo.plugins.sqlite.TestDatabase.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column and foreign key changes on a real SQLite file: every change that SQLite's ALTER TABLE cannot make rebuilds
 * the table, and the rows, the indexes, triggers and views, and the rows of tables pointing at it must survive.
 */
class SchemaChangeTest {

    private final SqliteBackend backend = new SqliteBackend();
    private Connection connection;

    @BeforeEach
    void open(@TempDir Path folder) throws SQLException {
        connection = TestDatabase.open(backend, folder.resolve("changes.db"));
        backend.createTable(connection, new TableDefinition("authors", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("name", FieldType.STRING).withMaxLength(100),
            ColumnDefinition.of("email", FieldType.STRING).asUnique(),
            ColumnDefinition.of("rank", FieldType.INTEGER).asIndexed())));
        backend.createTable(connection, new TableDefinition("articles", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("title", FieldType.STRING),
            ColumnDefinition.of("author", FieldType.INTEGER)
                .referencing("authors", "id", ReferentialAction.CASCADE))));
        execute(connection, "insert into authors (id, name, email, rank) values"
            + " (1, 'Ada', 'ada@example.com', 1), (2, 'Grace', 'grace@example.com', null), (3, null, null, 3)");
        execute(connection, "insert into articles (id, title, author) values (1, 'One', 1), (2, 'Two', 2), (3, 'Three', 1)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private TableSchema table(String name) throws SQLException {
        return backend.introspect(connection).table(name).orElseThrow();
    }

    private ColumnSchema column(String table, String column) throws SQLException {
        return table(table).column(column).orElseThrow();
    }

    private ConstraintViolation violationOf(ThrowingAction action) {
        SQLException failure = null;
        try {
            action.run();
        } catch (SQLException e) {
            failure = e;
        }
        assertThat((Object) failure).as("the statement should have failed").isNotNull();
        return backend.constraintViolation(failure).orElseThrow(() -> new AssertionError("not recognised", null));
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws SQLException;
    }

    private static ConstraintViolation violation(Kind kind, String table, String column) {
        return new ConstraintViolation(kind, Optional.ofNullable(table), Optional.ofNullable(column));
    }

    @Test
    void changingTheTypeRebuildsTheTableAndKeepsRowsIndexesAndReferencingRows() throws SQLException {
        execute(connection, "update authors set name = 'Anonymous' where id = 3");

        backend.alterColumn(connection, "authors",
            ColumnDefinition.of("name", FieldType.STRING).withMaxLength(20).notNull().withDefault(ColumnDefault.of("?"))
                .asIndexed());

        ColumnSchema name = column("authors", "name");
        assertThat(name.maxLength()).isEqualTo(OptionalLong.of(20));
        assertThat(name.nullable()).isFalse();
        assertThat(name.defaultValue()).contains("?");
        assertThat(name.indexed()).isTrue();
        assertThat(column("authors", "email").unique()).isTrue();
        assertThat(column("authors", "rank").indexed()).isTrue();
        assertThat(column("authors", "id").autoIncrement()).isTrue();
        assertThat(strings(connection, "select name from authors order by id")).containsExactly("Ada", "Grace", "Anonymous");
        // The referencing rows' ON DELETE CASCADE did not fire while the old table was dropped.
        assertThat(strings(connection, "select title from articles order by id")).containsExactly("One", "Two", "Three");
        assertThat(TableRebuilder.foreignKeysEnforced(connection)).isTrue();
        assertThat(strings(connection, "select name from sqlite_master where name like 'ordo_rebuild_%'")).isEmpty();
    }

    @Test
    void aNotNullColumnWhoseRowsHoldNullsIsRefusedAndNothingChanges() throws SQLException {
        String before = strings(connection, "select sql from sqlite_master where name = 'authors'").get(0);

        ConstraintViolation violation = violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("name", FieldType.STRING).withMaxLength(100).notNull()));

        assertThat(violation).isEqualTo(violation(Kind.CONTAINS_NULL_VALUES, "authors", "name"));
        assertThat(strings(connection, "select sql from sqlite_master where name = 'authors'")).containsExactly(before);
        assertThat(strings(connection, "select count(*) from authors")).containsExactly("3");
    }

    @Test
    void uniqueAndIndexFlagsAddAndDropIndexes() throws SQLException {
        backend.alterColumn(connection, "authors", ColumnDefinition.of("email", FieldType.STRING));
        backend.alterColumn(connection, "authors", ColumnDefinition.of("rank", FieldType.INTEGER).asUnique());
        assertThat(column("authors", "email").unique()).isFalse();
        assertThat(column("authors", "email").indexed()).isFalse();
        assertThat(column("authors", "rank").unique()).isTrue();

        backend.alterColumn(connection, "authors", ColumnDefinition.of("rank", FieldType.INTEGER));
        assertThat(column("authors", "rank").indexed()).isFalse();
        assertThat(strings(connection, "select name from sqlite_master where type = 'index' and tbl_name = 'authors'"
            + " and sql is not null")).isEmpty();
    }

    @Test
    void aUniqueIndexOverDuplicatesIsRefused() throws SQLException {
        execute(connection, "update authors set rank = 1");

        assertThat(violationOf(() -> backend.alterColumn(connection, "authors",
            ColumnDefinition.of("rank", FieldType.INTEGER).asUnique())))
            .isEqualTo(violation(Kind.NOT_UNIQUE, "authors", "rank"));
    }

    @Test
    void aUniqueConstraintWrittenInTheTableIsDroppedByARebuild() throws SQLException {
        execute(connection, "create table tags (id integer primary key, label text unique, note text check (length(note) < 50))");
        execute(connection, "insert into tags values (1, 'a', 'x'), (2, 'b', 'y')");

        backend.alterColumn(connection, "tags", ColumnDefinition.of("label", FieldType.TEXT));

        assertThat(column("tags", "label").unique()).isFalse();
        execute(connection, "insert into tags values (3, 'a', 'z')");
        assertThatThrownBy(() -> execute(connection, "insert into tags values (4, 'c', '" + "n".repeat(60) + "')"))
            .as("the check constraint is kept").isInstanceOf(SQLException.class);
    }

    @Test
    void triggersAndViewsComeBackAfterARebuild() throws SQLException {
        execute(connection, "create table audit (entry text)");
        execute(connection, "create trigger authors_insert after insert on authors begin"
            + " insert into audit values ('added ' || new.name); end");
        execute(connection, "create view author_names as select name from authors");
        execute(connection, "create view author_name_count as select count(*) as total from author_names");

        backend.alterColumn(connection, "authors", ColumnDefinition.of("name", FieldType.TEXT));
        execute(connection, "insert into authors (name) values ('Barbara')");

        assertThat(strings(connection, "select entry from audit")).containsExactly("added Barbara");
        assertThat(strings(connection, "select total from author_name_count")).containsExactly("4");
        assertThat(column("authors", "name").fieldType()).isEqualTo(FieldType.TEXT);
    }

    @Test
    void aDroppedColumnTakesItsIndexesAndForeignKeysPointingAtItAlong() throws SQLException {
        execute(connection, "create table mentions (id integer primary key,"
            + " email varchar(255) references authors (email) on delete set null)");
        execute(connection, "insert into mentions values (1, 'ada@example.com')");

        backend.dropColumn(connection, "authors", "email");
        backend.dropColumn(connection, "authors", "rank");

        assertThat(table("authors").columns()).extracting(ColumnSchema::name).containsExactly("id", "name");
        assertThat(table("mentions").foreignKeys()).isEmpty();
        assertThat(strings(connection, "select email from mentions")).containsExactly("ada@example.com");
        assertThat(strings(connection, "select title from articles order by id")).containsExactly("One", "Two", "Three");
        assertThat(strings(connection, "select name from sqlite_master where type = 'index' and tbl_name = 'authors'"
            + " and sql is not null")).isEmpty();
        assertThatThrownBy(() -> backend.dropColumn(connection, "authors", "id"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aViewOfADroppedColumnStopsTheDrop() throws SQLException {
        execute(connection, "create view ranks as select rank from authors");

        assertThatThrownBy(() -> backend.dropColumn(connection, "authors", "rank")).isInstanceOf(SQLException.class);
        assertThat(table("authors").column("rank")).isPresent();
        assertThat(strings(connection, "select count(*) from ranks")).containsExactly("3");
    }

    @Test
    void foreignKeysAreAddedAndDropped() throws SQLException {
        backend.addColumn(connection, "authors", ColumnDefinition.of("mentor", FieldType.INTEGER));
        execute(connection, "update authors set mentor = 1 where id = 2");

        backend.addForeignKey(connection, "authors", "mentor",
            new ForeignKeyDefinition("authors", "id", ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL));

        assertThat(table("authors").foreignKeys()).containsExactly(new ForeignKeySchema("authors", "mentor", "authors",
            "id", Optional.empty(), ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL));
        execute(connection, "delete from authors where id = 1");
        assertThat(strings(connection, "select mentor from authors where id = 2")).containsExactly((String) null);
        assertThat(strings(connection, "select count(*) from articles")).containsExactly("1");

        backend.dropForeignKey(connection, "authors", "mentor");
        backend.dropForeignKey(connection, "authors", "mentor");
        backend.dropForeignKey(connection, "articles", "author");
        assertThat(table("authors").foreignKeys()).isEmpty();
        assertThat(table("articles").foreignKeys()).isEmpty();
        execute(connection, "insert into articles (title, author) values ('Orphan', 99)");
    }

    @Test
    void aForeignKeyOverRowsPointingNowhereIsRefused() throws SQLException {
        execute(connection, "create table notes (id integer primary key, author integer)");
        execute(connection, "insert into notes values (1, 1), (2, 42)");

        ConstraintViolation violation = violationOf(() -> backend.addForeignKey(connection, "notes", "author",
            new ForeignKeyDefinition("authors", "id", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)));

        assertThat(violation).isEqualTo(violation(Kind.FOREIGN_KEY, "notes", "author"));
        assertThat(table("notes").foreignKeys()).isEmpty();
    }

    @Test
    void insideTheCallersTransactionTheCallerSwitchesEnforcementOff() throws SQLException {
        connection.setAutoCommit(false);
        assertThatThrownBy(() -> backend.alterColumn(connection, "authors", ColumnDefinition.of("name", FieldType.TEXT)))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("PRAGMA foreign_keys = OFF");
        connection.rollback();
        // A table nothing points at can be rebuilt with enforcement on.
        backend.alterColumn(connection, "articles", ColumnDefinition.of("title", FieldType.TEXT).notNull()
            .withDefault(ColumnDefault.of("untitled")));
        connection.rollback();
        connection.setAutoCommit(true);

        execute(connection, "pragma foreign_keys = off");
        connection.setAutoCommit(false);
        backend.alterColumn(connection, "authors", ColumnDefinition.of("name", FieldType.TEXT));
        execute(connection, "insert into articles (title, author) values ('Orphan', 99)");
        assertThat(violationOf(() -> backend.alterColumn(connection, "articles",
            ColumnDefinition.of("title", FieldType.TEXT)))).isEqualTo(violation(Kind.FOREIGN_KEY, "articles", "author"));
        connection.rollback();
        connection.setAutoCommit(true);
        execute(connection, "pragma foreign_keys = on");

        assertThat(column("authors", "name").fieldType()).isEqualTo(FieldType.STRING);
        assertThat(strings(connection, "select count(*) from articles")).containsExactly("3");
    }

    @Test
    void theAutoIncrementCounterSurvivesARebuild() throws SQLException {
        execute(connection, "insert into authors (name) values ('Temporary')");
        execute(connection, "delete from authors where name = 'Temporary'");

        backend.alterColumn(connection, "authors", ColumnDefinition.of("name", FieldType.TEXT));
        execute(connection, "insert into authors (name) values ('Next')");

        assertThat(strings(connection, "select id from authors where name = 'Next'")).containsExactly("5");
    }

    @Test
    void aPrimaryKeyTypeChanges() throws SQLException {
        backend.createTable(connection, new TableDefinition("codes", List.of(
            ColumnDefinition.of("code", FieldType.STRING).withMaxLength(10).asPrimaryKey(),
            ColumnDefinition.of("label", FieldType.TEXT))));
        execute(connection, "insert into codes values ('a', 'A')");

        backend.alterColumn(connection, "codes",
            ColumnDefinition.of("code", FieldType.STRING).withMaxLength(36).asPrimaryKey());

        ColumnSchema code = column("codes", "code");
        assertThat(code.maxLength()).isEqualTo(OptionalLong.of(36));
        assertThat(code.primaryKey()).isTrue();
        assertThat(strings(connection, "select label from codes where code = 'a'")).containsExactly("A");
        assertThatThrownBy(() -> backend.alterColumn(connection, "codes", ColumnDefinition.of("label", FieldType.TEXT)
            .asPrimaryKey())).isInstanceOf(IllegalArgumentException.class);
    }
}
