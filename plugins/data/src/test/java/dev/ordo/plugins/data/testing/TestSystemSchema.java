package dev.ordo.plugins.data.testing;

import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemSchema;
import java.util.List;

/** A fixed {@link SystemSchema}, as the host would register it. */
public record TestSystemSchema(List<SystemCollection> collections, List<RelationMeta> relations) implements SystemSchema {

    public static final TestSystemSchema EMPTY = new TestSystemSchema(List.of(), List.of());

    public TestSystemSchema {
        collections = List.copyOf(collections);
        relations = List.copyOf(relations);
    }
}
