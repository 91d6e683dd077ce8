package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FollowKeyTest {

    @Test
    void twoArgumentsFollowAManyToOne() {
        assertThat(FollowKey.parse("$FOLLOW(cities, country_id)"))
            .contains(new FollowKey("cities", "country_id", Optional.empty()));
    }

    @Test
    void threeArgumentsFollowAnAnyToOne() {
        assertThat(FollowKey.parse("$FOLLOW(blocks,item,collection)"))
            .contains(new FollowKey("blocks", "item", Optional.of("collection")));
    }

    @Test
    void otherKeysAreNotFollowKeys() {
        assertThat(FollowKey.parse("author")).isEmpty();
        assertThat(FollowKey.parse("year(date)")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$FOLLOW(cities)", "$FOLLOW(cities, )", "$FOLLOW(a, b, c, d)", "$FOLLOW(a, b"})
    void malformedOnesAreRefused(String key) {
        assertThat(reasonOf(() -> FollowKey.parse(key))).isEqualTo("\"" + key
            + "\" has to be $FOLLOW(collection, field) or $FOLLOW(collection, field, collection_field)");
    }

    @Test
    void theFilterParserChecksThem() {
        assertThat(reasonOf(() -> new FilterParser().parse(QueryTestSupport.json("{'$FOLLOW(a)': {'x': {'_eq': 1}}}"))))
            .startsWith("\"$FOLLOW(a)\" has to be");
    }
}
