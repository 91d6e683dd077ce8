package dev.ordo.plugins.data.schema.overview;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static dev.ordo.plugins.data.testing.SchemaFixtures.collectionRow;
import static dev.ordo.plugins.data.testing.SchemaFixtures.column;
import static dev.ordo.plugins.data.testing.SchemaFixtures.fieldRow;
import static dev.ordo.plugins.data.testing.SchemaFixtures.foreignKey;
import static dev.ordo.plugins.data.testing.SchemaFixtures.foreignKeyColumn;
import static dev.ordo.plugins.data.testing.SchemaFixtures.idColumn;
import static dev.ordo.plugins.data.testing.SchemaFixtures.table;
import static dev.ordo.plugins.data.testing.SchemaFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemField;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.api.schema.TableSchema;
import dev.ordo.plugins.data.schema.metadata.CollectionMetaRow;
import dev.ordo.plugins.data.schema.metadata.FieldMetaRow;
import dev.ordo.plugins.data.schema.metadata.MetadataRows;
import dev.ordo.plugins.data.testing.TestSystemSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaOverviewBuilderTest {

    private static final Set<String> DEFAULT_EXCLUDED = Set.of("spatial_ref_sys", "sysdiagrams");

    private static final ColumnSchema ARTICLES_ID = idColumn("articles");
    private static final ColumnSchema ARTICLES_TITLE = column("articles", "title", "varchar", FieldType.STRING);
    private static final ColumnSchema ARTICLES_DATA = column("articles", "data", "text", FieldType.TEXT);
    private static final TableSchema ARTICLES = table("articles", ARTICLES_ID, ARTICLES_TITLE, ARTICLES_DATA);
    private static final TableSchema AUTHORS = table("authors", idColumn("authors"),
        column("authors", "name", "varchar", FieldType.STRING));

    private static SchemaOverview build(List<TableSchema> tables, MetadataRows metadata, SystemSchema system) {
        return SchemaOverviewBuilder.build(DatabaseSchema.of(tables), metadata, system, DEFAULT_EXCLUDED);
    }

    private static SchemaOverview build(List<TableSchema> tables, MetadataRows metadata) {
        return build(tables, metadata, TestSystemSchema.EMPTY);
    }

    private static MetadataRows collections(CollectionMetaRow... rows) {
        return new MetadataRows(List.of(rows), List.of(), List.of());
    }

    private static MetadataRows fields(FieldMetaRow... rows) {
        return new MetadataRows(List.of(), List.of(rows), List.of());
    }

    private static MetadataRows relations(RelationMeta... rows) {
        return new MetadataRows(List.of(), List.of(), List.of(rows));
    }

    private static RelationMeta relationRow(int id, String manyCollection, String manyField, String oneCollection) {
        return new RelationMeta(Optional.of(id), manyCollection, manyField, Optional.ofNullable(oneCollection),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "nullify", false);
    }

    @Nested
    class Collections {

        @Test
        void onlyTablesWithASingleColumnKeyAPlainNameAndNotExcludedBecomeCollections() {
            TableSchema composite = table("pairs", List.of(column("pairs", "a", "integer", FieldType.INTEGER),
                column("pairs", "b", "integer", FieldType.INTEGER)), List.of("a", "b"), List.of());
            TableSchema noKey = table("log", List.of(column("log", "line", "text", FieldType.TEXT)), List.of(), List.of());

            SchemaOverview overview = build(List.of(ARTICLES, composite, noKey, table("old data", idColumn("old data")),
                view("recent", idColumn("recent")), table("spatial_ref_sys", idColumn("spatial_ref_sys")),
                table("sysdiagrams", idColumn("sysdiagrams"))), MetadataRows.EMPTY);

            assertThat(overview.collections().keySet()).containsExactly("articles");
        }

        @Test
        void theExcludedTablesAreTheOnesGiven() {
            SchemaOverview overview = SchemaOverviewBuilder.build(
                DatabaseSchema.of(List.of(ARTICLES, AUTHORS, table("spatial_ref_sys", idColumn("spatial_ref_sys")))),
                MetadataRows.EMPTY, TestSystemSchema.EMPTY, Set.of("authors"));

            assertThat(overview.collections().keySet()).containsExactly("articles", "spatial_ref_sys");
        }

        @Test
        void anUnmanagedTableHasNoMetaAndIsFullyTracked() {
            CollectionOverview authors = build(List.of(AUTHORS), MetadataRows.EMPTY).collection("authors").orElseThrow();

            assertThat(authors.name()).isEqualTo("authors");
            assertThat(authors.table()).contains(AUTHORS);
            assertThat(authors.meta()).isEmpty();
            assertThat(authors.primaryKey()).contains("id");
            assertThat(authors.singleton()).isFalse();
            assertThat(authors.sortField()).isEmpty();
            assertThat(authors.accountability()).contains("all");
            assertThat(authors.system()).isFalse();
            assertThat(authors.fields().keySet()).containsExactly("id", "name");
        }

        @Test
        void aManagedTableTakesItsMetaRow() {
            CollectionMetaRow row = collectionRow("articles", "singleton", true, "sort_field", "title",
                "accountability", "activity", "icon", "article");

            CollectionOverview articles = build(List.of(ARTICLES), collections(row)).collection("articles").orElseThrow();

            assertThat(articles.meta()).contains(row.meta());
            assertThat(articles.singleton()).isTrue();
            assertThat(articles.sortField()).contains("title");
            assertThat(articles.accountability()).contains("activity");
        }

        @Test
        void aNullAccountabilityInTheRowTracksNothing() {
            CollectionOverview articles = build(List.of(ARTICLES), collections(collectionRow("articles",
                "accountability", null))).collection("articles").orElseThrow();

            assertThat(articles.accountability()).isEmpty();
        }

        @Test
        void aRowWithoutATableIsAFolder() {
            CollectionMetaRow row = collectionRow("content", "icon", "folder", "collapse", "closed");

            CollectionOverview folder = build(List.of(ARTICLES), collections(row)).collection("content").orElseThrow();

            assertThat(folder).isEqualTo(new CollectionOverview("content", Optional.empty(), Optional.of(row.meta()),
                Optional.empty(), false, Optional.empty(), Optional.of("all"), false, Map.of()));
            assertThat(folder.isFolder()).isTrue();
        }

        @Test
        void aRowForATableThatIsNotServedIsNoFolder() {
            TableSchema composite = table("pairs", List.of(column("pairs", "a", "integer", FieldType.INTEGER),
                column("pairs", "b", "integer", FieldType.INTEGER)), List.of("a", "b"), List.of());

            SchemaOverview overview = build(List.of(composite, table("spatial_ref_sys", idColumn("spatial_ref_sys"))),
                collections(collectionRow("pairs"), collectionRow("spatial_ref_sys")));

            assertThat(overview.collections()).isEmpty();
        }

        @Test
        void collectionsAndFoldersComeInNameOrder() {
            SchemaOverview overview = build(List.of(AUTHORS, ARTICLES),
                collections(collectionRow("zeta_folder"), collectionRow("b_folder")));

            assertThat(overview.collections().keySet()).containsExactly("articles", "authors", "b_folder", "zeta_folder");
        }
    }

    @Nested
    class SystemCollections {

        private final ColumnSchema usersId = column("directus_users", "id", "char", FieldType.STRING);
        private final ColumnSchema usersEmail = column("directus_users", "email", "varchar", FieldType.STRING);
        private final ColumnSchema usersRole = column("directus_users", "role", "char", FieldType.STRING);
        private final ColumnSchema usersCustom = column("directus_users", "nickname", "varchar", FieldType.STRING);
        private final TableSchema users = table("directus_users",
            List.of(usersId, usersEmail, usersRole, usersCustom), List.of("id"),
            List.of(new ForeignKeySchema("directus_users", "role", "directus_roles", "id", Optional.empty(),
                ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL)));
        private final TableSchema roles = table("directus_roles", column("directus_roles", "id", "char", FieldType.STRING));

        private final Map<String, Object> usersMeta = object("collection", "directus_users", "icon", "people",
            "note", "$t:directus_collection.directus_users", "accountability", "all");
        private final SystemCollection usersDefinition = new SystemCollection("directus_users", usersMeta, List.of(
            new SystemField("id", Optional.of(ColumnDefinition.of("id", FieldType.UUID).asPrimaryKey()), List.of("uuid")),
            new SystemField("email", Optional.of(ColumnDefinition.of("email", FieldType.STRING)), List.of()),
            new SystemField("role", Optional.of(ColumnDefinition.of("role", FieldType.UUID)), List.of("m2o")),
            new SystemField("avatar", Optional.of(ColumnDefinition.of("avatar", FieldType.UUID)), List.of("file")),
            new SystemField("policies", Optional.empty(), List.of("m2m"))));
        private final SystemCollection rolesDefinition = new SystemCollection("directus_roles",
            object("icon", "supervised_user_circle", "accountability", null), List.of(
                new SystemField("id", Optional.of(ColumnDefinition.of("id", FieldType.UUID)), List.of("uuid")),
                new SystemField("users", Optional.empty(), List.of("o2m"))));
        private final SystemCollection settingsDefinition = new SystemCollection("directus_settings",
            Map.of("singleton", true), List.of(new SystemField("id", Optional.of(ColumnDefinition.of("id",
                FieldType.INTEGER)), List.of())));
        private final RelationMeta userRole =
            RelationMeta.systemManyToOne("directus_users", "role", "directus_roles", Optional.of("users"));
        private final SystemSchema system = new TestSystemSchema(
            List.of(usersDefinition, rolesDefinition, settingsDefinition), List.of(userRole));

        @Test
        void aSystemCollectionTakesItsDefinedMetaMarkedAsSystem() {
            CollectionOverview collection = build(List.of(users, roles),
                collections(collectionRow("directus_users", "icon", "ignored")), system)
                .collection("directus_users").orElseThrow();

            assertThat(collection.meta().orElseThrow()).containsExactly(
                Map.entry("collection", "directus_users"),
                Map.entry("icon", "people"),
                Map.entry("note", "$t:directus_collection.directus_users"),
                Map.entry("accountability", "all"),
                Map.entry("system", true));
            assertThat(collection.system()).isTrue();
            assertThat(collection.accountability()).contains("all");
            assertThat(collection.primaryKey()).contains("id");
        }

        @Test
        void aDefinitionWithoutTheCollectionNameGetsItFirst() {
            CollectionOverview roles = build(List.of(users, this.roles), MetadataRows.EMPTY, system)
                .collection("directus_roles").orElseThrow();

            assertThat(roles.meta().orElseThrow().keySet()).containsExactly("collection", "icon", "accountability", "system");
            assertThat(roles.meta().orElseThrow()).containsEntry("collection", "directus_roles");
            assertThat(roles.accountability()).isEmpty();
        }

        @Test
        void aSystemCollectionWhoseTableIsMissingIsLeftOut() {
            SchemaOverview overview = build(List.of(users, roles), collections(collectionRow("directus_settings")), system);

            assertThat(overview.collections().keySet()).containsExactly("directus_roles", "directus_users");
        }

        @Test
        void systemFieldsTakeTheirFlagsAndAGeneratedMeta() {
            CollectionOverview collection = build(List.of(users, roles),
                fields(fieldRow(1, "directus_users", "email", "special", List.of("hash"), "interface", "ignored")), system)
                .collection("directus_users").orElseThrow();

            FieldOverview id = collection.field("id").orElseThrow();
            assertThat(id.type()).isEqualTo(FieldType.UUID);
            assertThat(id.special()).containsExactly("uuid");
            assertThat(id.column()).contains(usersId);
            Map<String, Object> expectedMeta = new LinkedHashMap<>();
            expectedMeta.put("system", true);
            expectedMeta.put("collection", "directus_users");
            expectedMeta.put("field", "id");
            expectedMeta.put("special", List.of("uuid"));
            expectedMeta.put("interface", null);
            expectedMeta.put("options", null);
            expectedMeta.put("display", null);
            expectedMeta.put("display_options", null);
            expectedMeta.put("readonly", false);
            expectedMeta.put("hidden", false);
            expectedMeta.put("sort", null);
            expectedMeta.put("width", "full");
            expectedMeta.put("group", null);
            expectedMeta.put("translations", null);
            expectedMeta.put("note", null);
            expectedMeta.put("conditions", null);
            expectedMeta.put("required", false);
            expectedMeta.put("searchable", true);
            assertThat(id.meta().orElseThrow()).containsExactlyEntriesOf(expectedMeta);

            FieldOverview email = collection.field("email").orElseThrow();
            assertThat(email.type()).as("the definition wins over a directus_fields row").isEqualTo(FieldType.STRING);
            assertThat(email.meta().orElseThrow()).containsEntry("special", null).containsEntry("system", true)
                .containsEntry("interface", null);
        }

        @Test
        void systemAliasFieldsAreAliasesAndDeclaredColumnsTheTableLacksAreNotServed() {
            CollectionOverview collection = build(List.of(users, roles), MetadataRows.EMPTY, system)
                .collection("directus_users").orElseThrow();

            assertThat(collection.fields().keySet()).containsExactly("id", "email", "role", "nickname", "policies");
            FieldOverview policies = collection.field("policies").orElseThrow();
            assertThat(policies.type()).isEqualTo(FieldType.ALIAS);
            assertThat(policies.isAlias()).isTrue();
            assertThat(policies.special()).containsExactly("m2m");
            assertThat(policies.meta().orElseThrow()).containsEntry("special", List.of("m2m")).containsEntry("system", true);
        }

        @Test
        void customFieldsOfASystemCollectionTakeTheirRows() {
            FieldMetaRow nickname = fieldRow(3, "directus_users", "nickname", "special", List.of("cast-json"));
            FieldMetaRow favourites = fieldRow(4, "directus_users", "favourites", "special", List.of("o2m"));

            CollectionOverview collection = build(List.of(users, roles), fields(nickname, favourites), system)
                .collection("directus_users").orElseThrow();

            assertThat(collection.field("nickname").orElseThrow()).isEqualTo(new FieldOverview("directus_users",
                "nickname", FieldType.JSON, Optional.of(usersCustom), Optional.of(nickname.meta()), List.of("cast-json")));
            assertThat(collection.field("favourites").orElseThrow()).isEqualTo(new FieldOverview("directus_users",
                "favourites", FieldType.ALIAS, Optional.empty(), Optional.of(favourites.meta()), List.of("o2m")));
            assertThat(collection.field("role").orElseThrow().meta()).isPresent();
            assertThat(collection.field("nickname").orElseThrow().meta().orElseThrow()).doesNotContainKey("system");
        }

        @Test
        void systemRelationsAreIncludedAsSystemMetaWithTheirForeignKey() {
            SchemaOverview overview = build(List.of(users, roles), MetadataRows.EMPTY, system);

            assertThat(overview.relations()).containsExactly(new Relation("directus_users", "role",
                Optional.of("directus_roles"), Optional.of(users.foreignKeys().get(0)), Optional.of(userRole)));
            assertThat(overview.relations().get(0).meta().orElseThrow().system()).isTrue();
        }

        @Test
        void systemRelationsAreMarkedSystemEvenIfTheDefinitionForgot() {
            RelationMeta unmarked = new RelationMeta(Optional.empty(), "directus_users", "role",
                Optional.of("directus_roles"), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), "nullify", false);

            SchemaOverview overview = build(List.of(users, roles), MetadataRows.EMPTY,
                new TestSystemSchema(List.of(usersDefinition, rolesDefinition), List.of(unmarked)));

            assertThat(overview.relations()).hasSize(1);
            assertThat(overview.relations().get(0).meta().orElseThrow().system()).isTrue();
        }

        @Test
        void aDirectusRelationsRowWinsOverTheSystemRelationForTheSameField() {
            RelationMeta row = new RelationMeta(Optional.of(9), "directus_users", "role", Optional.of("directus_roles"),
                Optional.of("members"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "nullify", false);

            SchemaOverview overview = build(List.of(users, roles), relations(row), system);

            assertThat(overview.relations()).extracting(Relation::meta).containsExactly(Optional.of(row));
        }

        @Test
        void severalSystemRelationsMayShareAManyFieldAndARowClaimsItFromAllOfThem() {
            RelationMeta members = RelationMeta.systemManyToOne("directus_users", "role", "directus_roles",
                Optional.of("members"));
            SystemSchema twoOnRole = new TestSystemSchema(List.of(usersDefinition, rolesDefinition),
                List.of(userRole, members));
            RelationMeta row = new RelationMeta(Optional.of(9), "directus_users", "role", Optional.of("directus_roles"),
                Optional.of("staff"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "nullify", false);

            assertThat(build(List.of(users, roles), MetadataRows.EMPTY, twoOnRole).relations())
                .extracting(relation -> relation.meta().orElseThrow().oneField().orElseThrow())
                .containsExactly("users", "members");
            assertThat(build(List.of(users, roles), relations(row), twoOnRole).relations())
                .extracting(Relation::meta).containsExactly(Optional.of(row));
        }

        @Test
        void aSystemRelationWithoutAForeignKeyHasNoSchema() {
            TableSchema usersWithoutKey = table("directus_users", List.of(usersId, usersRole), List.of("id"), List.of());

            SchemaOverview overview = build(List.of(usersWithoutKey, roles), MetadataRows.EMPTY, system);

            assertThat(overview.relations()).containsExactly(new Relation("directus_users", "role",
                Optional.of("directus_roles"), Optional.empty(), Optional.of(userRole)));
        }
    }

    @Nested
    class Fields {

        @Test
        void everyColumnIsAFieldTypedByItsColumnAndUnmanagedColumnsHaveNoMeta() {
            CollectionOverview articles = build(List.of(ARTICLES), MetadataRows.EMPTY).collection("articles").orElseThrow();

            assertThat(articles.fields().values()).containsExactly(
                new FieldOverview("articles", "id", FieldType.INTEGER, Optional.of(ARTICLES_ID), Optional.empty(), List.of()),
                new FieldOverview("articles", "title", FieldType.STRING, Optional.of(ARTICLES_TITLE), Optional.empty(),
                    List.of()),
                new FieldOverview("articles", "data", FieldType.TEXT, Optional.of(ARTICLES_DATA), Optional.empty(),
                    List.of()));
        }

        @Test
        void aManagedColumnTakesItsRowAsMetaAndItsSpecials() {
            FieldMetaRow row = fieldRow(1, "articles", "data", "special", List.of("cast-json"), "interface", "input-code");

            FieldOverview data = build(List.of(ARTICLES), fields(row)).collection("articles").orElseThrow()
                .field("data").orElseThrow();

            assertThat(data).isEqualTo(new FieldOverview("articles", "data", FieldType.JSON, Optional.of(ARTICLES_DATA),
                Optional.of(row.meta()), List.of("cast-json")));
        }

        @ParameterizedTest(name = "{0} on a {1} column -> {2}")
        @CsvSource({
            "cast-json, text, TEXT, JSON",
            "hash, varchar, STRING, HASH",
            "cast-csv, text, TEXT, CSV",
            "uuid, char, STRING, UUID",
            "file, char, STRING, UUID",
            "cast-timestamp, datetime, DATE_TIME, TIMESTAMP",
            "cast-datetime, timestamp, TIMESTAMP, DATE_TIME",
            "geometry.Polygon, geometry, GEOMETRY, GEOMETRY_POLYGON",
        })
        void aSpecialOfTheRowOverridesTheColumnType(String special, String dataType, FieldType columnType,
                                                    FieldType expected) {
            TableSchema things = table("things", idColumn("things"), column("things", "value", dataType, columnType));

            FieldOverview value = build(List.of(things), fields(fieldRow(1, "things", "value", "special",
                List.of(special)))).collection("things").orElseThrow().field("value").orElseThrow();

            assertThat(value.type()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"alias", "o2m", "m2m", "m2a", "o2a", "files", "translations", "group", "no-data"})
        void aRowWithoutAColumnIsAnAliasWhenItsSpecialSaysSo(String flag) {
            FieldMetaRow row = fieldRow(1, "articles", "extra", "special", List.of(flag));

            FieldOverview extra = build(List.of(ARTICLES), fields(row)).collection("articles").orElseThrow()
                .field("extra").orElseThrow();

            assertThat(extra).isEqualTo(new FieldOverview("articles", "extra", FieldType.ALIAS, Optional.empty(),
                Optional.of(row.meta()), List.of(flag)));
        }

        @Test
        void aRowWithoutAColumnOrAnAliasFlagIsStaleAndIgnored() {
            CollectionOverview articles = build(List.of(ARTICLES), fields(
                fieldRow(1, "articles", "dropped", "special", null),
                fieldRow(2, "articles", "old_author", "special", List.of("m2o")),
                fieldRow(3, "articles", "old_json", "special", List.of("cast-json")))).collection("articles").orElseThrow();

            assertThat(articles.fields().keySet()).containsExactly("id", "title", "data");
        }

        @Test
        void rowsOfCollectionsThatAreNotServedAreIgnored() {
            SchemaOverview overview = build(List.of(ARTICLES), fields(fieldRow(1, "gone", "tags", "special",
                List.of("m2m"))));

            assertThat(overview.collections().keySet()).containsExactly("articles");
        }

        @Test
        void aFolderCarriesItsAliasRows() {
            FieldMetaRow notice = fieldRow(1, "content", "notice", "special", List.of("alias", "no-data"));

            CollectionOverview folder = build(List.of(), new MetadataRows(List.of(collectionRow("content")),
                List.of(notice), List.of())).collection("content").orElseThrow();

            assertThat(folder.fields().keySet()).containsExactly("notice");
        }

        @Test
        void theFirstRowForAFieldWins() {
            FieldMetaRow first = fieldRow(1, "articles", "title", "note", "first");
            FieldMetaRow second = fieldRow(2, "articles", "title", "note", "second");

            FieldOverview title = build(List.of(ARTICLES), fields(first, second)).collection("articles").orElseThrow()
                .field("title").orElseThrow();

            assertThat(title.meta()).contains(first.meta());
        }

        @Test
        void fieldsFollowTheColumnOrderThenTheAliasesInCreationOrderWhateverTheirSort() {
            TableSchema posts = table("posts", idColumn("posts"), column("posts", "zeta", "text", FieldType.TEXT),
                column("posts", "alpha", "text", FieldType.TEXT), column("posts", "body", "text", FieldType.TEXT),
                column("posts", "mid", "text", FieldType.TEXT));

            CollectionOverview collection = build(List.of(posts), fields(
                fieldRow(1, "posts", "body", "sort", 2),
                fieldRow(2, "posts", "tags", "special", List.of("m2m"), "sort", 1),
                fieldRow(3, "posts", "mid", "sort", 2),
                fieldRow(4, "posts", "divider", "special", List.of("alias", "no-data")),
                fieldRow(5, "posts", "comments", "special", List.of("o2m")))).collection("posts").orElseThrow();

            // As Directus lists them: meta.sort is the app's display order, not the API's.
            assertThat(collection.fields().keySet())
                .containsExactly("id", "zeta", "alpha", "body", "mid", "tags", "divider", "comments");
        }
    }

    @Nested
    class Relations {

        private final TableSchema articles = table("articles",
            List.of(ARTICLES_ID, foreignKeyColumn("articles", "author", "authors"),
                foreignKeyColumn("articles", "editor", "authors")),
            List.of("id"),
            List.of(foreignKey("articles", "author", "authors"), foreignKey("articles", "editor", "authors")));

        @Test
        void aRowBecomesARelationWithItsForeignKeyAsSchema() {
            RelationMeta row = relationRow(1, "articles", "author", "authors");

            SchemaOverview overview = build(List.of(articles, AUTHORS), relations(row));

            assertThat(overview.relation("articles", "author")).contains(new Relation("articles", "author",
                Optional.of("authors"), Optional.of(foreignKey("articles", "author", "authors")), Optional.of(row)));
        }

        @Test
        void aForeignKeyWithoutARowIsARelationWithoutMeta() {
            SchemaOverview overview = build(List.of(articles, AUTHORS), MetadataRows.EMPTY);

            assertThat(overview.relations()).containsExactly(
                new Relation("articles", "author", Optional.of("authors"),
                    Optional.of(foreignKey("articles", "author", "authors")), Optional.empty()),
                new Relation("articles", "editor", Optional.of("authors"),
                    Optional.of(foreignKey("articles", "editor", "authors")), Optional.empty()));
        }

        @Test
        void aRowWithoutAForeignKeyHasNoSchema() {
            RelationMeta row = relationRow(1, "articles", "title", "authors");

            SchemaOverview overview = build(List.of(ARTICLES, AUTHORS), relations(row));

            assertThat(overview.relations()).containsExactly(
                new Relation("articles", "title", Optional.of("authors"), Optional.empty(), Optional.of(row)));
        }

        @Test
        void aManyToAnyRowHasNoRelatedCollection() {
            RelationMeta row = new RelationMeta(Optional.of(1), "articles", "title", Optional.empty(), Optional.empty(),
                Optional.of("collection"), List.of("authors"), Optional.empty(), Optional.empty(), "nullify", false);

            SchemaOverview overview = build(List.of(ARTICLES, AUTHORS), relations(row));

            assertThat(overview.relations()).containsExactly(
                new Relation("articles", "title", Optional.empty(), Optional.empty(), Optional.of(row)));
        }

        @Test
        void theRelatedCollectionComesFromTheRowEvenWhenTheForeignKeyPointsElsewhere() {
            TableSchema editors = table("editors", idColumn("editors"));
            RelationMeta row = relationRow(1, "articles", "author", "editors");

            SchemaOverview overview = build(List.of(articles, AUTHORS, editors), relations(row));

            assertThat(overview.relation("articles", "author").orElseThrow().relatedCollection()).contains("editors");
        }

        @Test
        void relationsWithASideOutsideTheOverviewAreLeftOut() {
            TableSchema pairs = table("pairs", List.of(column("pairs", "a", "integer", FieldType.INTEGER),
                foreignKeyColumn("pairs", "b", "articles")), List.of("a", "b"),
                List.of(foreignKey("pairs", "b", "articles")));
            TableSchema notes = table("notes", List.of(idColumn("notes"), foreignKeyColumn("notes", "pair", "pairs")),
                List.of("id"), List.of(foreignKey("notes", "pair", "pairs")));

            SchemaOverview overview = build(List.of(articles, pairs, notes), relations(
                relationRow(1, "pairs", "b", "articles"),
                relationRow(2, "articles", "author", "authors"),
                relationRow(3, "gone", "x", "articles")));

            assertThat(overview.relations()).as("authors is not a table here, pairs has a composite key").isEmpty();
        }

        @Test
        void rowsComeFirstInIdOrderThenSystemRelationsThenForeignKeys() {
            TableSchema users = table("directus_users", List.of(column("directus_users", "id", "char", FieldType.STRING),
                column("directus_users", "role", "char", FieldType.STRING)), List.of("id"), List.of());
            TableSchema roles = table("directus_roles", column("directus_roles", "id", "char", FieldType.STRING));
            RelationMeta userRole = RelationMeta.systemManyToOne("directus_users", "role", "directus_roles",
                Optional.empty());
            SystemSchema system = new TestSystemSchema(List.of(), List.of(userRole));

            SchemaOverview overview = build(List.of(articles, AUTHORS, users, roles),
                relations(relationRow(1, "articles", "editor", "authors")), system);

            assertThat(overview.relations()).extracting(relation -> relation.collection() + "." + relation.field())
                .containsExactly("articles.editor", "directus_users.role", "articles.author");
        }
    }

    @Test
    void theOverviewIsTheSameForTheSameInputs() {
        MetadataRows metadata = new MetadataRows(List.of(collectionRow("articles"), collectionRow("content")),
            List.of(fieldRow(1, "articles", "tags", "special", List.of("m2m"))),
            List.of(relationRow(1, "articles", "title", "authors")));

        SchemaOverview first = build(List.of(ARTICLES, AUTHORS), metadata);

        assertThat(first.collections().keySet()).containsExactly("articles", "authors", "content");
        assertThat(build(List.of(ARTICLES, AUTHORS), metadata)).isEqualTo(first);
    }
}
