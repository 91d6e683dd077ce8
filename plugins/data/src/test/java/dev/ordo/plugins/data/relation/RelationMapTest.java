package dev.ordo.plugins.data.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SchemaOverview;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationMapTest {

    private static Relation accessPolicy(String oneField, String junctionField) {
        RelationMeta meta = new RelationMeta(Optional.empty(), "directus_access", "policy",
            Optional.of("directus_policies"), Optional.of(oneField), Optional.empty(), List.of(),
            Optional.of(junctionField), Optional.empty(), "delete", true);
        return new Relation("directus_access", "policy", Optional.of("directus_policies"), Optional.empty(),
            Optional.of(meta));
    }

    @Test
    void aManyFieldWithTwoRelationsIsOneManyToOneAndGivesEachOneSideItsAlias() {
        RelationMap map = RelationMap.of(new SchemaOverview(Map.of(),
            List.of(accessPolicy("roles", "role"), accessPolicy("users", "user"))));

        assertThat(map.field("directus_access", "policy"))
            .contains(new RelationField.ManyToOne("directus_access", "policy", "directus_policies", Optional.of("roles")));
        assertThat(map.field("directus_policies", "roles")).contains(new RelationField.OneToMany("directus_policies",
            "roles", "directus_access", "policy", Optional.of("role"), Optional.empty(), "delete"));
        assertThat(map.field("directus_policies", "users")).contains(new RelationField.OneToMany("directus_policies",
            "users", "directus_access", "policy", Optional.of("user"), Optional.empty(), "delete"));
    }
}
