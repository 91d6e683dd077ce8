package dev.ordo.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValuesTest {

    @Test
    void referentialActionsReadTheirSqlSpellings() {
        assertThat(ReferentialAction.fromSql("set null")).hasValue(ReferentialAction.SET_NULL);
        assertThat(ReferentialAction.fromSql("SET_DEFAULT")).hasValue(ReferentialAction.SET_DEFAULT);
        assertThat(ReferentialAction.fromSql(" cascade ")).hasValue(ReferentialAction.CASCADE);
        assertThat(ReferentialAction.fromSql("explode")).isEmpty();
        assertThat(ReferentialAction.NO_ACTION.sql()).isEqualTo("NO ACTION");
    }

    @Test
    void aColumnDefinitionIsBuiltStepByStepWithoutChangingTheOriginal() {
        ColumnDefinition plain = ColumnDefinition.of("title", FieldType.STRING);
        ColumnDefinition refined = plain.withMaxLength(80).notNull().asUnique().withDefault(ColumnDefault.of("x"));

        assertThat(plain.nullable()).isTrue();
        assertThat(plain.maxLength()).isEmpty();
        assertThat(refined.nullable()).isFalse();
        assertThat(refined.unique()).isTrue();
        assertThat(refined.maxLength()).hasValue(80);
        assertThat(refined.defaultValue()).contains(new ColumnDefault.Literal("x"));
    }

    @Test
    void onlyIntegerPrimaryKeysAutoIncrement() {
        ColumnDefinition id = ColumnDefinition.of("id", FieldType.BIG_INTEGER).asAutoIncrement();

        assertThat(id.primaryKey()).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThatThrownBy(() -> ColumnDefinition.of("id", FieldType.UUID).asAutoIncrement())
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnDefinition("n", FieldType.INTEGER, java.util.OptionalLong.empty(),
            java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), true, java.util.Optional.empty(), false, true,
            false, false, java.util.Optional.empty()))
            .hasMessageContaining("only the primary key can auto-increment");
    }

    @Test
    void aliasAndUnknownFieldsHaveNoColumn() {
        assertThatThrownBy(() -> ColumnDefinition.of("children", FieldType.ALIAS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnDefinition.of("x", FieldType.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnDefaultsAreConstantsOfSimpleTypes() {
        assertThatThrownBy(() -> ColumnDefault.of(List.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ColumnDefault.of(true)).isEqualTo(new ColumnDefault.Literal(true));
    }

    @Test
    void tablesHaveUniqueColumnsAndAtMostOneKey() {
        ColumnDefinition id = ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement();

        assertThatThrownBy(() -> new TableDefinition("t", List.of(id, ColumnDefinition.of("id", FieldType.TEXT))))
            .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new TableDefinition("t", List.of(id, ColumnDefinition.of("k", FieldType.UUID).asPrimaryKey())))
            .hasMessageContaining("single-column primary key");
        assertThatThrownBy(() -> new TableDefinition("t", List.of())).hasMessageContaining("at least one column");
    }

    @Test
    void onlyASingleColumnKeyCanServeACollection() {
        TableSchema composite = new TableSchema("pairs", false, java.util.Optional.empty(), List.of(),
            List.of("a", "b"), List.of(), java.util.Map.of());
        TableSchema single = new TableSchema("items", false, java.util.Optional.empty(), List.of(),
            List.of("id"), List.of(), java.util.Map.of());

        assertThat(composite.singlePrimaryKey()).isEmpty();
        assertThat(single.singlePrimaryKey()).hasValue("id");
    }
}
