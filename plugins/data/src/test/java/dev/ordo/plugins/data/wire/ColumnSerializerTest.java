package dev.ordo.plugins.data.wire;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.testing.SchemaFixtures;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ColumnSerializerTest {

    @Test
    void aColumnWithEveryFactKnown() {
        ColumnSchema price = new ColumnSchema("price", "products", "decimal", FieldType.DECIMAL, Optional.of(9.5),
            OptionalLong.of(12), OptionalInt.of(10), OptionalInt.of(2), false, true, true, false, true,
            Optional.of("cost * 2"), false, Optional.of("prices"), Optional.of("amount"), Optional.of("in EUR"));

        assertThat(ColumnSerializer.toJson(price)).containsExactlyEntriesOf(object(
            "name", "price",
            "table", "products",
            "data_type", "decimal",
            "default_value", 9.5,
            "generation_expression", "cost * 2",
            "max_length", 12L,
            "numeric_precision", 10,
            "numeric_scale", 2,
            "is_generated", true,
            "is_nullable", false,
            "is_unique", true,
            "is_indexed", true,
            "is_primary_key", false,
            "has_auto_increment", false,
            "foreign_key_table", "prices",
            "foreign_key_column", "amount",
            "comment", "in EUR"));
    }

    @Test
    void unknownFactsAreJsonNulls() {
        assertThat(ColumnSerializer.toJson(SchemaFixtures.idColumn("articles"))).containsExactlyEntriesOf(object(
            "name", "id",
            "table", "articles",
            "data_type", "integer",
            "default_value", "AUTO_INCREMENT",
            "generation_expression", null,
            "max_length", null,
            "numeric_precision", null,
            "numeric_scale", null,
            "is_generated", false,
            "is_nullable", false,
            "is_unique", true,
            "is_indexed", true,
            "is_primary_key", true,
            "has_auto_increment", true,
            "foreign_key_table", null,
            "foreign_key_column", null,
            "comment", null));
    }

    @Test
    void aColumnOfADatabaseWithNamedSchemasNamesItsForeignKeysSchema() {
        ColumnSchema author = new ColumnSchema("author", "articles", "integer", FieldType.INTEGER, Optional.empty(),
            OptionalLong.empty(), OptionalInt.of(32), OptionalInt.of(0), true, false, true, false, false,
            Optional.empty(), false, Optional.of("authors"), Optional.of("id"), Optional.empty(), true,
            Optional.of("public"), true);

        assertThat(ColumnSerializer.toJson(author)).containsEntry("foreign_key_schema", "public");
        assertThat(ColumnSerializer.toJson(author).keySet()).containsSubsequence(
            "has_auto_increment", "foreign_key_schema", "foreign_key_table", "foreign_key_column", "comment");
    }

    @Test
    void aColumnWithoutForeignKeyInADatabaseWithNamedSchemasHasANullSchema() {
        ColumnSchema title = new ColumnSchema("title", "articles", "text", FieldType.TEXT, Optional.empty(),
            OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), true, false, false, false, false,
            Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty(),
            true);

        assertThat(ColumnSerializer.toJson(title)).containsEntry("foreign_key_schema", null);
    }

    @Test
    void onlyADatabaseWithNamedSchemasHasAForeignKeySchema() {
        assertThat(new ColumnSchema("author", "articles", "integer", FieldType.INTEGER, Optional.empty(),
            OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), true, false, false, false, false,
            Optional.empty(), false, Optional.of("authors"), Optional.of("id"), Optional.empty()).namedSchemas())
            .isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new ColumnSchema(
            "author", "articles", "integer", FieldType.INTEGER, Optional.empty(), OptionalLong.empty(),
            OptionalInt.empty(), OptionalInt.empty(), true, false, false, false, false, Optional.empty(), false,
            Optional.of("authors"), Optional.of("id"), Optional.empty(), false, Optional.of("public"), true));
    }

    @Test
    void aColumnOfADatabaseWithoutColumnCommentsHasNoCommentKey() {
        ColumnSchema title = new ColumnSchema("title", "articles", "text", FieldType.TEXT, Optional.empty(),
            OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), true, false, false, false, false,
            Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
            false);

        assertThat(ColumnSerializer.toJson(title)).doesNotContainKeys("comment", "foreign_key_schema")
            .containsEntry("foreign_key_column", null);
        assertThatIllegalArgumentException().isThrownBy(() -> new ColumnSchema("title", "articles", "text",
            FieldType.TEXT, Optional.empty(), OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), true,
            false, false, false, false, Optional.empty(), false, Optional.empty(), Optional.empty(),
            Optional.of("a note"), false, Optional.empty(), false));
    }
}
