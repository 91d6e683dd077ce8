package dev.ordo.plugins.data.schema.overview;

import static dev.ordo.plugins.data.testing.SchemaFixtures.column;
import static dev.ordo.plugins.data.testing.SchemaFixtures.idColumn;
import static dev.ordo.plugins.data.testing.SchemaFixtures.table;
import static dev.ordo.plugins.data.testing.SchemaFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.TableSchema;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServableTablesTest {

    private static final TableSchema ARTICLES = table("articles", idColumn("articles"));
    private static final TableSchema COMPOSITE = table("pairs",
        List.of(column("pairs", "a", "integer", FieldType.INTEGER), column("pairs", "b", "integer", FieldType.INTEGER)),
        List.of("a", "b"), List.of());
    private static final TableSchema NO_KEY = table("log", List.of(column("log", "line", "text", FieldType.TEXT)),
        List.of(), List.of());
    private static final TableSchema SPACED = table("old data", idColumn("old data"));
    private static final TableSchema VIEW = view("recent", idColumn("recent"));
    private static final TableSchema POSTGIS = table("spatial_ref_sys", idColumn("spatial_ref_sys"));

    @Test
    void onlyTablesWithASingleColumnKeyAndAPlainNameAreServed() {
        DatabaseSchema database = DatabaseSchema.of(List.of(ARTICLES, COMPOSITE, NO_KEY, SPACED, VIEW, POSTGIS));

        assertThat(ServableTables.select(database, Set.of("spatial_ref_sys")).keySet()).containsExactly("articles");
    }

    @Test
    void excludedTablesAreLeftOutByName() {
        DatabaseSchema database = DatabaseSchema.of(List.of(ARTICLES, POSTGIS));

        assertThat(ServableTables.select(database, Set.of()).keySet()).containsExactly("articles", "spatial_ref_sys");
        assertThat(ServableTables.select(database, Set.of("articles")).keySet()).containsExactly("spatial_ref_sys");
    }
}
