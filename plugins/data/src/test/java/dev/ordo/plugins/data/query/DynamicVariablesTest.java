package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.and;
import static dev.ordo.plugins.data.query.QueryTestSupport.condition;
import static dev.ordo.plugins.data.query.QueryTestSupport.or;
import static dev.ordo.plugins.data.query.QueryTestSupport.related;
import static dev.ordo.plugins.data.query.QueryTestSupport.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Filter.Quantifier;
import dev.ordo.api.query.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DynamicVariablesTest {

    private static final Accountability USER = Accountability.user("user-1", Optional.of("role-2"),
        List.of("role-1", "role-2"), List.of("policy-1", "policy-2"), false, true, ClientInfo.UNKNOWN);
    private static final Accountability PUBLIC = Accountability.anonymous(ClientInfo.UNKNOWN);

    private static DynamicVariables at(String instant) {
        return new DynamicVariables(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private final DynamicVariables variables = at("2024-05-01T10:00:00Z");

    private Object resolve(String value) {
        return variables.resolveValue(value, USER, VariableSource.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$NOW|2024-05-01T10:00:00.000Z",
        "$NOW(5ms)|2024-05-01T10:00:00.005Z",
        "$NOW(5 ms)|2024-05-01T10:00:00.005Z",
        "$NOW(5 msec)|2024-05-01T10:00:00.005Z",
        "$NOW(5 msecs)|2024-05-01T10:00:00.005Z",
        "$NOW(5 millisecond)|2024-05-01T10:00:00.005Z",
        "$NOW(5 milliseconds)|2024-05-01T10:00:00.005Z",
        "$NOW(2s)|2024-05-01T10:00:02.000Z",
        "$NOW(2 sec)|2024-05-01T10:00:02.000Z",
        "$NOW(2 secs)|2024-05-01T10:00:02.000Z",
        "$NOW(2 second)|2024-05-01T10:00:02.000Z",
        "$NOW(2 seconds)|2024-05-01T10:00:02.000Z",
        "$NOW(3m)|2024-05-01T10:03:00.000Z",
        "$NOW(3 min)|2024-05-01T10:03:00.000Z",
        "$NOW(3 mins)|2024-05-01T10:03:00.000Z",
        "$NOW(3 minute)|2024-05-01T10:03:00.000Z",
        "$NOW(3 minutes)|2024-05-01T10:03:00.000Z",
        "$NOW(2h)|2024-05-01T12:00:00.000Z",
        "$NOW(2 hr)|2024-05-01T12:00:00.000Z",
        "$NOW(2 hrs)|2024-05-01T12:00:00.000Z",
        "$NOW(2 hour)|2024-05-01T12:00:00.000Z",
        "$NOW(+2 hours)|2024-05-01T12:00:00.000Z",
        "$NOW(1d)|2024-05-02T10:00:00.000Z",
        "$NOW(1 day)|2024-05-02T10:00:00.000Z",
        "$NOW(2 days)|2024-05-03T10:00:00.000Z",
        "$NOW(1w)|2024-05-08T10:00:00.000Z",
        "$NOW(1 week)|2024-05-08T10:00:00.000Z",
        "$NOW(2 weeks)|2024-05-15T10:00:00.000Z",
        "$NOW(1mo)|2024-06-01T10:00:00.000Z",
        "$NOW(1 mth)|2024-06-01T10:00:00.000Z",
        "$NOW(1 month)|2024-06-01T10:00:00.000Z",
        "$NOW(2 months)|2024-07-01T10:00:00.000Z",
        "$NOW(1y)|2025-05-01T10:00:00.000Z",
        "$NOW(1 yr)|2025-05-01T10:00:00.000Z",
        "$NOW(1 yrs)|2025-05-01T10:00:00.000Z",
        "$NOW(1 year)|2025-05-01T10:00:00.000Z",
        "$NOW(-1 year)|2023-05-01T10:00:00.000Z",
        "$NOW(-2 years)|2022-05-01T10:00:00.000Z",
        "$NOW(-30 minutes)|2024-05-01T09:30:00.000Z",
        "$NOW(1 DAY)|2024-05-02T10:00:00.000Z",
        "$NOW(1.5h)|2024-05-01T11:30:00.000Z",
        "$NOW(+.5 h)|2024-05-01T10:30:00.000Z",
        "$NOW(0.5s)|2024-05-01T10:00:00.500Z",
        "$NOW(-1.5 hours)|2024-05-01T08:30:00.000Z",
        "$NOW(1.5 days)|2024-05-02T10:00:00.000Z",
        "$NOW(-1.5 days)|2024-04-30T10:00:00.000Z",
        "$NOW(1.5 weeks)|2024-05-11T10:00:00.000Z",
        "$NOW(1.5 years)|2025-11-01T10:00:00.000Z",
        "$NOW(7)|2024-05-08T10:00:00.000Z",
        "$NOW(-7)|2024-04-24T10:00:00.000Z",
        "$NOW()|2024-05-01T10:00:00.000Z",
        "$NOW(soon)|2024-05-01T10:00:00.000Z",
        "$NOW(1 fortnight)|2024-05-01T10:00:00.000Z",
        "$NOW(1.2.3 d)|2024-05-01T10:00:00.000Z",
        "$NOW(99999999999999 years)|2024-05-01T10:00:00.000Z"})
    void nowIsAnIsoTimestampMovedByTheAdjustment(String variable, String expected) {
        assertThat(resolve(variable)).isEqualTo(expected);
    }

    @Test
    void monthStepsStopAtTheEndOfShorterMonths() {
        assertThat(at("2024-01-31T10:00:00Z").resolveValue("$NOW(1 month)", USER, VariableSource.NONE))
            .isEqualTo("2024-02-29T10:00:00.000Z");
        assertThat(at("2024-03-31T10:00:00Z").resolveValue("$NOW(-1 month)", USER, VariableSource.NONE))
            .isEqualTo("2024-02-29T10:00:00.000Z");
        assertThat(at("2024-02-29T10:00:00Z").resolveValue("$NOW(1 year)", USER, VariableSource.NONE))
            .isEqualTo("2025-02-28T10:00:00.000Z");
    }

    @Test
    void nowKeepsMillisecondsOfTheClock() {
        assertThat(at("2024-05-01T10:00:00.123456Z").resolveValue("$NOW", USER, VariableSource.NONE))
            .isEqualTo("2024-05-01T10:00:00.123Z");
    }

    @Test
    void theCallersIdsComeFromTheAccountability() {
        assertThat(resolve("$CURRENT_USER")).isEqualTo("user-1");
        assertThat(resolve("$CURRENT_ROLE")).isEqualTo("role-2");
        assertThat(resolve("$CURRENT_ROLES")).isEqualTo(List.of("role-1", "role-2"));
        assertThat(resolve("$CURRENT_POLICIES")).isEqualTo(List.of("policy-1", "policy-2"));
    }

    @Test
    void aPublicCallerHasNoUserOrRole() {
        assertThat(variables.resolveValue("$CURRENT_USER", PUBLIC, VariableSource.NONE)).isNull();
        assertThat(variables.resolveValue("$CURRENT_ROLE", PUBLIC, VariableSource.NONE)).isNull();
        assertThat(variables.resolveValue("$CURRENT_ROLES", PUBLIC, VariableSource.NONE)).isEqualTo(List.of());
    }

    @Test
    void pathsAreLookedUpInTheVariableSource() {
        List<String> lookups = new ArrayList<>();
        VariableSource source = (variable, path) -> {
            lookups.add(variable + " " + path);
            return variable.equals("$CURRENT_ROLES") ? List.of("Editor", "Admin") : variable + ":" + path;
        };
        assertThat(variables.resolveValue("$CURRENT_USER.avatar.filesize", USER, source))
            .isEqualTo("$CURRENT_USER:avatar.filesize");
        assertThat(variables.resolveValue("$CURRENT_ROLE.name", USER, source)).isEqualTo("$CURRENT_ROLE:name");
        assertThat(variables.resolveValue("$CURRENT_ROLES.name", USER, source)).isEqualTo(List.of("Editor", "Admin"));
        assertThat(variables.resolveValue("$CURRENT_POLICIES.name", USER, source))
            .isEqualTo("$CURRENT_POLICIES:name");
        assertThat(lookups).containsExactly("$CURRENT_USER avatar.filesize", "$CURRENT_ROLE name",
            "$CURRENT_ROLES name", "$CURRENT_POLICIES name");
    }

    @Test
    void otherValuesAreLeftAlone() {
        assertThat(resolve("hello")).isEqualTo("hello");
        assertThat(resolve("$CURRENT_USERNAME")).isNull();
        assertThat(variables.resolveValue(5, USER, VariableSource.NONE)).isEqualTo(5);
        assertThat(variables.resolveValue(null, USER, VariableSource.NONE)).isNull();
    }

    @Test
    void listOperatorsResolveEachItemAndSpliceListResults() {
        Filter filter = condition("owner", "_in", values("$CURRENT_USER", "$CURRENT_ROLES", "x", null));
        assertThat(variables.resolve(filter, USER, VariableSource.NONE))
            .isEqualTo(condition("owner", "_in", values("user-1", "role-1", "role-2", "x", null)));
        Filter between = condition("date", "_between", List.of("$NOW(-1 day)", "$NOW"));
        assertThat(variables.resolve(between, USER, VariableSource.NONE)).isEqualTo(
            condition("date", "_between", List.of("2024-04-30T10:00:00.000Z", "2024-05-01T10:00:00.000Z")));
    }

    @Test
    void everyConditionOfTheTreeIsResolved() {
        Filter filter = and(condition("owner", "_eq", "$CURRENT_USER"),
            or(related("author", condition("role", "_eq", "$CURRENT_ROLE")),
                related("tags", Quantifier.SOME, condition("date", "_lt", "$NOW"))));
        assertThat(variables.resolve(filter, USER, VariableSource.NONE)).isEqualTo(and(
            condition("owner", "_eq", "user-1"),
            or(related("author", condition("role", "_eq", "role-2")),
                related("tags", Quantifier.SOME, condition("date", "_lt", "2024-05-01T10:00:00.000Z")))));
    }

    @Test
    void variablesInsideJsonPathsAreResolved() {
        Filter filter = condition("meta", "_json", and(condition("owner", "_eq", "$CURRENT_USER"),
            condition("seen", "_in", List.of("$NOW", "x"))));
        assertThat(variables.resolve(filter, USER, VariableSource.NONE)).isEqualTo(condition("meta", "_json",
            and(condition("owner", "_eq", "user-1"), condition("seen", "_in", List.of("2024-05-01T10:00:00.000Z", "x")))));
    }

    @Test
    void queriesAreResolvedWithTheirDeepLevels() {
        Query query = Query.EMPTY.withFilter(Optional.of(condition("owner", "_eq", "$CURRENT_USER")))
            .withDeep(Map.of("comments", Query.EMPTY.withFilter(Optional.of(condition("at", "_lte", "$NOW")))));
        Query resolved = variables.resolve(query, USER, VariableSource.NONE);
        assertThat(resolved.filter()).contains(condition("owner", "_eq", "user-1"));
        assertThat(resolved.deep().get("comments").filter())
            .contains(condition("at", "_lte", "2024-05-01T10:00:00.000Z"));
        assertThat(variables.resolve(Query.EMPTY, USER, VariableSource.NONE)).isEqualTo(Query.EMPTY);
    }

    @Test
    void parsedFiltersResolveEndToEnd() {
        Filter parsed = new QueryParser(QuerySettings.DEFAULTS)
            .fromQueryString("filter[user_created][_eq]=$CURRENT_USER&filter[date][_gte]=$NOW(-1+week)")
            .filter().orElseThrow();
        assertThat(variables.resolve(parsed, USER, VariableSource.NONE)).isEqualTo(and(
            condition("user_created", "_eq", "user-1"), condition("date", "_gte", "2024-04-24T10:00:00.000Z")));
    }
}
