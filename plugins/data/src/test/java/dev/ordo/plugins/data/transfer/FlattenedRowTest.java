package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlattenedRowTest {

    @Test
    void flattensNestedObjectsToDottedColumnsAndKeepsArraysWhole() {
        FlattenedRow row = FlattenedRow.of(object("id", 1, "author", object("name", "Ada", "home", object("city", "London")),
            "tags", List.of(object("a", 1)), "empty", Map.of(), "note", null));

        assertThat(row.columns()).containsExactly("id", "author.name", "author.home.city", "tags", "note");
        assertThat(row.cell("author.home.city", false)).isEqualTo("London");
        assertThat(row.cell("tags", false)).isEqualTo(List.of(object("a", 1)));
        assertThat(row.cell("note", true)).isNull();
    }

    @Test
    void findsObjectsByTheirPathOnlyWhenAskedTo() {
        FlattenedRow row = FlattenedRow.of(object("author", object("name", "Ada")));

        assertThat(row.cell("author", false)).isNull();
        assertThat(row.cell("author", true)).isEqualTo(object("name", "Ada"));
        assertThat(row.cell("missing", true)).isNull();
    }
}
