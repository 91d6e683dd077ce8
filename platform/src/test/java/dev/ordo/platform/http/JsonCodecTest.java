package dev.ordo.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    record Point(int x, String label) {
    }

    @Test
    void writesValueTreesExactlyAsJacksonWould() throws Exception {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", 12L);
        item.put("count", 3);
        item.put("price", new BigDecimal("10.50"));
        item.put("huge", new BigInteger("123456789012345678901234567890"));
        item.put("ratio", 0.25);
        item.put("ok", true);
        item.put("none", null);
        item.put("text", "quote \" slash \\ newline \n unicode é ✓");
        item.put("tags", Arrays.asList(1L, null, "x", List.of()));
        item.put("nested", Map.of("a", Map.of()));
        item.put("point", new Point(1, "p"));
        List<Object> tree = new ArrayList<>(List.of(item, List.of(List.of(1, 2)), "end"));

        String ours = new String(new JsonCodec().write(Map.of("data", tree)), StandardCharsets.UTF_8);

        assertEquals(new ObjectMapper().writeValueAsString(Map.of("data", tree)), ours);
    }

    @Test
    void readsDecimalsWithoutLosingPrecision() {
        Object parsed = new JsonCodec().parse("{\"n\":0.1000000000000000055511151231257827}".getBytes(StandardCharsets.UTF_8));
        assertEquals(new BigDecimal("0.1000000000000000055511151231257827"), ((Map<?, ?>) parsed).get("n"));
    }
}
