package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ordo.api.schema.FieldType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorRulesTest {

    private static final List<String> ALL_OPERATORS = List.of("eq", "neq", "lt", "lte", "gt", "gte", "in", "nin",
        "null", "nnull", "empty", "nempty", "contains", "ncontains", "icontains", "nicontains", "starts_with",
        "nstarts_with", "istarts_with", "nistarts_with", "ends_with", "nends_with", "iends_with", "niends_with",
        "between", "nbetween", "intersects", "nintersects", "intersects_bbox", "nintersects_bbox", "json", "ieq",
        "nieq", "regex", "submitted", "foo");

    private static final Set<String> TEXT = words("eq neq contains ncontains icontains starts_with nstarts_with "
        + "istarts_with nistarts_with ends_with nends_with iends_with niends_with empty nempty null nnull in nin");
    private static final Set<String> NUMBER = words("eq neq lt lte gt gte between nbetween null nnull in nin");
    private static final Set<String> DEFAULT =
        words("contains ncontains eq neq lt lte gt gte between nbetween empty nempty null nnull in nin");

    /** The table of the data API reference, written out independently of the implementation. */
    private static final Map<FieldType, Set<String>> ALLOWED = new EnumMap<>(FieldType.class);

    static {
        for (FieldType type : FieldType.values()) {
            ALLOWED.put(type, DEFAULT);
        }
        Stream.of(FieldType.STRING, FieldType.TEXT, FieldType.CSV, FieldType.BINARY).forEach(t -> ALLOWED.put(t, TEXT));
        ALLOWED.put(FieldType.UUID, words("eq neq null nnull in nin"));
        ALLOWED.put(FieldType.BOOLEAN, words("eq neq null nnull"));
        Stream.of(FieldType.INTEGER, FieldType.BIG_INTEGER, FieldType.FLOAT, FieldType.DECIMAL, FieldType.DATE,
            FieldType.DATE_TIME, FieldType.TIME).forEach(t -> ALLOWED.put(t, NUMBER));
        ALLOWED.put(FieldType.JSON, words("null nnull json"));
        ALLOWED.put(FieldType.HASH, words("empty nempty null nnull"));
        ALLOWED.put(FieldType.GEOMETRY, words("eq neq null nnull intersects nintersects intersects_bbox "
            + "nintersects_bbox"));
    }

    private final OperatorRules rules = new OperatorRules();

    private static Set<String> words(String text) {
        return Arrays.stream(text.split(" ")).collect(Collectors.toUnmodifiableSet());
    }

    static Stream<Arguments> everyTypeAndOperator() {
        return Arrays.stream(FieldType.values())
            .flatMap(type -> ALL_OPERATORS.stream().map(operator -> Arguments.of(type, operator)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyTypeAndOperator")
    void eachTypeAllowsExactlyItsOperators(FieldType type, String operator) {
        if (ALLOWED.get(type).contains(operator)) {
            assertThatCode(() -> rules.check(type, List.of(), "_" + operator, "field")).doesNotThrowAnyException();
        } else {
            assertThat(reasonOf(() -> rules.check(type, List.of(), "_" + operator, "field"))).isEqualTo(
                "\"" + type.id() + "\" field type does not contain the \"_" + operator + "\" filter operator");
        }
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void operatorsForListsTheSameTable(FieldType type) {
        assertThat(rules.operatorsFor(type))
            .isEqualTo(ALLOWED.get(type).stream().map(operator -> "_" + operator).collect(Collectors.toSet()));
    }

    @Test
    void theQuirksAreKept() {
        assertThatCode(() -> rules.check(FieldType.TIMESTAMP, List.of(), "_contains", "created"))
            .doesNotThrowAnyException();
        assertThat(reasonOf(() -> rules.check(FieldType.TIMESTAMP, List.of(), "_istarts_with", "created")))
            .isEqualTo("\"timestamp\" field type does not contain the \"_istarts_with\" filter operator");
        assertThat(reasonOf(() -> rules.check(FieldType.GEOMETRY_POINT, List.of(), "_intersects", "place")))
            .isEqualTo("\"geometry.Point\" field type does not contain the \"_intersects\" filter operator");
        assertThat(reasonOf(() -> rules.check(FieldType.STRING, List.of(), "_nicontains", "title")))
            .isEqualTo("\"string\" field type does not contain the \"_nicontains\" filter operator");
    }

    @Test
    void theOperatorMayComeWithoutItsUnderscore() {
        assertThatCode(() -> rules.check(FieldType.STRING, List.of(), "contains", "title")).doesNotThrowAnyException();
        assertThat(reasonOf(() -> rules.check(FieldType.BOOLEAN, List.of(), "gt", "flag")))
            .isEqualTo("\"boolean\" field type does not contain the \"_gt\" filter operator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_empty", "_nempty", "_null", "_nnull"})
    void concealedFieldsOnlyAllowTheHashList(String operator) {
        assertThatCode(() -> rules.check(FieldType.STRING, List.of("conceal"), operator, "token"))
            .doesNotThrowAnyException();
    }

    @Test
    void concealedFieldsRefuseEverythingElse() {
        assertThat(reasonOf(() -> rules.check(FieldType.STRING, List.of("conceal"), "_contains", "token")))
            .isEqualTo("Field with \"conceal\" special does not allow the \"_contains\" filter operator");
        assertThat(reasonOf(() -> rules.check(FieldType.STRING, List.of("cast-json", "conceal"), "_eq", "token")))
            .isEqualTo("Field with \"conceal\" special does not allow the \"_eq\" filter operator");
        // The type is checked first, as Directus does.
        assertThat(reasonOf(() -> rules.check(FieldType.STRING, List.of("conceal"), "_gt", "token")))
            .isEqualTo("\"string\" field type does not contain the \"_gt\" filter operator");
    }

    @Test
    void functionKeysUseTheIntegerList() {
        assertThatCode(() -> rules.check(FieldType.DATE_TIME, List.of(), "_between", "year(date_created)"))
            .doesNotThrowAnyException();
        assertThatCode(() -> rules.check(FieldType.ALIAS, List.of(), "_gt", "count(comments)"))
            .doesNotThrowAnyException();
        assertThatCode(() -> rules.check(FieldType.DATE, List.of(), "_eq", "author.month(birthday)"))
            .doesNotThrowAnyException();
        assertThat(reasonOf(() -> rules.check(FieldType.DATE_TIME, List.of(), "_contains", "year(date_created)")))
            .isEqualTo("\"integer\" field type does not contain the \"_contains\" filter operator");
        assertThatCode(() -> rules.check(FieldType.STRING, List.of("conceal"), "_gt", "count(tokens)"))
            .doesNotThrowAnyException();
    }
}
