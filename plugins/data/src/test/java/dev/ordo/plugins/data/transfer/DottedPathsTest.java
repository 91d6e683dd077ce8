package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DottedPathsTest {

    @Test
    void nestsDottedPaths() {
        Map<String, Object> item = new LinkedHashMap<>();
        DottedPaths.put(item, "id", "1");
        DottedPaths.put(item, "author.name", "Ada");
        DottedPaths.put(item, "author.address.city", "London");

        assertThat(item).isEqualTo(object("id", "1", "author", object("name", "Ada", "address", object("city", "London"))));
    }

    @Test
    void laterPathsWinAsLodashSetDoes() {
        Map<String, Object> item = new LinkedHashMap<>();
        DottedPaths.put(item, "author", "7");
        DottedPaths.put(item, "author.name", "Ada");
        assertThat(item).isEqualTo(object("author", object("name", "Ada")));

        DottedPaths.put(item, "author", "8");
        assertThat(item).isEqualTo(object("author", "8"));
    }

    @Test
    void mergesIntoObjectsFromJsonCells() {
        Map<String, Object> item = new LinkedHashMap<>();
        DottedPaths.put(item, "author", new LinkedHashMap<>(object("id", 7)));
        DottedPaths.put(item, "author.name", "Ada");

        assertThat(item).isEqualTo(object("author", object("id", 7, "name", "Ada")));
    }

    @Test
    void keepsBracketsAndEmptySegmentsAsNames() {
        Map<String, Object> item = new LinkedHashMap<>();
        DottedPaths.put(item, "tags[0]", "a");
        DottedPaths.put(item, "a..b", "c");

        assertThat(item).isEqualTo(object("tags[0]", "a", "a", object("", object("b", "c"))));
    }
}
