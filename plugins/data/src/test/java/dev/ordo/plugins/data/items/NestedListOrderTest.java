package dev.ordo.plugins.data.items;

import static dev.ordo.plugins.data.items.ItemsTestbed.admin;
import static dev.ordo.plugins.data.items.Q.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order of a one-to-many's children (§3.5): grouped by parent first (so an index on the parent column can order
 * them), then nulls last on the first sort key, asked of the database only when that key can be null, since on MySQL
 * and MariaDB NULLS LAST is an extra key that keeps an index from ordering.
 */
class NestedListOrderTest {

    @TempDir
    Path folder;

    private ItemsTestbed site;

    @BeforeEach
    void createSite() throws Exception {
        site = new ItemsTestbed(folder.resolve("site.db"),
            "CREATE TABLE authors (id integer PRIMARY KEY AUTOINCREMENT, name varchar(100))",
            "CREATE TABLE posts (id integer PRIMARY KEY AUTOINCREMENT, title varchar(100), "
                + "code varchar(20) NOT NULL, author integer REFERENCES authors (id))",
            "INSERT INTO directus_fields (collection, field, special) VALUES ('authors', 'posts', 'o2m')",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field) "
                + "VALUES ('posts', 'author', 'authors', 'posts')",
            "INSERT INTO authors (name) VALUES ('Ann')",
            "INSERT INTO posts (title, code, author) VALUES (NULL, 'b', 1), ('P2', 'a', 1)");
    }

    @Test
    void aNullableFirstKeySortsNullsLast() {
        List<Map<String, Object>> authors = readPostsSortedBy("title");

        assertThat(authors.get(0).get("posts")).isEqualTo(List.of(Map.of("id", 2L), Map.of("id", 1L)));
        assertThat(postsOrder()).isEqualTo("t0.author asc, t0.title asc nulls last");
    }

    @Test
    void aNotNullFirstKeyIsOrderedAsItIs() {
        List<Map<String, Object>> authors = readPostsSortedBy("code");

        assertThat(authors.get(0).get("posts")).isEqualTo(List.of(Map.of("id", 2L), Map.of("id", 1L)));
        assertThat(postsOrder()).isEqualTo("t0.author asc, t0.code asc");
    }

    @Test
    void theDefaultOrderByKeyIsOrderedAsItIs() {
        readPostsSortedBy();

        assertThat(postsOrder()).isEqualTo("t0.author asc, t0.id asc");
    }

    private List<Map<String, Object>> readPostsSortedBy(String... sort) {
        site.statements.clear();
        Q posts = sort.length == 0 ? query() : query().sort(sort);
        return site.items.read("authors", query().fields("posts.id").deep("posts", posts).build(), admin()).data();
    }

    /** The ORDER BY of the statement that read the posts, in lower case. */
    private String postsOrder() {
        String statement = site.statements.stream().map(sql -> sql.toLowerCase(Locale.ROOT))
            .filter(sql -> sql.contains(" from posts ")).findFirst()
            .orElseThrow(() -> new AssertionError("no statement read the posts: " + site.statements));
        return statement.substring(statement.lastIndexOf("order by ") + "order by ".length());
    }
}
