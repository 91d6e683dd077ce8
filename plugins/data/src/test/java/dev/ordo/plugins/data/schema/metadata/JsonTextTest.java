package dev.ordo.plugins.data.schema.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void parsesObjectsArraysAndScalarsKeepingKeyOrder() {
        Object parsed = JsonText.parse("{\"b\":[1,\"x\",null,true],\"a\":{\"c\":1.5}}");

        assertThat(parsed).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) parsed;
        assertThat(object.keySet()).containsExactly("b", "a");
        assertThat(object.get("b")).isEqualTo(Arrays.asList(1, "x", null, true));
        assertThat(object.get("a")).isEqualTo(Map.of("c", 1.5));
    }

    @Test
    void parsedValuesAreDeeplyUnmodifiable() {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) JsonText.parse("{\"list\":[{\"k\":1}]}");
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) object.get("list");
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) list.get(0);

        assertThatThrownBy(() -> object.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> inner.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidJsonIsKeptAsText() {
        assertThat(JsonText.parse("{not json")).isEqualTo("{not json");
        assertThat(JsonText.parse("")).isEqualTo("");
    }

    @Test
    void nullStaysNull() {
        assertThat(JsonText.parse(null)).isNull();
        assertThat(JsonText.parse("null")).isNull();
    }
}
