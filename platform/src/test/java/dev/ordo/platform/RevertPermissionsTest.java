package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.Permission.allow;
import static dev.ordo.platform.AccessFixtures.field;
import static dev.ordo.platform.AccessFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.TestVendor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /utils/revert/:revision} by callers who are not admins, over HTTP on every configured database, with
 * the answers Directus 11.3.5 gives: the revision is read under the caller's permissions on
 * {@code directus_revisions} (none at all names the collection; a revision the rules hide is a plain 403), and its
 * data is written back under their permissions on the revision's collection. A refused revert changes nothing.
 * The tests share one server, so each sets the state it checks.
 */
class RevertPermissionsTest extends IntegrationTest {

    private static final String NO_LOG = "no-log-token";
    private static final String EDITOR = "editor-token";

    private AccessFixtures fixtures;
    private String editorId;
    private long noteRevision;
    private long memoRevision;

    @Override
    protected void started() {
        fixtures = new AccessFixtures(ordo, database);
        fixtures.collection("rv_notes", field("title", "string"));
        fixtures.collection("rv_memos", field("title", "string"));
        fixtures.insert("rv_notes", json("title", "First"));
        fixtures.insert("rv_memos", json("title", "First"));
        fixtures.send("PATCH", "/items/rv_notes/1", json("title", "Second"), fixtures.adminToken());
        fixtures.send("PATCH", "/items/rv_memos/1", json("title", "Second"), fixtures.adminToken());
        noteRevision = firstRevision("rv_notes");
        memoRevision = firstRevision("rv_memos");

        // Edits notes and reads memos, but sees no revisions.
        String noLog = fixtures.policy("Notes without the log");
        fixtures.grant(noLog, allow("read", "rv_notes", "*"));
        fixtures.grant(noLog, allow("update", "rv_notes", "*"));
        fixtures.grant(noLog, allow("read", "rv_memos", "*"));
        fixtures.attach(noLog, null, fixtures.user(null, NO_LOG));

        // The same, and reads the revisions of notes and memos.
        String editor = fixtures.policy("Notes editor");
        fixtures.grant(editor, allow("read", "rv_notes", "*"));
        fixtures.grant(editor, allow("update", "rv_notes", "*"));
        fixtures.grant(editor, allow("read", "rv_memos", "*"));
        fixtures.grant(editor, allow("read", "directus_revisions", "*")
            .where(json("collection", json("_in", List.of("rv_notes", "rv_memos")))));
        editorId = fixtures.user(null, EDITOR);
        fixtures.attach(editor, null, editorId);
    }

    @Test
    void aCallerWhoCannotReadRevisionsIsToldWhichCollectionIsClosed() {
        fixtures.send("PATCH", "/items/rv_notes/1", json("title", "Third"), fixtures.adminToken());

        HttpResult reverted = fixtures.send("POST", "/utils/revert/" + noteRevision, null, NO_LOG);

        assertThat(reverted.status()).as(reverted.body()).isEqualTo(403);
        assertThat(reason(reverted)).isEqualTo("You don't have permission to access collection \"directus_revisions\""
            + " or it does not exist. Queried in root.");
        assertThat(title("rv_notes")).isEqualTo("Third");
    }

    @Test
    void aCallerWhoMayReadTheRevisionAndUpdateItsItemRevertsAsThemselves() {
        HttpResult reverted = fixtures.send("POST", "/utils/revert/" + noteRevision, null, EDITOR);

        assertThat(reverted.status()).as(reverted.body()).isEqualTo(204);
        assertThat(title("rv_notes")).isEqualTo("First");
        assertThat(fixtures.column("SELECT " + quoted("user") + " FROM directus_activity WHERE collection = 'rv_notes'"
            + " AND action = 'update' ORDER BY id DESC")).first().isEqualTo(editorId);
    }

    @Test
    void aRevisionOfACollectionTheCallerMayNotUpdateIsForbidden() {
        HttpResult reverted = fixtures.send("POST", "/utils/revert/" + memoRevision, null, EDITOR);

        assertThat(reverted.status()).as(reverted.body()).isEqualTo(403);
        assertThat(reverted.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(title("rv_memos")).isEqualTo("Second");
    }

    @Test
    void aRevisionTheCallersRulesHideIsAPlainForbidden() {
        fixtures.send("POST", "/collections", json("collection", "rv_hidden", "schema", json(), "fields", List.of(
            json("field", "id", "type", "integer", "schema", json("is_primary_key", true, "has_auto_increment", true)),
            field("title", "string"))), fixtures.adminToken());
        fixtures.insert("rv_hidden", json("title", "Hidden"));

        HttpResult reverted = fixtures.send("POST", "/utils/revert/" + firstRevision("rv_hidden"), null, EDITOR);

        assertThat(reverted.status()).as(reverted.body()).isEqualTo(403);
        assertThat(reverted.json().path("errors").path(0).path("message").asText())
            .isEqualTo("You don't have permission to access this.");
        assertThat(reverted.json().path("errors").path(0).path("extensions").has("reason")).isFalse();
    }

    private long firstRevision(String collection) {
        return Long.parseLong(fixtures.column("SELECT id FROM directus_revisions WHERE collection = ? ORDER BY id",
            collection).get(0));
    }

    private String title(String collection) {
        return fixtures.column("SELECT title FROM " + collection + " WHERE id = 1").get(0);
    }

    /** {@code user} is a reserved word on PostgreSQL. */
    private String quoted(String column) {
        return vendor == TestVendor.MYSQL ? "`" + column + "`" : "\"" + column + "\"";
    }

    private static String reason(HttpResult result) {
        return result.json().path("errors").path(0).path("extensions").path("reason").asText();
    }
}
