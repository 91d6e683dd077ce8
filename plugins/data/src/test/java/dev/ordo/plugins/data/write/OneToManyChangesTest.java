package dev.ordo.plugins.data.write;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.InvalidPayloadException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneToManyChangesTest {

    @Test
    void readsTheThreePartsEachOptional() {
        OneToManyChanges changes = OneToManyChanges.parse(object("create", List.of(object("name", "new")),
            "delete", List.of(1, "2")));

        assertThat(changes.create()).containsExactly(Map.of("name", "new"));
        assertThat(changes.update()).isEmpty();
        assertThat(changes.delete()).containsExactly(1, "2");
    }

    @Test
    void refusesEveryOtherShape() {
        assertReason(object("upsert", List.of()), "\"upsert\" is not allowed");
        assertReason(object("create", object("name", "x")), "\"create\" must be an array");
        assertReason(object("update", List.of(3)), "\"update[0]\" must be of type object");
        assertReason(object("delete", List.of(1, object("id", 2))), "\"delete[1]\" must be one of [string, number]");
    }

    private static void assertReason(Map<String, Object> value, String problem) {
        assertThatThrownBy(() -> OneToManyChanges.parse(value))
            .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(e.extensions().get("reason"))
                .isEqualTo("Invalid one-to-many update structure: " + problem));
    }
}
