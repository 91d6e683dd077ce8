package dev.ordo.plugins.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.plugins.sqlite.CreateTableStatement.Clause;
import dev.ordo.plugins.sqlite.CreateTableStatement.Column;
import org.junit.jupiter.api.Test;

/** Taking CREATE TABLE statements apart and writing them back with one part changed. */
class CreateTableStatementTest {

    private static final String SQL = """
        CREATE TABLE "my table" (
          id integer PRIMARY KEY AUTOINCREMENT, -- the key
          [odd "name"] varchar(10) DEFAULT NULL NOT NULL COLLATE nocase,
          `author` int CONSTRAINT fk_author REFERENCES authors (id) ON DELETE SET NULL ON UPDATE SET DEFAULT
            NOT DEFERRABLE,
          price decimal(8, 2) DEFAULT -1.5 CHECK (price > -10),
          total real GENERATED ALWAYS AS (price * 2) STORED,
          'quoted' text DEFAULT ('a,b') UNIQUE,
          CONSTRAINT pair UNIQUE (author, price),
          FOREIGN KEY (price) REFERENCES prices (value),
          CHECK (/* a comment, with a comma */ price <> 0)
        ) WITHOUT ROWID""";

    @Test
    void readsColumnsClausesAndTableConstraints() {
        CreateTableStatement statement = CreateTableStatement.parse(SQL);

        assertThat(statement.columns()).extracting(Column::name)
            .containsExactly("id", "odd \"name\"", "author", "price", "total", "quoted");
        assertThat(statement.column("ID").orElseThrow().isAutoIncrement()).isTrue();
        assertThat(statement.column("odd \"name\"").orElseThrow().clauses()).extracting(Clause::kind)
            .containsExactly("DEFAULT", "NOT", "COLLATE");
        assertThat(statement.column("author").orElseThrow().clauses()).containsExactly(new Clause("REFERENCES",
            "CONSTRAINT fk_author REFERENCES authors (id) ON DELETE SET NULL ON UPDATE SET DEFAULT\n    NOT DEFERRABLE"));
        assertThat(statement.column("price").orElseThrow().type()).isEqualTo("decimal(8, 2)");
        assertThat(statement.column("price").orElseThrow().clauses()).extracting(Clause::text)
            .containsExactly("DEFAULT -1.5", "CHECK (price > -10)");
        assertThat(statement.column("total").orElseThrow().has("GENERATED")).isTrue();
        assertThat(statement.column("quoted").orElseThrow().clauses()).extracting(Clause::kind)
            .containsExactly("DEFAULT", "UNIQUE");
        assertThat(statement.tableConstraints()).extracting(CreateTableStatement.TableConstraint::kind)
            .containsExactly("UNIQUE", "FOREIGN", "CHECK");
        assertThat(statement.tableConstraints().get(0).columns()).containsExactly("author", "price");
        assertThat(statement.hasTablePrimaryKey()).isFalse();
    }

    @Test
    void writesTheStatementBackForAnotherName() {
        String rendered = CreateTableStatement.parse(SQL).render("copy");

        assertThat(rendered).startsWith("CREATE TABLE \"copy\" (\n  id integer PRIMARY KEY AUTOINCREMENT,\n")
            .endsWith(") WITHOUT ROWID");
        assertThat(CreateTableStatement.parse(rendered).columns()).hasSize(6);
    }

    @Test
    void dropsAColumnWithTheConstraintsThatInvolveIt() {
        CreateTableStatement statement = CreateTableStatement.parse(SQL).withoutColumn("PRICE");

        assertThat(statement.columns()).extracting(Column::name)
            .containsExactly("id", "odd \"name\"", "author", "total", "quoted");
        assertThat(statement.tableConstraints()).isEmpty();
        assertThatThrownBy(() -> CreateTableStatement.parse("create table t (a int, b int, primary key (a, b))")
            .withoutColumn("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropsForeignKeysAndUniqueConstraintsOfOneColumn() {
        CreateTableStatement statement = CreateTableStatement.parse(SQL)
            .withoutForeignKeysOf("author")
            .withoutForeignKeysOf("price")
            .withoutUniqueConstraintsOf("quoted");

        assertThat(statement.column("author").orElseThrow().text()).isEqualTo("`author` int");
        assertThat(statement.column("quoted").orElseThrow().text()).isEqualTo("'quoted' text DEFAULT ('a,b')");
        assertThat(statement.tableConstraints()).extracting(CreateTableStatement.TableConstraint::kind)
            .containsExactly("UNIQUE", "CHECK");
    }

    @Test
    void refusesTablesMadeFromASelect() {
        assertThatThrownBy(() -> CreateTableStatement.parse("CREATE TABLE t AS SELECT 1 AS (x)"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
