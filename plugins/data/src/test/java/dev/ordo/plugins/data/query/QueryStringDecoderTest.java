package dev.ordo.plugins.data.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryStringDecoderTest {

    private final QueryStringDecoder decoder = new QueryStringDecoder(10, 500);

    private static Map<String, Object> object(Object... keysAndValues) {
        return QueryTestSupport.object(keysAndValues);
    }

    static Stream<Arguments> decodings() {
        return Stream.of(
            Arguments.of("a=b", object("a", "b")),
            Arguments.of("a=b&c=d", object("a", "b", "c", "d")),
            Arguments.of("a", object("a", "")),
            Arguments.of("a=", object("a", "")),
            Arguments.of("a=b=c", object("a", "b=c")),
            Arguments.of("?a=b", object("a", "b")),
            Arguments.of("a[b][c]=d", object("a", object("b", object("c", "d")))),
            Arguments.of("a[b]=1&a[c]=2", object("a", object("b", "1", "c", "2"))),
            Arguments.of("a[]=x&a[]=y", object("a", List.of("x", "y"))),
            Arguments.of("a[0]=x&a[1]=y", object("a", List.of("x", "y"))),
            Arguments.of("a[1]=y&a[0]=x", object("a", List.of("x", "y"))),
            Arguments.of("a[3]=x", object("a", List.of("x"))),
            Arguments.of("a=x&a=y&a=z", object("a", List.of("x", "y", "z"))),
            Arguments.of("a[0][b]=1&a[0][c]=2&a[1][b]=3",
                object("a", List.of(object("b", "1", "c", "2"), object("b", "3")))),
            Arguments.of("a+b=c+d", object("a b", "c d")),
            Arguments.of("a%20b=c%2Bd%26e", object("a b", "c+d&e")),
            Arguments.of("filter%5Btitle%5D%5B_eq%5D=Hello%20World", object("filter", object("title",
                object("_eq", "Hello World")))),
            Arguments.of("name=J%C3%BCrgen", object("name", "J\u00fcrgen")),
            Arguments.of("bad=100%&worse=%E0%A4%A", object("bad", "100%", "worse", "%E0%A4%A")),
            Arguments.of("notutf8=%FF", object("notutf8", "%FF")),
            Arguments.of("a[b]=x&a=y", object("a", object("b", "x", "y", true))),
            Arguments.of("a=y&a[b]=x", object("a", List.of("y", object("b", "x")))),
            Arguments.of("a[]=x&a[b]=y", object("a", object("0", "x", "b", "y"))),
            Arguments.of("=x&&b=c", object("b", "c")),
            Arguments.of("a[b]c=d", object("a", object("b", "d"))),
            Arguments.of("a[b=c", object("a[b", "c")),
            Arguments.of("fields[]=name&fields=[]=name&[]=name",
                object("fields", List.of("name"), "fields=", List.of("name"), "0", "name")),
            Arguments.of("filter={\"a\":{\"_eq\":\"x\"}}", object("filter", "{\"a\":{\"_eq\":\"x\"}}")),
            Arguments.of("filter[a][_in][]=1&filter[a][_in][]=2",
                object("filter", object("a", object("_in", List.of("1", "2"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodings")
    void decodesLikeQs(String query, Map<String, Object> expected) {
        assertThat(decoder.decode(query)).isEqualTo(expected);
    }

    @Test
    void nothingDecodesToAnEmptyMap() {
        assertThat(decoder.decode(null)).isEmpty();
        assertThat(decoder.decode("")).isEmpty();
    }

    @Test
    void bracketGroupsPastTheDepthLimitStayOneKey() {
        QueryStringDecoder shallow = new QueryStringDecoder(1, 500);
        assertThat(shallow.decode("a[b][c][d]=e")).isEqualTo(object("a", object("b", object("[c][d]", "e"))));

        String eleven = "a" + IntStream.rangeClosed(1, 11).mapToObj(i -> "[" + i + "x]").collect(Collectors.joining());
        Object nested = decoder.decode(eleven + "=v");
        for (int i = 1; i <= 10; i++) {
            nested = ((Map<?, ?>) nested).get(i == 1 ? "a" : (i - 1) + "x");
        }
        assertThat(nested).isEqualTo(object("10x", object("[11x]", "v")));

        QueryStringDecoder flat = new QueryStringDecoder(0, 500);
        assertThat(flat.decode("a[b]=c")).isEqualTo(object("a[b]", "c"));
    }

    @Test
    void anIndexAboveTheArrayLimitTurnsTheListIntoAnIndexKeyedMap() {
        QueryStringDecoder limited = new QueryStringDecoder(10, 100);
        assertThat(limited.decode("fields[100]=id")).isEqualTo(object("fields", List.of("id")));
        assertThat(limited.decode("fields[101]=id&fields[102]=field_a"))
            .isEqualTo(object("fields", object("101", "id", "102", "field_a")));
        assertThat(limited.decode("fields[0]=id&fields[101]=field_a"))
            .isEqualTo(object("fields", object("0", "id", "101", "field_a")));
    }

    @Test
    void listsGrownPastTheArrayLimitBecomeIndexKeyedMaps() {
        QueryStringDecoder limited = new QueryStringDecoder(10, 100);
        String hundred = String.join("&", Collections.nCopies(100, "fields[]=field_a"));
        assertThat(limited.decode(hundred).get("fields")).isInstanceOf(List.class);

        String oneHundredTwo = String.join("&", Collections.nCopies(102, "fields[]=field_a"));
        Object fields = limited.decode(oneHundredTwo).get("fields");
        assertThat(fields).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> overflow = (Map<String, Object>) fields;
        assertThat(overflow).hasSize(102).containsEntry("0", "field_a").containsEntry("101", "field_a");

        String repeated = String.join("&", Collections.nCopies(102, "sort=id"));
        assertThat(limited.decode(repeated).get("sort")).isInstanceOf(Map.class);
    }

    @Test
    void aCommaSeparatedValueIsNeverSubjectToTheArrayLimit() {
        QueryStringDecoder limited = new QueryStringDecoder(10, 100);
        String fields = "id," + String.join(",", Collections.nCopies(102, "field_a"));
        assertThat(limited.decode("fields=" + fields)).isEqualTo(object("fields", fields));
    }

    @Test
    void onlyTheFirstThousandParametersAreRead() {
        String query = IntStream.range(0, 1005).mapToObj(i -> "p" + i + "=v").collect(Collectors.joining("&"));
        Map<String, Object> decoded = decoder.decode(query);
        assertThat(decoded).hasSize(QueryStringDecoder.PARAMETER_LIMIT).containsKey("p999").doesNotContainKey("p1000");
    }

    @Test
    void theResultIsUnmodifiable() {
        Map<String, Object> decoded = decoder.decode("a[]=1&b[c]=2");
        assertThatThrownBy(() -> decoded.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) decoded.get("a")).clear())
            .isInstanceOf(UnsupportedOperationException.class);
    }
}
