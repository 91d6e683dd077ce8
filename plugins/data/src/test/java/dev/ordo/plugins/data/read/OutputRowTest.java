package dev.ordo.plugins.data.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputRowTest {

    private final OutputLayout layout = OutputLayout.of(List.of(
        new Selection.Column("id", null), new Selection.Column("title", null), new Selection.Column("id", null),
        new Selection.Column("author", null)));

    @Test
    void behavesLikeAnOrderedMapWithEveryLayoutKeyPresent() {
        OutputRow row = new OutputRow(layout);
        row.put("author", Map.of("name", "Ada"));
        row.put("id", 7L);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 7L);
        expected.put("title", null);
        expected.put("author", Map.of("name", "Ada"));

        assertEquals(expected, row);
        assertEquals(row, expected);
        assertEquals(expected.hashCode(), row.hashCode());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(row.keySet()));
        assertEquals(expected.toString(), row.toString());
        assertTrue(row.containsKey("title"));
        assertNull(row.get("title"));
        assertFalse(row.containsKey("body"));
        assertEquals(7L, row.get("id"));
    }

    @Test
    void forEachAndEntriesWalkTheLayoutInOrder() {
        OutputRow row = new OutputRow(layout);
        row.put("title", "Hello");
        List<String> walked = new ArrayList<>();
        row.forEach((key, value) -> walked.add(key + "=" + value));
        assertEquals(List.of("id=null", "title=Hello", "author=null"), walked);

        row.entrySet().iterator().next().setValue(3L);
        assertEquals(3L, row.get("id"));
    }

    @Test
    void refusesKeysOutsideTheLayoutAndRemovals() {
        OutputRow row = new OutputRow(layout);
        assertThrows(IllegalArgumentException.class, () -> row.put("body", "x"));
        assertThrows(UnsupportedOperationException.class, () -> row.remove("id"));
    }
}
