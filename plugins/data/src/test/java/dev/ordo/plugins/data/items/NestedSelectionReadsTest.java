package dev.ordo.plugins.data.items;

import static dev.ordo.plugins.data.items.ItemsTestbed.admin;
import static dev.ordo.plugins.data.items.Q.eq;
import static dev.ordo.plugins.data.items.Q.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.ordo.api.error.ForbiddenException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the selection of nested levels is chosen on a real SQLite database: many-to-any scopes
 * ({@code item:headings.text}) and {@code backlink=false} during wildcard expansion.
 */
class NestedSelectionReadsTest {

    @TempDir
    Path folder;

    private ItemsTestbed site;

    @BeforeEach
    void createSite() throws Exception {
        site = new ItemsTestbed(folder.resolve("site.db"),
            "CREATE TABLE authors (id integer PRIMARY KEY AUTOINCREMENT, name varchar(100))",
            "CREATE TABLE posts (id integer PRIMARY KEY AUTOINCREMENT, title varchar(100), "
                + "author integer REFERENCES authors (id))",
            "CREATE TABLE tags (id integer PRIMARY KEY AUTOINCREMENT, label varchar(50))",
            "CREATE TABLE posts_tags (id integer PRIMARY KEY AUTOINCREMENT, posts_id integer REFERENCES posts (id), "
                + "tags_id integer REFERENCES tags (id))",
            "CREATE TABLE headings (id integer PRIMARY KEY AUTOINCREMENT, text varchar(100))",
            "CREATE TABLE quotes (id integer PRIMARY KEY AUTOINCREMENT, text varchar(100), by varchar(100))",
            "CREATE TABLE blocks (id integer PRIMARY KEY AUTOINCREMENT, posts_id integer REFERENCES posts (id), "
                + "item varchar(255), collection varchar(64))",
            "INSERT INTO directus_fields (collection, field, special) VALUES ('authors', 'posts', 'o2m'), "
                + "('posts', 'tags', 'm2m'), ('posts', 'blocks', 'm2a')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field) "
                + "VALUES ('posts', 'author', 'authors', 'posts')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field) "
                + "VALUES ('posts_tags', 'posts_id', 'posts', 'tags', 'tags_id')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, junction_field) "
                + "VALUES ('posts_tags', 'tags_id', 'tags', 'posts_id')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field) "
                + "VALUES ('blocks', 'posts_id', 'posts', 'blocks', 'item')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection_field, "
                + "one_allowed_collections, junction_field) "
                + "VALUES ('blocks', 'item', 'collection', 'headings,quotes', 'posts_id')",
            "INSERT INTO authors (name) VALUES ('Ann')",
            "INSERT INTO posts (title, author) VALUES ('P1', 1), ('P2', 1)",
            "INSERT INTO tags (label) VALUES ('news'), ('tech')",
            "INSERT INTO posts_tags (posts_id, tags_id) VALUES (1, 1), (1, 2)",
            "INSERT INTO headings (text) VALUES ('Intro')",
            "INSERT INTO quotes (text, by) VALUES ('Veni vidi vici', 'Caesar')",
            "INSERT INTO blocks (posts_id, item, collection) VALUES (1, '1', 'headings'), (1, '1', 'quotes')");
    }

    @Test
    void manyToAnyScopesPickFieldsPerCollectionUnderTheFieldItself() {
        int statements = site.statementsDuring(() -> assertThat(read("posts", query().fields("blocks.collection",
            "blocks.item:headings.text", "blocks.item:quotes.by").filter(eq("id", 1))))
            .containsExactly(Map.of("blocks", List.of(Map.of("collection", "headings", "item", Map.of("text", "Intro")),
                Map.of("collection", "quotes", "item", Map.of("by", "Caesar"))))));

        // posts, blocks, then one statement per scoped collection
        assertThat(statements).isEqualTo(4);
    }

    @Test
    void itemsOfACollectionOutsideTheScopesStayKeys() {
        assertThat(read("posts", query().fields("blocks.item:quotes.*").filter(eq("id", 1))))
            .containsExactly(Map.of("blocks", List.of(Map.of("item", "1"),
                Map.of("item", Map.of("id", 1L, "text", "Veni vidi vici", "by", "Caesar")))));
    }

    @Test
    void unscopedSubFieldsApplyToEveryCollectionBesideTheScopedOnes() {
        assertThat(read("posts", query().fields("blocks.item.id", "blocks.item:quotes.by").filter(eq("id", 1))))
            .containsExactly(Map.of("blocks", List.of(Map.of("item", Map.of("id", 1L)),
                Map.of("item", Map.of("id", 1L, "by", "Caesar")))));
    }

    @Test
    void onlyManyToAnyFieldsHaveScopes() {
        assertThatThrownBy(() -> read("posts", query().fields("author:authors.name")))
            .isInstanceOf(ForbiddenException.class);
    }

    /**
     * {@code backlink=false} keeps {@code *.*} from expanding the relation back to the parent: it stays a plain field,
     * its key or keys, as Directus's convertWildcards leaves it among the non-relational fields.
     */
    @Test
    void withoutBacklinkWildcardsDoNotExpandTheRelationBackToTheParent() {
        assertThat(read("authors", query().fields("*.*.*").backlink(false).filter(eq("id", 1))).get(0).get("posts"))
            .asList().first().asInstanceOf(MAP)
            .containsEntry("author", 1L);
        assertThat(read("authors", query().fields("*.*.*").filter(eq("id", 1))).get(0).get("posts"))
            .asList().first().asInstanceOf(MAP)
            .containsEntry("author", Map.of("id", 1L, "name", "Ann", "posts", List.of(1L, 2L)));
        assertThat(read("authors", query().fields("*.*").backlink(false)))
            .containsExactly(Map.of("id", 1L, "name", "Ann", "posts", List.of(
                Map.of("id", 1L, "title", "P1", "author", 1L, "tags", List.of(1L, 2L), "blocks", List.of(1L, 2L)),
                Map.of("id", 2L, "title", "P2", "author", 1L, "tags", List.of(), "blocks", List.of()))));
    }

    /** Directus answers plain fields first, then related items, each group in the order asked (parse-fields). */
    @Test
    void plainFieldsComeBeforeRelatedItemsInTheAnswer() {
        Map<String, Object> post = read("posts", query().fields("tags", "title", "author.name", "id", "blocks.item")
            .filter(eq("id", 1))).get(0);

        assertThat(post.keySet()).containsExactly("title", "id", "tags", "author", "blocks");
    }

    @Test
    void backlinksStayByDefaultAndWhenNamed() {
        assertThat(read("posts", query().fields("*.*").filter(eq("id", 1))).get(0))
            .containsEntry("author", Map.of("id", 1L, "name", "Ann", "posts", List.of(1L, 2L)));
        assertThat(read("posts", query().fields("*.*", "author.posts").backlink(false).filter(eq("id", 1))).get(0))
            .containsEntry("author", Map.of("id", 1L, "name", "Ann", "posts", List.of(1L, 2L)));
    }

    private List<Map<String, Object>> read(String collection, Q query) {
        return site.items.read(collection, query.build(), admin()).data();
    }
}
