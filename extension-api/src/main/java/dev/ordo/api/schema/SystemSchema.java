package dev.ordo.api.schema;

import java.util.List;
import java.util.Optional;

/**
 * The built-in system collections and their relations, as the host installs them. Provided by the host;
 * the schema service uses it to describe system collections the way Directus does.
 */
public interface SystemSchema {

    List<SystemCollection> collections();

    List<RelationMeta> relations();

    default Optional<SystemCollection> collection(String name) {
        return collections().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** True for a name in the reserved {@code directus_} namespace. */
    static boolean isSystemName(String collection) {
        return collection.startsWith("directus_");
    }
}
