package dev.ordo.plugins.data.testing;

/** The Directus v11 metadata tables in SQLite DDL, as the host creates them (booleans as 0/1, JSON as text). */
public final class DirectusMetadataTables {

    public static final String COLLECTIONS = """
        CREATE TABLE directus_collections (
          collection varchar(64) PRIMARY KEY NOT NULL,
          icon varchar(64), note text, display_template varchar(255),
          hidden boolean NOT NULL DEFAULT 0, singleton boolean NOT NULL DEFAULT 0, translations json,
          archive_field varchar(64), archive_app_filter boolean NOT NULL DEFAULT 1, archive_value varchar(255),
          unarchive_value varchar(255), sort_field varchar(64), accountability varchar(255) DEFAULT 'all',
          color varchar(255), item_duplication_fields json, sort integer, "group" varchar(64),
          collapse varchar(255) NOT NULL DEFAULT 'open', preview_url varchar(255),
          versioning boolean NOT NULL DEFAULT 0)""";

    public static final String FIELDS = """
        CREATE TABLE directus_fields (
          id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
          collection varchar(64) NOT NULL, field varchar(64) NOT NULL, special varchar(64),
          interface varchar(64), options json, display varchar(64), display_options json,
          readonly boolean NOT NULL DEFAULT 0, hidden boolean NOT NULL DEFAULT 0, sort integer,
          width varchar(30) DEFAULT 'full', translations json, note text, conditions json,
          required boolean DEFAULT 0, "group" varchar(64), validation json, validation_message text,
          searchable boolean NOT NULL DEFAULT 1)""";

    public static final String RELATIONS = """
        CREATE TABLE directus_relations (
          id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
          many_collection varchar(64) NOT NULL, many_field varchar(64) NOT NULL, one_collection varchar(64),
          one_field varchar(64), one_collection_field varchar(64), one_allowed_collections text,
          junction_field varchar(64), sort_field varchar(64),
          one_deselect_action varchar(255) NOT NULL DEFAULT 'nullify')""";

    private DirectusMetadataTables() {
    }
}
