package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.Permission.allow;
import static dev.ordo.platform.AccessFixtures.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A read of every item of a table ({@code limit=-1}, no conditions) with thousands of parents reads their one-to-many
 * children whole instead of binding every parent key. Its answers must be exactly those of the same read done by keys
 * ({@code limit} large enough for every item), for an admin and for a caller whose permissions hide some children and,
 * on some parents, the whole list; a read with a filter takes the keyed way and must agree too.
 */
class WholeRootReadsTest extends IntegrationTest {

    // Enough that even the open half is past ReadExecutor.MANY_PARENTS (1,000).
    private static final int POSTS = 2_400;
    private static final String TOKEN = "whole-root-reader";

    private String admin;

    @Override
    protected void started() throws Exception {
        AccessFixtures fixtures = new AccessFixtures(ordo, database);
        admin = fixtures.adminToken();
        fixtures.collection("wr_posts", field("title", "string"), field("status", "string"));
        fixtures.collection("wr_notes", field("post", "integer"), field("text", "string"));
        fixtures.relation("wr_notes", "post", "wr_posts", "notes");
        seed();
        // Titles of every post; the notes list only on open posts; of the notes, only the kept ones.
        String policy = fixtures.policy("Some notes");
        String role = fixtures.role("Whole root readers", null);
        fixtures.attach(policy, role, null);
        fixtures.grant(policy, allow("read", "wr_posts", "id,title"));
        fixtures.grant(policy, allow("read", "wr_posts", "id,notes").where(Map.of("status", Map.of("_eq", "open"))));
        fixtures.grant(policy, allow("read", "wr_notes", "id,text").where(Map.of("text", Map.of("_starts_with", "keep"))));
        fixtures.user(role, TOKEN);
    }

    @Test
    void anAdminGetsTheSameChildrenEitherWay() {
        assertSameEitherWay(admin, "fields=id,title,notes.text,notes.id&sort=id");
        assertSameEitherWay(admin, "fields=id,notes&sort=-id&filter[status][_eq]=open&search=post");
        assertThat(all(admin, "fields=id,notes.text&sort=id").get(1).toString())
            .isEqualTo("{\"id\":2,\"notes\":[{\"text\":\"keep 2\"},{\"text\":\"drop 2\"}]}");
    }

    @Test
    void aRestrictedCallerGetsTheSameChildrenEitherWayAndNothingHidden() {
        assertSameEitherWay(TOKEN, "fields=id,title,notes.text&sort=id");
        List<Object> items = all(TOKEN, "fields=id,notes.text&sort=id");
        // Post 2 is open: its list shows, with the kept note only. Post 3 is closed: its list is hidden.
        assertThat(items.get(1).toString()).isEqualTo("{\"id\":2,\"notes\":[{\"text\":\"keep 2\"}]}");
        assertThat(items.get(2).toString()).isEqualTo("{\"id\":3,\"notes\":null}");
    }

    private void assertSameEitherWay(String token, String query) {
        HttpResult whole = ordo.get(url("/items/wr_posts?" + query + "&limit=-1"), token);
        HttpResult byKeys = ordo.get(url("/items/wr_posts?" + query + "&limit=" + (POSTS * 2)), token);
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(whole.data().size()).isGreaterThanOrEqualTo(POSTS / 4);
        assertThat(whole.body()).isEqualTo(byKeys.body());
    }

    private List<Object> all(String token, String query) {
        HttpResult result = ordo.get(url("/items/wr_posts?" + query + "&limit=-1"), token);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        List<Object> items = new java.util.ArrayList<>();
        result.data().forEach(items::add);
        return items;
    }

    /** Posts alternate between open (even ids) and closed; each has a kept and a dropped note. */
    private void seed() throws Exception {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement posts = connection.prepareStatement(
                     "INSERT INTO wr_posts (id, title, status) VALUES (?, ?, ?)");
                 PreparedStatement notes = connection.prepareStatement(
                     "INSERT INTO wr_notes (post, text) VALUES (?, ?)")) {
                for (int id = 1; id <= POSTS; id++) {
                    posts.setInt(1, id);
                    posts.setString(2, "post " + id);
                    posts.setString(3, id % 2 == 0 ? "open" : "closed");
                    posts.addBatch();
                    for (String text : List.of("keep " + id, "drop " + id)) {
                        notes.setInt(1, id);
                        notes.setString(2, text);
                        notes.addBatch();
                    }
                }
                posts.executeBatch();
                notes.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static String url(String path) {
        return path.replace("[", "%5B").replace("]", "%5D");
    }
}
