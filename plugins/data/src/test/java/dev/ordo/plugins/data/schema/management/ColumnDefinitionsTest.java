package dev.ordo.plugins.data.schema.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The columns a field's {@code schema} object asks for, new or changed. */
class ColumnDefinitionsTest {

    private static FieldOverview field(String name, FieldType type, long length, boolean nullable, Object defaultValue,
                                       boolean unique) {
        ColumnSchema column = new ColumnSchema(name, "things", "varchar", type, Optional.ofNullable(defaultValue),
            OptionalLong.of(length), OptionalInt.empty(), OptionalInt.empty(), nullable, unique, unique, false, false,
            Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
        return new FieldOverview("things", name, type, Optional.of(column), Optional.empty(), List.of());
    }

    @Test
    void aNewColumnTakesDirectusDefaults() {
        ColumnDefinition column = ColumnDefinitions.forNew("price", FieldType.DECIMAL, Map.of());

        assertThat(column.precision()).isEqualTo(OptionalInt.of(10));
        assertThat(column.scale()).isEqualTo(OptionalInt.of(5));
        assertThat(column.nullable()).isTrue();
        assertThat(ColumnDefinitions.forNew("name", FieldType.STRING, Map.of("max_length", "40")).maxLength())
            .isEqualTo(OptionalLong.of(40));
        assertThat(ColumnDefinitions.forNew("id", FieldType.INTEGER, Map.of("has_auto_increment", true)))
            .isEqualTo(ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement());
        assertThat(ColumnDefinitions.forNew("at", FieldType.TIMESTAMP, Map.of("default_value", "now()")).defaultValue())
            .contains(ColumnDefault.now());
        assertThat(ColumnDefinitions.forNew("data", FieldType.JSON, Map.of("default_value", Map.of("a", 1)))
            .defaultValue()).contains(ColumnDefault.of("{\"a\":1}"));
    }

    @Test
    void impossibleColumnsAreInvalidPayloads() {
        assertThatThrownBy(() -> ColumnDefinitions.forNew("x", FieldType.ALIAS, Map.of()))
            .isInstanceOf(InvalidPayloadException.class).hasMessage("Invalid payload. Illegal type passed: \"alias\".");
        assertThatThrownBy(() -> ColumnDefinitions.forNew("x", FieldType.STRING, Map.of("has_auto_increment", true)))
            .isInstanceOf(InvalidPayloadException.class);
        assertThatThrownBy(() -> ColumnDefinitions.forNew("x", FieldType.STRING, Map.of("max_length", "long")))
            .isInstanceOf(InvalidPayloadException.class);
        assertThatThrownBy(() -> ColumnDefinitions.forNew("x", FieldType.TIMESTAMP, Map.of("default_value",
            "CURRENT_TIMESTAMP(7)"))).isInstanceOf(InvalidPayloadException.class);
    }

    @Test
    void theDatabaseFunctionsDirectusAllowsAreFunctionDefaults() {
        assertThat(ColumnDefinitions.forNew("id", FieldType.UUID, Map.of("default_value", "gen_random_uuid()"))
            .defaultValue()).contains(ColumnDefault.randomUuid());
        assertThat(ColumnDefinitions.forNew("at", FieldType.TIMESTAMP, Map.of("default_value", "CURRENT_TIMESTAMP(3)"))
            .defaultValue()).contains(ColumnDefault.now(3));
        assertThat(ColumnDefinitions.forNew("at", FieldType.TIMESTAMP, Map.of("default_value", "CURRENT_TIMESTAMP"))
            .defaultValue()).contains(ColumnDefault.now());
        // Directus matches its ALLOWED_DB_DEFAULT_FUNCTIONS exactly: another spelling is a string.
        assertThat(ColumnDefinitions.forNew("code", FieldType.STRING, Map.of("default_value", "GEN_RANDOM_UUID()"))
            .defaultValue()).contains(ColumnDefault.of("GEN_RANDOM_UUID()"));
    }

    @Test
    void aChangeKeepsAFunctionDefault() {
        FieldOverview key = field("code", FieldType.UUID, 36, true, "gen_random_uuid()", false);
        FieldOverview at = field("at", FieldType.TIMESTAMP, 0, true, "CURRENT_TIMESTAMP(3)", false);

        assertThat(ColumnDefinitions.changed(key, Optional.empty(), Map.of("is_nullable", false)).defaultValue())
            .contains(ColumnDefault.randomUuid());
        assertThat(ColumnDefinitions.changed(at, Optional.empty(), Map.of("is_nullable", false)).defaultValue())
            .contains(ColumnDefault.now(3));
        assertThat(ColumnDefinitions.changes(at, Optional.empty(), Map.of("default_value", "CURRENT_TIMESTAMP(3)")))
            .isFalse();
        assertThat(ColumnDefinitions.changes(at, Optional.empty(), Map.of("default_value", "CURRENT_TIMESTAMP")))
            .isTrue();
    }

    @Test
    void aChangeKeepsWhatTheRequestLeavesOut() {
        FieldOverview name = field("name", FieldType.STRING, 80, false, "anonymous", true);

        ColumnDefinition changed = ColumnDefinitions.changed(name, Optional.empty(), Map.of("is_nullable", true));

        assertThat(changed.maxLength()).isEqualTo(OptionalLong.of(80));
        assertThat(changed.nullable()).isTrue();
        assertThat(changed.defaultValue()).contains(ColumnDefault.of("anonymous"));
        assertThat(changed.unique()).isTrue();
        assertThat(ColumnDefinitions.changed(name, Optional.of(FieldType.TEXT), Map.of()).maxLength()).isEmpty();
    }

    @Test
    void onlyWhatDiffersFromTheColumnIsAChange() {
        FieldOverview name = field("name", FieldType.STRING, 80, false, "anonymous", false);

        assertThat(ColumnDefinitions.changes(name, Optional.empty(), Map.of("max_length", 80, "is_nullable", false,
            "default_value", "anonymous", "is_unique", false))).isFalse();
        assertThat(ColumnDefinitions.changes(name, Optional.of(FieldType.STRING), Map.of())).isFalse();
        assertThat(ColumnDefinitions.changes(name, Optional.empty(), Map.of("max_length", 81))).isTrue();
        assertThat(ColumnDefinitions.changes(name, Optional.empty(), Map.of("default_value", "x"))).isTrue();
        assertThat(ColumnDefinitions.changes(name, Optional.of(FieldType.TEXT), Map.of())).isTrue();
    }

    @Test
    void aPrimaryKeyKeepsItsDefaultButAnAutoIncrementTakesNone() {
        assertThat(ColumnDefinitions.forNew("id", FieldType.UUID, Map.of("is_primary_key", true,
            "default_value", "gen_random_uuid()")))
            .isEqualTo(ColumnDefinition.of("id", FieldType.UUID).withDefault(ColumnDefault.randomUuid()).asPrimaryKey());
        assertThat(ColumnDefinitions.forNew("id", FieldType.INTEGER, Map.of("has_auto_increment", true,
            "default_value", 1)).defaultValue()).isEmpty();

        ColumnSchema key = new ColumnSchema("id", "things", "uuid", FieldType.UUID,
            Optional.of("gen_random_uuid()"), OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), false,
            true, true, true, false, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
        FieldOverview id = new FieldOverview("things", "id", FieldType.UUID, Optional.of(key), Optional.empty(),
            List.of());
        assertThat(ColumnDefinitions.changed(id, Optional.empty(), Map.of("is_nullable", false)).defaultValue())
            .contains(ColumnDefault.randomUuid());
        assertThat(ColumnDefinitions.changes(id, Optional.empty(), Map.of("default_value", "gen_random_uuid()")))
            .isFalse();
        assertThat(ColumnDefinitions.changes(id, Optional.empty(), java.util.Collections.singletonMap("default_value", null)))
            .isTrue();
    }
}
