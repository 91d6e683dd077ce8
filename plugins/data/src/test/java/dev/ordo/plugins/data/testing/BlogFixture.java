package dev.ordo.plugins.data.testing;

import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemField;
import dev.ordo.api.schema.TableSchema;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A small blog in a real SQLite file: user tables, two system tables, the metadata tables with rows as
 * SQLite stores them (JSON text, 0/1 booleans, CSV specials), plus the catalog the SQLite backend would report
 * for it (built by hand: that backend is written elsewhere) and the host's system schema.
 */
public final class BlogFixture {

    public static final ColumnSchema ARTICLES_ID = new ColumnSchema("id", "articles", "integer", FieldType.INTEGER,
        Optional.of("AUTO_INCREMENT"), OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), false, true, true,
        true, false, Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty());
    public static final ColumnSchema ARTICLES_TITLE = new ColumnSchema("title", "articles", "varchar", FieldType.STRING,
        Optional.empty(), OptionalLong.of(255), OptionalInt.empty(), OptionalInt.empty(), false, false, false, false,
        false, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
    public static final ColumnSchema ARTICLES_DATA = SchemaFixtures.column("articles", "data", "text", FieldType.TEXT);
    public static final ColumnSchema ARTICLES_AUTHOR = SchemaFixtures.foreignKeyColumn("articles", "author", "authors");
    public static final ColumnSchema ARTICLES_PUBLISHED_ON =
        SchemaFixtures.column("articles", "published_on", "datetime", FieldType.DATE_TIME);
    public static final ForeignKeySchema ARTICLES_AUTHOR_KEY = new ForeignKeySchema("articles", "author", "authors", "id",
        Optional.empty(), ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL);
    public static final String ARTICLES_SQL = "CREATE TABLE articles (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, "
        + "title varchar(255) NOT NULL, data text, author integer REFERENCES authors (id) ON DELETE SET NULL, "
        + "published_on datetime)";

    public static final RelationMeta USER_ROLE =
        RelationMeta.systemManyToOne("directus_users", "role", "directus_roles", Optional.of("users"));

    private BlogFixture() {
    }

    /** Creates the tables and metadata rows in {@code file}. */
    public static SqliteTestDatabase create(Path file) throws SQLException {
        SqliteTestDatabase database = new SqliteTestDatabase(file);
        database.execute(
            DirectusMetadataTables.COLLECTIONS, DirectusMetadataTables.FIELDS, DirectusMetadataTables.RELATIONS,
            "CREATE TABLE authors (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar(255))",
            ARTICLES_SQL,
            "CREATE TABLE directus_roles (id char(36) PRIMARY KEY NOT NULL, name varchar(100) NOT NULL)",
            "CREATE TABLE directus_users (id char(36) PRIMARY KEY NOT NULL, email varchar(128), "
                + "role char(36) REFERENCES directus_roles (id) ON DELETE SET NULL)",
            "CREATE TABLE spatial_ref_sys (srid integer PRIMARY KEY NOT NULL)",
            """
            INSERT INTO directus_collections (collection, icon, note, hidden, singleton, translations, accountability,
              sort, "group", collapse)
            VALUES ('articles', 'article', 'Blog posts', 0, 0, '[{"language":"en-US","translation":"Articles"}]',
              'all', 1, 'blog', 'open')""",
            "INSERT INTO directus_collections (collection, icon, collapse, sort) VALUES ('blog', 'folder', 'closed', 1)",
            """
            INSERT INTO directus_fields (collection, field, special, interface, options, readonly, hidden, sort, width,
              required, searchable)
            VALUES ('articles', 'data', 'cast-json', 'input-code', '{"language":"json"}', 0, 0, 3, 'full', 0, 1)""",
            "INSERT INTO directus_fields (collection, field, special, sort) VALUES ('articles', 'published_on', 'cast-timestamp', 4)",
            "INSERT INTO directus_fields (collection, field, special, interface, sort, width, required) "
                + "VALUES ('articles', 'author', 'm2o', 'select-dropdown-m2o', 2, 'half', 1)",
            "INSERT INTO directus_fields (collection, field, special, sort) VALUES ('articles', 'title', NULL, 1)",
            "INSERT INTO directus_fields (collection, field, special) VALUES ('articles', 'removed_column', NULL)",
            "INSERT INTO directus_fields (collection, field, special, interface) "
                + "VALUES ('articles', 'divider', 'alias,no-data', 'presentation-divider')",
            "INSERT INTO directus_fields (collection, field, special, interface) "
                + "VALUES ('authors', 'articles', 'o2m', 'list-o2m')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field) "
                + "VALUES ('articles', 'author', 'authors', 'articles')");
        return database;
    }

    /** The catalog the SQLite backend reports for the database {@link #create} makes. */
    public static DatabaseSchema catalog() {
        return DatabaseSchema.of(List.of(
            new TableSchema("articles", false, Optional.empty(),
                List.of(ARTICLES_ID, ARTICLES_TITLE, ARTICLES_DATA, ARTICLES_AUTHOR, ARTICLES_PUBLISHED_ON),
                List.of("id"), List.of(ARTICLES_AUTHOR_KEY), Map.of("sql", ARTICLES_SQL)),
            SchemaFixtures.table("authors", SchemaFixtures.idColumn("authors"),
                SchemaFixtures.column("authors", "name", "varchar", FieldType.STRING)),
            SchemaFixtures.table("directus_roles", SchemaFixtures.column("directus_roles", "id", "char", FieldType.STRING),
                SchemaFixtures.column("directus_roles", "name", "varchar", FieldType.STRING)),
            SchemaFixtures.table("directus_users",
                List.of(SchemaFixtures.column("directus_users", "id", "char", FieldType.STRING),
                    SchemaFixtures.column("directus_users", "email", "varchar", FieldType.STRING),
                    SchemaFixtures.column("directus_users", "role", "char", FieldType.STRING)),
                List.of("id"),
                List.of(new ForeignKeySchema("directus_users", "role", "directus_roles", "id", Optional.empty(),
                    ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL))),
            SchemaFixtures.table("spatial_ref_sys", SchemaFixtures.idColumn("spatial_ref_sys"))));
    }

    /** The host's system schema: users and roles are installed, settings is defined but its table is missing. */
    public static TestSystemSchema systemSchema() {
        Map<String, Object> usersMeta = new LinkedHashMap<>();
        usersMeta.put("collection", "directus_users");
        usersMeta.put("icon", "people");
        usersMeta.put("accountability", "all");
        Map<String, Object> rolesMeta = new LinkedHashMap<>();
        rolesMeta.put("collection", "directus_roles");
        rolesMeta.put("icon", "supervised_user_circle");
        return new TestSystemSchema(List.of(
            new SystemCollection("directus_roles", rolesMeta, List.of(
                new SystemField("id", Optional.of(ColumnDefinition.of("id", FieldType.UUID).asPrimaryKey()), List.of("uuid")),
                new SystemField("name", Optional.of(ColumnDefinition.of("name", FieldType.STRING)), List.of()),
                new SystemField("users", Optional.empty(), List.of("o2m")))),
            new SystemCollection("directus_users", usersMeta, List.of(
                new SystemField("id", Optional.of(ColumnDefinition.of("id", FieldType.UUID).asPrimaryKey()), List.of("uuid")),
                new SystemField("email", Optional.of(ColumnDefinition.of("email", FieldType.STRING)), List.of()),
                new SystemField("role", Optional.of(ColumnDefinition.of("role", FieldType.UUID)), List.of("m2o")),
                new SystemField("policies", Optional.empty(), List.of("m2m")))),
            new SystemCollection("directus_settings", Map.of("singleton", true), List.of(
                new SystemField("id", Optional.of(ColumnDefinition.of("id", FieldType.INTEGER).asPrimaryKey()),
                    List.of())))),
            List.of(USER_ROLE));
    }
}
