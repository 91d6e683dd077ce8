package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableDefinition;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DDL text itself, and the defaults it refuses to write. */
class DdlWriterTest {

    private final DdlWriter writer = new DdlWriter();

    @Test
    void writesOneCreateTableWithEveryKeyAndIndex() {
        String sql = writer.createTable(new TableDefinition("pages", List.of(
            ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement(),
            ColumnDefinition.of("slug", FieldType.STRING).withMaxLength(80).notNull().asUnique(),
            ColumnDefinition.of("published", FieldType.TIMESTAMP),
            ColumnDefinition.of("parent", FieldType.INTEGER).asIndexed()
                .referencing("pages", "id", ReferentialAction.SET_NULL))));
        assertThat(sql).isEqualTo("CREATE TABLE `pages` ("
            + "`id` int NOT NULL AUTO_INCREMENT, "
            + "`slug` varchar(80) NOT NULL, "
            + "`published` timestamp NULL, "
            + "`parent` int NULL, "
            + "PRIMARY KEY (`id`), "
            + "UNIQUE KEY `pages_slug_unique` (`slug`), "
            + "KEY `pages_parent_index` (`parent`), "
            + "CONSTRAINT `pages_parent_foreign` FOREIGN KEY (`parent`) REFERENCES `pages` (`id`)"
            + " ON DELETE SET NULL ON UPDATE NO ACTION"
            + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    }

    @Test
    void writesAddColumnAsOneAlterTable() {
        assertThat(writer.addColumn("a`b", ColumnDefinition.of("c`d", FieldType.BOOLEAN).notNull()
            .withDefault(ColumnDefault.of(true)).asIndexed()))
            .isEqualTo("ALTER TABLE `a``b` ADD COLUMN `c``d` tinyint(1) NOT NULL DEFAULT 1, ADD KEY `a``b_c``d_index` (`c``d`)");
        assertThat(writer.dropTable("a`b")).isEqualTo("DROP TABLE `a``b`");
        assertThat(writer.dropForeignKey("t", "k`")).isEqualTo("ALTER TABLE `t` DROP FOREIGN KEY `k```");
    }

    @Test
    void writesEachTypeAsDecided() {
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.BIG_INTEGER).asAutoIncrement()))
            .isEqualTo("`c` bigint NOT NULL AUTO_INCREMENT");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.DECIMAL))).isEqualTo("`c` decimal(10,5) NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.DECIMAL).withPrecision(12, 2))).isEqualTo("`c` decimal(12,2) NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.FLOAT).withPrecision(12, 2))).isEqualTo("`c` float NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.STRING))).isEqualTo("`c` varchar(255) NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.HASH))).isEqualTo("`c` varchar(255) NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.CSV))).isEqualTo("`c` text NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.UUID).asPrimaryKey())).isEqualTo("`c` char(36) NOT NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.JSON))).isEqualTo("`c` json NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.BINARY))).isEqualTo("`c` blob NULL");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.DATE_TIME).withDefault(ColumnDefault.now())))
            .isEqualTo("`c` datetime NULL DEFAULT CURRENT_TIMESTAMP");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.TIMESTAMP).withDefault(ColumnDefault.now(3))))
            .isEqualTo("`c` timestamp NULL DEFAULT CURRENT_TIMESTAMP(3)");
    }

    @Test
    void writesLiteralsFromTheirCheckedValues() {
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.INTEGER).withDefault(ColumnDefault.of("12"))))
            .isEqualTo("`c` int NULL DEFAULT 12");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.INTEGER).withDefault(ColumnDefault.of(new BigDecimal("3.0")))))
            .isEqualTo("`c` int NULL DEFAULT 3");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.DECIMAL).withDefault(ColumnDefault.of(1e-3))))
            .isEqualTo("`c` decimal(10,5) NULL DEFAULT 0.001");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.BOOLEAN).withDefault(ColumnDefault.of("false"))))
            .isEqualTo("`c` tinyint(1) NULL DEFAULT 0");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.BOOLEAN).withDefault(ColumnDefault.of(1))))
            .isEqualTo("`c` tinyint(1) NULL DEFAULT 1");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.STRING).withDefault(ColumnDefault.of("a'b\\c"))))
            .isEqualTo("`c` varchar(255) NULL DEFAULT 'a''b\\\\c'");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.TEXT).withDefault(ColumnDefault.of("x"))))
            .isEqualTo("`c` text NULL DEFAULT ('x')");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.STRING).withDefault(ColumnDefault.of(5))))
            .isEqualTo("`c` varchar(255) NULL DEFAULT '5'");
        assertThat(typeOf(ColumnDefinition.of("c", FieldType.INTEGER).asAutoIncrement().withDefault(ColumnDefault.of(5))))
            .as("an auto-increment column takes no default").isEqualTo("`c` int NOT NULL AUTO_INCREMENT");
    }

    @Test
    void refusesDefaultsThatDoNotFitTheType() {
        assertRefused(ColumnDefinition.of("c", FieldType.INTEGER).withDefault(ColumnDefault.of("1; DROP TABLE x")));
        assertRefused(ColumnDefinition.of("c", FieldType.INTEGER).withDefault(ColumnDefault.of(1.5)));
        assertRefused(ColumnDefinition.of("c", FieldType.INTEGER).withDefault(ColumnDefault.of(true)));
        assertRefused(ColumnDefinition.of("c", FieldType.DECIMAL).withDefault(ColumnDefault.of(Double.NaN)));
        assertRefused(ColumnDefinition.of("c", FieldType.DECIMAL).withDefault(ColumnDefault.of("1e999999")));
        assertRefused(ColumnDefinition.of("c", FieldType.FLOAT).withDefault(ColumnDefault.of(Double.POSITIVE_INFINITY)));
        assertRefused(ColumnDefinition.of("c", FieldType.BOOLEAN).withDefault(ColumnDefault.of("yes")));
        assertRefused(ColumnDefinition.of("c", FieldType.BOOLEAN).withDefault(ColumnDefault.of(2)));
        assertRefused(ColumnDefinition.of("c", FieldType.DATE).withDefault(ColumnDefault.now()));
        assertRefused(ColumnDefinition.of("c", FieldType.STRING).withDefault(ColumnDefault.now()));
        assertRefused(ColumnDefinition.of("c", FieldType.DATE).withDefault(ColumnDefault.now(3)));
        assertRefused(ColumnDefinition.of("c", FieldType.UUID).withDefault(ColumnDefault.randomUuid()));
        assertRefused(ColumnDefinition.of("c", FieldType.GEOMETRY_POINT).withDefault(ColumnDefault.of("POINT(1 1)")));
        assertRefused(ColumnDefinition.of("c", FieldType.DECIMAL).withPrecision(10, 12));
        assertRefused(ColumnDefinition.of("c", FieldType.STRING).withMaxLength(0));
    }

    @Test
    void shortensLongConstraintNamesDeterministically() {
        String table = "t".repeat(60);
        String name = Identifiers.constraintName(table, "column", "foreign");
        assertThat(name).hasSize(64).startsWith("t".repeat(55) + "_").isEqualTo(Identifiers.constraintName(table, "column", "foreign"));
        assertThat(Identifiers.constraintName(table, "column", "unique")).isNotEqualTo(name);
        assertThat(Identifiers.constraintName("pages", "slug", "unique")).isEqualTo("pages_slug_unique");
    }

    private String typeOf(ColumnDefinition column) {
        String sql = writer.addColumn("t", column);
        String definition = sql.substring("ALTER TABLE `t` ADD COLUMN ".length());
        int keys = definition.indexOf(", ADD ");
        return keys < 0 ? definition : definition.substring(0, keys);
    }

    private void assertRefused(ColumnDefinition column) {
        assertThatThrownBy(() -> writer.addColumn("t", column))
            .isInstanceOf(InvalidPayloadException.class)
            .hasMessageContaining("\"c\"");
    }
}
