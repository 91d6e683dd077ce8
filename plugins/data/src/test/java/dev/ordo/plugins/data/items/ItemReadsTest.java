package dev.ordo.plugins.data.items;

import static dev.ordo.plugins.data.items.ItemsTestbed.admin;
import static dev.ordo.plugins.data.items.Q.condition;
import static dev.ordo.plugins.data.items.Q.eq;
import static dev.ordo.plugins.data.items.Q.none;
import static dev.ordo.plugins.data.items.Q.query;
import static dev.ordo.plugins.data.items.Q.related;
import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.items.ReadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads through the items service on a real SQLite blog: fields, relations, filters, sorts, limits, counts. */
class ItemReadsTest {

    @TempDir
    Path folder;

    private ItemsTestbed blog;

    @BeforeEach
    void createBlog() throws Exception {
        blog = new ItemsTestbed(folder.resolve("blog.db"),
            "CREATE TABLE countries (id integer PRIMARY KEY AUTOINCREMENT, name varchar(50))",
            "CREATE TABLE authors (id integer PRIMARY KEY AUTOINCREMENT, name varchar(100) NOT NULL, "
                + "country integer REFERENCES countries (id))",
            "CREATE TABLE articles (id integer PRIMARY KEY AUTOINCREMENT, title varchar(200), status varchar(20), "
                + "views integer, rating decimal(5,2), published_on datetime, author integer REFERENCES authors (id))",
            "CREATE TABLE comments (id integer PRIMARY KEY AUTOINCREMENT, article integer REFERENCES articles (id), "
                + "body text, sort integer)",
            "CREATE TABLE tags (id integer PRIMARY KEY AUTOINCREMENT, name varchar(50))",
            "CREATE TABLE articles_tags (id integer PRIMARY KEY AUTOINCREMENT, articles_id integer REFERENCES articles (id), "
                + "tags_id integer REFERENCES tags (id))",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field) "
                + "VALUES ('articles', 'author', 'authors', 'articles')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection) "
                + "VALUES ('authors', 'country', 'countries')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, sort_field) "
                + "VALUES ('comments', 'article', 'articles', 'comments', 'sort')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field) "
                + "VALUES ('articles_tags', 'articles_id', 'articles', 'tags', 'tags_id')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, junction_field) "
                + "VALUES ('articles_tags', 'tags_id', 'tags', 'articles_id')",
            "INSERT INTO directus_fields (collection, field, special) VALUES ('articles', 'comments', 'o2m'), "
                + "('articles', 'tags', 'm2m'), ('authors', 'articles', 'o2m')",
            "INSERT INTO countries (name) VALUES ('Britain'), ('France')",
            "INSERT INTO authors (name, country) VALUES ('Ada', 1), ('Blaise', 2), ('Charles', 1)",
            "INSERT INTO articles (title, status, views, rating, published_on, author) VALUES "
                + "('Engines', 'published', 900, 4.5, '2023-03-01 10:00:00', 1), "
                + "('Notes', 'draft', 10, NULL, '2024-01-15 09:30:00', 1), "
                + "('Pensées', 'published', 700, 3.25, '2024-06-01 12:00:00', 2), "
                + "('Difference', 'published', 300, 4, '2022-11-20 08:00:00', 3), "
                + "('Untitled', 'draft', 0, NULL, NULL, NULL)",
            "INSERT INTO comments (article, body, sort) VALUES (1, 'third', 3), (1, 'first', 1), (1, 'second', 2), "
                + "(3, 'only', 1)",
            "INSERT INTO tags (name) VALUES ('history'), ('maths'), ('philosophy')",
            "INSERT INTO articles_tags (articles_id, tags_id) VALUES (1, 1), (1, 2), (3, 3), (4, 2)");
    }

    @Test
    void starSelectsEveryFieldAndListsRelatedKeys() {
        List<Map<String, Object>> articles = read("articles", query().fields("*").limit(1));

        assertThat(articles).containsExactly(Map.of("id", 1L, "title", "Engines", "status", "published", "views", 900L,
            "rating", 4.5, "published_on", "2023-03-01T10:00:00", "author", 1L, "comments", List.of(2L, 3L, 1L),
            "tags", List.of(1L, 2L)));
        assertThat(articles.get(0).keySet()).containsExactly("id", "title", "status", "views", "rating", "published_on",
            "author", "comments", "tags");
    }

    @Test
    void manyToOneChainsAreReadOneStatementPerLevel() {
        int statements = blog.statementsDuring(() -> {
            List<Map<String, Object>> articles = read("articles", query().fields("title", "author.name",
                "author.country.name").filter(condition("id", "_in", List.of(1, 3))));
            assertThat(articles).containsExactly(
                Map.of("title", "Engines", "author", Map.of("name", "Ada", "country", Map.of("name", "Britain"))),
                Map.of("title", "Pensées", "author", Map.of("name", "Blaise", "country", Map.of("name", "France"))));
        });

        assertThat(statements).isEqualTo(3);
    }

    @Test
    void oneToManyItemsComeInTheRelationsSortOrderAndAreCutPerParent() {
        List<Map<String, Object>> all = read("articles", query().fields("id", "comments.body").filter(
            condition("id", "_in", List.of(1, 2, 3))));
        List<Map<String, Object>> firstTwo = read("articles", query().fields("id", "comments.body")
            .filter(condition("id", "_in", List.of(1, 3))).deep("comments", query().limit(2)));

        assertThat(all).containsExactly(
            Map.of("id", 1L, "comments", List.of(Map.of("body", "first"), Map.of("body", "second"), Map.of("body", "third"))),
            Map.of("id", 2L, "comments", List.of()),
            Map.of("id", 3L, "comments", List.of(Map.of("body", "only"))));
        assertThat(firstTwo).containsExactly(
            Map.of("id", 1L, "comments", List.of(Map.of("body", "first"), Map.of("body", "second"))),
            Map.of("id", 3L, "comments", List.of(Map.of("body", "only"))));
    }

    @Test
    void childrenAreCutInTheDatabaseOnlyWhenTheyOutnumberTheLargestAnswer() {
        Q articlesOneAndThree = query().fields("id", "comments.body").filter(condition("id", "_in", List.of(1, 3)));
        List<Map<String, Object>> secondOnly = List.of(Map.of("id", 1L, "comments", List.of(Map.of("body", "second"))),
            Map.of("id", 3L, "comments", List.of()));

        // Four comments, two parents: a limit of 2 (offset 1 and limit 1) may show all four, so they are read
        // whole and cut here; a limit of 1 shows two at most, so the database cuts them after a capped first read.
        int whole = blog.statementsDuring(() -> assertThat(read("articles", articlesOneAndThree
            .deep("comments", query().offset(1).limit(1)))).isEqualTo(secondOnly));
        int cutByDatabase = blog.statementsDuring(() -> assertThat(read("articles", articlesOneAndThree
            .deep("comments", query().limit(1)))).containsExactly(
                Map.of("id", 1L, "comments", List.of(Map.of("body", "first"))),
                Map.of("id", 3L, "comments", List.of(Map.of("body", "only")))));
        int offsetOnly = blog.statementsDuring(() -> assertThat(read("articles", articlesOneAndThree
            .deep("comments", query().offset(2).limit(-1)))).containsExactly(
                Map.of("id", 1L, "comments", List.of(Map.of("body", "third"))),
                Map.of("id", 3L, "comments", List.of())));

        assertThat(whole).isEqualTo(2);
        assertThat(cutByDatabase).isEqualTo(3);
        assertThat(offsetOnly).isEqualTo(2);
    }

    @Test
    void deepFiltersAndSortsChooseTheRelatedItemsNotTheParents() {
        List<Map<String, Object>> articles = read("articles", query().fields("id", "comments.body")
            .filter(condition("id", "_in", List.of(1, 2)))
            .deep("comments", query().filter(condition("body", "_neq", "second")).sort("-sort")));

        assertThat(articles).containsExactly(
            Map.of("id", 1L, "comments", List.of(Map.of("body", "third"), Map.of("body", "first"))),
            Map.of("id", 2L, "comments", List.of()));
    }

    @Test
    void manyToManyGoesThroughTheJunction() {
        int statements = blog.statementsDuring(() -> assertThat(read("articles", query()
            .fields("title", "tags.tags_id.name").filter(eq("id", 1))))
            .containsExactly(Map.of("title", "Engines", "tags", List.of(Map.of("tags_id", Map.of("name", "history")),
                Map.of("tags_id", Map.of("name", "maths"))))));

        assertThat(statements).isEqualTo(3);
    }

    @Test
    void relationalFiltersFollowManyToOneAndOneToMany() {
        assertThat(titles(query().filter(related("author", related("country", eq("name", "Britain"))))))
            .containsExactly("Engines", "Notes", "Difference");
        assertThat(titles(query().filter(related("comments", eq("body", "only"))))).containsExactly("Pensées");
        assertThat(titles(query().filter(none("comments", condition("body", "_nnull", true)))))
            .containsExactly("Notes", "Difference", "Untitled");
        assertThat(titles(query().filter(related("tags", related("tags_id", eq("name", "maths"))))))
            .containsExactly("Engines", "Difference");
    }

    @Test
    void functionsFilterAndSelect() {
        assertThat(titles(query().filter(condition("year(published_on)", "_eq", 2024)))).containsExactly("Notes", "Pensées");
        assertThat(titles(query().filter(condition("count(comments)", "_gte", 1)))).containsExactly("Engines", "Pensées");
        assertThat(read("articles", query().fields("id", "year(published_on)", "count(comments)").filter(eq("id", 1))))
            .containsExactly(Map.of("id", 1L, "published_on_year", 2023L, "comments_count", 3L));
    }

    @Test
    void operatorsFollowDirectusSemantics() {
        assertThat(titles(query().filter(condition("status", "_neq", "draft")))).hasSize(3);
        assertThat(titles(query().filter(condition("rating", "_null", true)))).containsExactly("Notes", "Untitled");
        assertThat(titles(query().filter(condition("views", "_between", List.of(300, 700)))))
            .containsExactly("Pensées", "Difference");
        assertThat(titles(query().filter(condition("title", "_in", List.of())))).isEmpty();
        assertThat(titles(query().filter(condition("title", "_starts_with", "En")))).containsExactly("Engines");
        assertThat(titles(query().filter(condition("published_on", "_gt", "2024-01-01T00:00:00"))))
            .containsExactly("Notes", "Pensées");
        assertThatThrownBy(() -> titles(query().filter(condition("views", "_gt", "many"))))
            .isInstanceOf(InvalidQueryException.class).hasMessage("Invalid query. Invalid numeric value.");
    }

    @Test
    void sortsFollowManyToOnePathsAndLimitsOffsetsAndPagesCut() {
        assertThat(titles(query().sort("-author.name", "title").filter(condition("author", "_nnull", true))))
            .containsExactly("Difference", "Pensées", "Engines", "Notes");
        assertThat(titles(query().sort("-views").limit(2).offset(1))).containsExactly("Pensées", "Difference");
        assertThat(titles(query().sort("id").limit(2).page(2))).containsExactly("Pensées", "Difference");
        assertThat(titles(query().sort("id").limit(-1))).hasSize(5);
        assertThat(titles(query().limit(0))).isEmpty();
    }

    @Test
    void metaCountsTheFilteredAndTheWholeCollection() {
        ReadResult result = blog.items.read("articles", query().filter(eq("status", "draft"))
            .meta("total_count", "filter_count").build(), admin());

        assertThat(result.meta()).isEqualTo(Map.of("total_count", 5L, "filter_count", 2L));
    }

    @Test
    void searchMatchesTextAndNumbers() {
        assertThat(titles(query().search("ENG"))).containsExactly("Engines");
        assertThat(titles(query().search("700"))).containsExactly("Pensées");
    }

    @Test
    void aggregatesGroupAndNest() {
        List<Map<String, Object>> groups = read("articles", query().aggregate("count", "*").aggregate("sum", "views")
            .groupBy("status"));
        List<Map<String, Object>> byYear = read("articles", query().aggregate("count", "id")
            .groupBy("year(published_on)").sort("-count.id").limit(1));

        assertThat(groups).containsExactly(
            Map.of("status", "draft", "count", 2L, "sum", Map.of("views", 10L)),
            Map.of("status", "published", "count", 3L, "sum", Map.of("views", 1900L)));
        assertThat(byYear).containsExactly(Map.of("published_on_year", 2024L, "count", Map.of("id", 2L)));
    }

    @Test
    void aggregatesWithoutGroupsAnswerOneRowEvenWhenNothingMatches() {
        List<Map<String, Object>> none = read("articles", query().aggregate("count", "*").aggregate("sum", "views")
            .aggregate("avg", "rating").aggregate("min", "title").aggregate("countDistinct", "status")
            .filter(eq("status", "archived")).sort("count"));

        assertThat(none).containsExactly(object("count", 0L, "sum", object("views", null),
            "avg", object("rating", null), "min", object("title", null), "countDistinct", object("status", 0L)));
    }

    @Test
    void groupByWithoutAggregatesAnswersTheDistinctGroupsOnly() {
        assertThat(read("articles", query().groupBy("status").fields("title", "views")))
            .containsExactly(Map.of("status", "draft"), Map.of("status", "published"));
        assertThat(read("articles", query().groupBy("status").filter(eq("status", "archived")))).isEmpty();
    }

    @Test
    void aliasesRenameFieldsAndFunctions() {
        assertThat(read("articles", query().fields("id", "headline", "released").alias("headline", "title")
            .alias("released", "year(published_on)").filter(eq("id", 4))))
            .containsExactly(Map.of("id", 4L, "headline", "Difference", "released", 2022L));
    }

    @Test
    void sortsFollowAliasesAtEveryLevel() {
        assertThat(read("articles", query().fields("headline").alias("headline", "title").sort("-headline").limit(2)))
            .containsExactly(Map.of("headline", "Untitled"), Map.of("headline", "Pensées"));
        assertThat(read("articles", query().fields("id").alias("released", "year(published_on)")
            .sort("released", "id").filter(condition("published_on", "_nnull", true))))
            .containsExactly(Map.of("id", 4L), Map.of("id", 1L), Map.of("id", 2L), Map.of("id", 3L));
        assertThat(read("articles", query().fields("comments.text").filter(eq("id", 1))
            .deep("comments", query().alias("text", "body").sort("text"))))
            .containsExactly(Map.of("comments", List.of(Map.of("text", "first"), Map.of("text", "second"),
                Map.of("text", "third"))));
    }

    @Test
    void missingAndMalformedKeysAreForbidden() {
        assertThat(blog.items.readOne("articles", 3, query().fields("title").build(), admin()))
            .isEqualTo(Map.of("title", "Pensées"));
        assertThatThrownBy(() -> blog.items.readOne("articles", 99, query().build(), admin()))
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> blog.items.readOne("articles", "abc", query().build(), admin()))
            .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void unknownFieldsAreForbiddenAndSayWhere() {
        assertThatThrownBy(() -> read("articles", query().fields("author.nope")))
            .isInstanceOf(ForbiddenException.class)
            .satisfies(e -> assertThat(((ForbiddenException) e).extensions().get("reason")).isEqualTo(
                "You don't have permission to access field \"nope\" in collection \"authors\" or it does not exist. "
                    + "Queried in \"author\"."));
        assertThatThrownBy(() -> read("nothing", query())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void statementsAreBoundedByRelationDepthNotByRows() throws Exception {
        int before = blog.statementsDuring(() -> read("articles", query().fields("*.*.*").limit(-1)));
        for (int i = 0; i < 50; i++) {
            blog.execute("INSERT INTO articles (title, author) VALUES ('more " + i + "', " + (1 + i % 3) + ")",
                "INSERT INTO comments (article, body) VALUES (" + (6 + i) + ", 'c')",
                "INSERT INTO articles_tags (articles_id, tags_id) VALUES (" + (6 + i) + ", " + (1 + i % 3) + ")");
        }
        int after = blog.statementsDuring(() -> read("articles", query().fields("*.*.*").limit(-1)));

        assertThat(after).isEqualTo(before);
        // One per relation reached, whatever the number of rows: 3 relations of articles, 6 below them, and the
        // related-key lists of the third level.
        assertThat(before).isLessThanOrEqualTo(20);
    }

    @Test
    void aSortThroughSeveralOneToManysIsPartOfItsLevelsStatement() throws Exception {
        // Each article by the highest comment body of its author's articles: Ada's articles have "third" (and
        // Notes, without comments, only a row of nulls, which a descending sort puts last on SQLite), Blaise's
        // "only"; Charles's article has no comments and Untitled no author, so both sort as null.
        Q sorted = query().fields("title").sort("-author.articles.comments.body", "title").limit(-1);
        int statements = blog.statementsDuring(() -> assertThat(titles(sorted))
            .containsExactly("Engines", "Notes", "Pensées", "Difference", "Untitled"));
        for (int i = 0; i < 30; i++) {
            blog.execute("INSERT INTO articles (title, author) VALUES ('more " + i + "', " + (1 + i % 3) + ")",
                "INSERT INTO comments (article, body) VALUES (" + (6 + i) + ", 'c" + i + "')");
        }
        int after = blog.statementsDuring(() -> assertThat(titles(sorted)).hasSize(35));

        assertThat(statements).isEqualTo(1);
        assertThat(after).isEqualTo(1);
    }

    private List<Map<String, Object>> read(String collection, Q query) {
        return blog.items.read(collection, query.build(), admin()).data();
    }

    private List<Object> titles(Q query) {
        return read("articles", query.fields("title")).stream().map(item -> item.get("title")).toList();
    }
}
