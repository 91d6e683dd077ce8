package dev.ordo.api.schema;

/**
 * The current {@link SchemaOverview}, built from the database and its metadata and cached. Provided by the
 * data module. Whoever changes the schema or its metadata calls {@link #invalidate()}.
 */
public interface SchemaService {

    /** The cached overview, rebuilt first if it was invalidated. */
    SchemaOverview overview();

    /** Drops the cached overview; the next {@link #overview()} reads the database again. */
    void invalidate();
}
