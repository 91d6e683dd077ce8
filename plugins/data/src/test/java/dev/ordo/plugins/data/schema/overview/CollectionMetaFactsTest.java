package dev.ordo.plugins.data.schema.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionMetaFactsTest {

    @Test
    void withoutMetaACollectionIsTrackedFullyAndNotASingleton() {
        assertThat(CollectionMetaFacts.from(Optional.empty()))
            .isEqualTo(new CollectionMetaFacts(false, Optional.empty(), Optional.of("all")));
    }

    @Test
    void metaDecidesSingletonSortFieldAndAccountability() {
        Map<String, Object> meta = Map.of("singleton", true, "sort_field", "position", "accountability", "activity");

        assertThat(CollectionMetaFacts.from(Optional.of(meta)))
            .isEqualTo(new CollectionMetaFacts(true, Optional.of("position"), Optional.of("activity")));
    }

    @Test
    void aNullAccountabilityMeansNothingIsTracked() {
        Map<String, Object> meta = new HashMap<>();
        meta.put("accountability", null);
        meta.put("singleton", false);
        meta.put("sort_field", null);

        assertThat(CollectionMetaFacts.from(Optional.of(meta)))
            .isEqualTo(new CollectionMetaFacts(false, Optional.empty(), Optional.empty()));
    }

    @Test
    void metaWithoutAnAccountabilityKeyTracksFully() {
        assertThat(CollectionMetaFacts.from(Optional.of(Map.of("icon", "x"))).accountability()).contains("all");
    }
}
