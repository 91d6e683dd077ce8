package dev.ordo.plugins.data.wire;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

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
            "max_length", 12L,
            "numeric_precision", 10,
            "numeric_scale", 2,
            "is_nullable", false,
            "is_unique", true,
            "is_indexed", true,
            "is_primary_key", false,
            "is_generated", true,
            "generation_expression", "cost * 2",
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
            "max_length", null,
            "numeric_precision", null,
            "numeric_scale", null,
            "is_nullable", false,
            "is_unique", true,
            "is_indexed", true,
            "is_primary_key", true,
            "is_generated", false,
            "generation_expression", null,
            "has_auto_increment", true,
            "foreign_key_table", null,
            "foreign_key_column", null,
            "comment", null));
    }
}
