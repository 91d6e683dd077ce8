package dev.ordo.plugins.data.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.query.Filter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the grants of several policies merge into one collection's rules (PLATFORM.md §2.5, §2.6). */
class CollectionRulesTest {

    private static final Filter PUBLISHED = new Filter.Condition("status", "_eq", "published");
    private static final Filter OWN = new Filter.Condition("owner", "_eq", "$CURRENT_USER");

    @Test
    void fieldsAreTheUnionOfTheGrantsFields() {
        CollectionRules rules = rules(grant(Set.of("id", "title"), PUBLISHED), grant(Set.of("id", "body"), OWN));

        assertThat(rules.fields()).containsExactlyInAnyOrder("id", "title", "body");
        assertThat(rules.allowsField("body")).isTrue();
        assertThat(rules.allowsField("secret")).isFalse();
        assertThat(rules(grant(Set.of("id"), OWN), grant(Set.of("*"), PUBLISHED)).fields()).containsExactly("*");
    }

    @Test
    void itemsAreThoseOfAnyGrantAndEveryItemWhenOneGrantHasNoFilter() {
        assertThat(rules(grant(Set.of("*"), PUBLISHED), grant(Set.of("*"), OWN)).itemFilter())
            .contains(new Filter.Or(List.of(PUBLISHED, OWN)));
        assertThat(rules(grant(Set.of("*"), PUBLISHED)).itemFilter()).contains(PUBLISHED);
        assertThat(rules(grant(Set.of("*"), PUBLISHED), grant(Set.of("id"), null)).itemFilter()).isEmpty();
    }

    @Test
    void aFieldShowsUnderTheFiltersOfTheGrantsListingIt() {
        CollectionRules rules = rules(grant(Set.of("id", "title"), PUBLISHED), grant(Set.of("id", "body"), OWN));

        assertThat(rules.fieldCondition("title")).contains(PUBLISHED);
        assertThat(rules.fieldCondition("body")).contains(OWN);
        // Listed by every grant: the item filter already says where it shows.
        assertThat(rules.fieldCondition("id")).isEmpty();
    }

    @Test
    void aFieldOfAnUnfilteredGrantShowsEverywhereAndAStarCoversEveryField() {
        CollectionRules rules = rules(grant(Set.of("id", "title"), null), grant(Set.of("*"), OWN),
            grant(Set.of("body"), PUBLISHED));

        assertThat(rules.fieldCondition("title")).isEmpty();
        assertThat(rules.fieldCondition("body")).contains(new Filter.Or(List.of(OWN, PUBLISHED)));
        assertThat(rules.fieldCondition("secret")).contains(OWN);
    }

    @Test
    void validationsAllHoldAndLaterPresetsWin() {
        Filter positive = new Filter.Condition("price", "_gt", 0);
        Filter named = new Filter.Condition("name", "_nnull", true);
        CollectionRules rules = new CollectionRules(List.of(
            new Grant(Set.of("*"), Optional.empty(), Optional.of(positive), Map.of("status", "draft", "rank", 1)),
            new Grant(Set.of("*"), Optional.empty(), Optional.empty(), Map.of()),
            new Grant(Set.of("*"), Optional.empty(), Optional.of(named), Map.of("status", "review"))));

        assertThat(rules.validation()).contains(new Filter.And(List.of(positive, named)));
        assertThat(rules.presets()).containsExactlyInAnyOrderEntriesOf(Map.of("status", "review", "rank", 1));
        assertThat(CollectionRules.EVERYTHING.validation()).isEmpty();
    }

    @Test
    void rulesWithoutAnyGrantAreRefused() {
        assertThatThrownBy(() -> new CollectionRules(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static CollectionRules rules(Grant... grants) {
        return new CollectionRules(List.of(grants));
    }

    private static Grant grant(Set<String> fields, Filter items) {
        return new Grant(fields, Optional.ofNullable(items), Optional.empty(), Map.of());
    }
}
