package dev.ordo.plugins.data.write;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static dev.ordo.plugins.data.write.WriteFixture.ADMIN;
import static dev.ordo.plugins.data.write.WriteFixture.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creates, updates and deletes without relations, against a real SQLite database. */
class FlatWritesTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @TempDir
    Path folder;

    private WriteFixture fixture;
    private TransactionalItemWrites writes;

    @BeforeEach
    void createDatabase() throws Exception {
        fixture = new WriteFixture(folder);
        writes = fixture.writes();
    }

    @Test
    void everyFieldTypeIsStoredInItsColumnForm() throws Exception {
        Map<String, Object> item = object("title", "Every type", "body", "Long text", "amount", "42",
            "big", 9007199254740993L, "price", "12.50", "ratio", 0.25, "active", true, "born", "2024-02-29",
            "starts", "2024-05-01T10:30:00", "happened", "2024-05-01T12:00:00+02:00", "clock", "08:15:30",
            "data", object("a", List.of(1, 2)), "labels", List.of("x", "y"),
            "blob_value", object("type", "Buffer", "data", List.of(1, 2, 255)), "slug", "every-type");

        Object key = writes.createMany("everything", List.of(item), ADMIN).get(0);

        Map<String, Object> row = fixture.row("SELECT * FROM everything WHERE id = ?", key);
        assertThat(key).isEqualTo(1L);
        assertThat(row).containsEntry("title", "Every type").containsEntry("body", "Long text")
            .containsEntry("amount", 42).containsEntry("big", 9007199254740993L).containsEntry("price", 12.5)
            .containsEntry("ratio", 0.25).containsEntry("active", 1).containsEntry("born", "2024-02-29")
            .containsEntry("starts", "2024-05-01 10:30:00.000").containsEntry("happened", "2024-05-01 10:00:00.000")
            .containsEntry("clock", "08:15:30").containsEntry("data", "{\"a\":[1,2]}").containsEntry("labels", "x,y")
            .containsEntry("slug", "every-type").containsEntry("status", "draft");
        assertThat((byte[]) row.get("blob_value")).containsExactly(1, 2, 255);
    }

    @Test
    void createFillsTheSpecialsAndHashes() throws Exception {
        Object key = writes.createMany("everything", List.of(object("title", "Specials", "secret", "s3cret",
            "pin", "1234", "date_created", "1999-01-01T00:00:00Z", "user_created", "someone-else")), ADMIN).get(0);

        Map<String, Object> row = fixture.row("SELECT * FROM everything WHERE id = ?", key);
        assertThat((String) row.get("uid")).matches(UUID_PATTERN);
        assertThat(row).containsEntry("date_created", "2026-03-04 05:06:07.089")
            .containsEntry("user_created", ADMIN.user().orElseThrow())
            .containsEntry("role_created", ADMIN.role().orElseThrow())
            .containsEntry("secret", "$test-hash$terc3s").containsEntry("pin", "1234")
            .containsEntry("date_updated", null).containsEntry("user_updated", null).containsEntry("role_updated", null);
    }

    @Test
    void aHashFieldCannotBeWrittenWithoutAHashService() throws Exception {
        fixture.hashing = Optional.empty();

        assertThatThrownBy(() -> writes.createMany("everything", List.of(object("title", "T", "secret", "pw")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code())
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        assertThat(fixture.count("everything")).isZero();
        writes.createMany("everything", List.of(object("title", "No secret")), ADMIN);
        assertThat(fixture.count("everything")).isEqualTo(1);
    }

    @Test
    void aGivenUuidIsKept() throws Exception {
        String uid = "0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

        Object key = writes.createMany("everything", List.of(object("title", "T", "uid", uid)), ADMIN).get(0);

        assertThat(fixture.value("SELECT uid FROM everything WHERE id = ?", key)).isEqualTo(uid);
    }

    @Test
    void aUuidFieldWithoutTheUuidSpecialKeepsItsNull() throws Exception {
        assertThat(fixture.schema().schema().collection("articles").orElseThrow().field("owner").orElseThrow().type())
            .isEqualTo(FieldType.UUID);

        writes.createMany("articles", List.of(object("title", "Left out"), object("title", "Null", "owner", null)),
            ADMIN);

        assertThat(fixture.rows("SELECT title, owner FROM articles ORDER BY id")).containsExactly(
            object("title", "Left out", "owner", null), object("title", "Null", "owner", null));
    }

    @Test
    void updateFillsTheUpdateSpecialsAndLeavesTheCreateOnesAlone() throws Exception {
        fixture.execute("INSERT INTO everything (id, title, uid, date_created, user_created) "
            + "VALUES (7, 'Old', 'fixed-uid', '2020-01-01 00:00:00.000', 'creator')");
        fixture.access = rules(Set.of("*"));

        List<Object> keys = writes.updateMany("everything", List.of("7"), object("title", "New", "secret", "pw",
            "date_updated", "1999-01-01T00:00:00Z"), EDITOR);

        Map<String, Object> row = fixture.row("SELECT * FROM everything WHERE id = 7");
        assertThat(keys).containsExactly(7L);
        assertThat(row).containsEntry("title", "New").containsEntry("uid", "fixed-uid")
            .containsEntry("date_created", "2020-01-01 00:00:00.000").containsEntry("user_created", "creator")
            .containsEntry("date_updated", "2026-03-04 05:06:07.089")
            .containsEntry("user_updated", EDITOR.user().orElseThrow())
            .containsEntry("role_updated", EDITOR.role().orElseThrow()).containsEntry("secret", "$test-hash$wp");
    }

    @Test
    void generatedIntegerKeysComeBackInOrder() throws Exception {
        List<Object> keys = writes.createMany("countries",
            List.of(object("name", "A"), object("name", "B"), object("name", "C")), ADMIN);

        assertThat(keys).containsExactly(1L, 2L, 3L);
        assertThat(fixture.rows("SELECT id, name FROM countries ORDER BY id"))
            .containsExactly(object("id", 1, "name", "A"), object("id", 2, "name", "B"), object("id", 3, "name", "C"));
    }

    @Test
    void anExplicitIntegerKeyIsUsedAndLaterKeysFollowIt() throws Exception {
        Object given = writes.createMany("countries", List.of(object("id", 50, "name", "Given")), ADMIN).get(0);
        Object next = writes.createMany("countries", List.of(object("name", "Next")), ADMIN).get(0);

        assertThat(given).isEqualTo(50L);
        assertThat(next).isEqualTo(51L);
    }

    @Test
    void stringKeysAreGivenAndReturned() throws Exception {
        List<Object> keys = writes.createMany("codes", List.of(object("code", "EUR", "label", "Euro")), ADMIN);

        assertThat(keys).containsExactly("EUR");
        assertThat(fixture.value("SELECT label FROM codes WHERE code = 'EUR'")).isEqualTo("Euro");
    }

    @Test
    void uuidKeysAreGeneratedWhenMissingAndKeptWhenGiven() throws Exception {
        String given = "9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";

        List<Object> keys = writes.createMany("tokens", List.of(object("label", "generated"),
            object("id", given, "label", "given")), ADMIN);

        assertThat((String) keys.get(0)).matches(UUID_PATTERN);
        assertThat(keys.get(1)).isEqualTo(given);
        assertThat(fixture.rows("SELECT id, label FROM tokens ORDER BY label")).containsExactly(
            object("id", keys.get(0), "label", "generated"), object("id", given, "label", "given"));
    }

    @Test
    void unknownFieldsAreIgnoredForAdmins() throws Exception {
        Object key = writes.createMany("countries", List.of(object("name", "A", "not_a_field", 1, "divider", "x")),
            ADMIN).get(0);

        assertThat(fixture.row("SELECT * FROM countries WHERE id = ?", key)).isEqualTo(object("id", 1, "name", "A"));
    }

    @Test
    void fieldsTheRulesDoNotAllowAreRefusedAndNothingIsWritten() throws Exception {
        fixture.access = rules(Set.of("name"));

        assertThatThrownBy(() -> writes.createMany("authors", List.of(object("name", "A", "country", 1, "secret", 2)),
            EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                assertThat(e.extensions().get("reason")).isEqualTo("You don't have permission to access fields "
                    + "\"country\", \"secret\" in collection \"authors\" or they do not exist.");
            });
        assertThat(fixture.count("authors")).isZero();
    }

    @Test
    void aCollectionTheCallerMayNotWriteIsForbidden() {
        assertThatThrownBy(() -> writes.createMany("countries", List.of(object("name", "A")), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason")).isEqualTo(
                "You don't have permission to \"create\" from collection \"countries\" or it does not exist."));
    }

    @Test
    void anUnknownCollectionIsForbidden() {
        assertThatThrownBy(() -> writes.createMany("nope", List.of(object("name", "A")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void aValueThatDoesNotFitItsFieldIsAnInvalidPayloadNamingTheField() throws Exception {
        assertThatThrownBy(() -> writes.createMany("everything", List.of(object("title", "T", "amount", "many")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                assertThat(e.extensions().get("reason"))
                    .isEqualTo("Invalid value for field \"amount\": \"many\" is not a whole number");
            });
        assertThatThrownBy(() -> writes.createMany("everything", List.of(object("title", "T", "amount", List.of(1))),
            ADMIN)).isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason"))
                .isEqualTo("Invalid value for field \"amount\": an array does not fit"));
        assertThatThrownBy(() -> writes.createMany("everything", List.of(object("title", "T", "born", "soon")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.getMessage())
                .isEqualTo("Invalid payload. Invalid Date format in field \"born\"."));
        assertThat(fixture.count("everything")).isZero();
    }

    @Test
    void aMissingNotNullFieldFailsValidation() throws Exception {
        assertThatThrownBy(() -> writes.createMany("everything", List.of(object("body", "no title")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VALIDATION);
                assertThat(e.getMessage()).isEqualTo("Validation failed for field \"title\". Value is required.");
                assertThat(e.extensions()).isEqualTo(object("field", "title", "path", List.of(), "type", "required"));
            });
        assertThatThrownBy(() -> writes.createMany("everything", List.of(object("title", null)), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VALIDATION));
        assertThat(fixture.count("everything")).isZero();
    }

    @Test
    void anUpdateMayNotClearANotNullField() throws Exception {
        fixture.execute("INSERT INTO everything (id, title) VALUES (1, 'T')");

        assertThatThrownBy(() -> writes.updateMany("everything", List.of(1), object("title", null), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VALIDATION));
        assertThat(fixture.value("SELECT title FROM everything WHERE id = 1")).isEqualTo("T");
    }

    @Test
    void presetsGoUnderThePayloadAndCountForRequiredFields() throws Exception {
        CollectionRules withPresets = new CollectionRules(Set.of("*"), Optional.empty(), Optional.empty(),
            object("title", "Preset title", "body", "Preset body"));
        fixture.access = (caller, collection, action) -> Optional.of(withPresets);

        Object key = writes.createMany("everything", List.of(object("body", "Given body")), EDITOR).get(0);

        assertThat(fixture.row("SELECT title, body FROM everything WHERE id = ?", key))
            .isEqualTo(object("title", "Preset title", "body", "Given body"));
    }

    @Test
    void aDuplicateValueIsRecordNotUnique() throws Exception {
        writes.createMany("everything", List.of(object("title", "A", "slug", "same")), ADMIN);

        assertThatThrownBy(() -> writes.createMany("everything", List.of(object("title", "B", "slug", "same")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.RECORD_NOT_UNIQUE);
                assertThat(e.extensions()).isEqualTo(object("collection", "everything", "field", "slug", "value", "same"));
                assertThat(e.getMessage())
                    .isEqualTo("Value \"same\" for field \"slug\" in collection \"everything\" has to be unique.");
            });
        assertThat(fixture.count("everything")).isEqualTo(1);
    }

    @Test
    void aNullInANotNullColumnFailsValidationBeforeTheInsert() {
        assertThatThrownBy(() -> writes.createMany("countries", List.of(object("name", null)), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VALIDATION);
                assertThat(e.getMessage()).isEqualTo("Validation failed for field \"name\". Value can't be null.");
                assertThat(e.extensions()).isEqualTo(object("field", "name", "path", List.of(), "type", "nnull"));
            });
    }

    @Test
    void everyMissingNotNullFieldIsReportedAndColumnsWithDefaultsOrGeneratedValuesMayBeLeftOut() throws Exception {
        assertThatThrownBy(() -> writes.createMany("authors", List.of(object("country", null)), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VALIDATION);
                assertThat(e.extensions()).isEqualTo(object("field", "name", "path", List.of(), "type", "required"));
            });
        // id is an auto-increment key, status has a default: neither is asked for.
        Object key = writes.createMany("everything", List.of(object("title", "T")), ADMIN).get(0);
        assertThat(fixture.row("SELECT status FROM everything WHERE id = ?", key)).isEqualTo(object("status", "draft"));
    }

    @Test
    void metaRequiredIsLeftToTheAppAsDirectusDoes() throws Exception {
        // everything.amount is nullable and flagged required in its metadata.
        Object key = writes.createMany("everything", List.of(object("title", "T")), ADMIN).get(0);
        writes.updateMany("everything", List.of(key), object("amount", null), ADMIN);

        assertThat(fixture.row("SELECT amount FROM everything WHERE id = ?", key)).isEqualTo(object("amount", null));
    }

    @Test
    void aKeyPointingNowhereIsAnInvalidForeignKey() throws Exception {
        assertThatThrownBy(() -> writes.createMany("articles", List.of(object("title", "T", "author", 999)), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                // SQLite does not name the column of a foreign key, so Directus sends nulls.
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FOREIGN_KEY);
                assertThat(e.extensions()).isEqualTo(object("collection", null, "field", null, "value", null));
            });
        assertThat(fixture.count("articles")).isZero();
    }

    @Test
    void updateManyAppliesTheSameChangesToEveryKey() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A'), (2, 'B'), (3, 'C')");

        List<Object> keys = writes.updateMany("countries", List.of(1, "3"), object("name", "Z"), ADMIN);

        assertThat(keys).containsExactly(1L, 3L);
        assertThat(fixture.rows("SELECT name FROM countries ORDER BY id"))
            .containsExactly(object("name", "Z"), object("name", "B"), object("name", "Z"));
    }

    @Test
    void updateBatchAppliesEachItemsOwnChanges() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A'), (2, 'B')");

        List<Object> keys = writes.updateBatch("countries", List.of(object("id", 2, "name", "Two"),
            object("id", 1, "name", "One")), ADMIN);

        assertThat(keys).containsExactly(2L, 1L);
        assertThat(fixture.rows("SELECT name FROM countries ORDER BY id"))
            .containsExactly(object("name", "One"), object("name", "Two"));
    }

    @Test
    void aBatchItemWithoutItsKeyIsAnInvalidPayloadAndNothingIsWritten() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A')");

        assertThatThrownBy(() -> writes.updateBatch("countries", List.of(object("id", 1, "name", "One"),
            object("name", "Keyless")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.getMessage())
                .isEqualTo("Invalid payload. Item in update misses primary key."));
        assertThat(fixture.value("SELECT name FROM countries WHERE id = 1")).isEqualTo("A");
    }

    /** Directus does not check an admin's keys: a missing one changes nothing and is no error. */
    @Test
    void anAdminsUpdateSkipsAMissingItem() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A')");

        assertThat(writes.updateMany("countries", List.of(1, 2), object("name", "Z"), ADMIN)).containsExactly(1L, 2L);

        assertThat(fixture.rows("SELECT id, name FROM countries")).containsExactly(object("id", 1, "name", "Z"));
    }

    @Test
    void aRestrictedCallersUpdateOfAMissingItemIsForbiddenAndNothingIsWritten() throws Exception {
        fixture.execute("INSERT INTO articles (id, title, owner) VALUES (1, 'Mine', '"
            + EDITOR.user().orElseThrow() + "')");
        fixture.access = (caller, collection, action) -> Optional.of(CollectionRules.EVERYTHING);

        assertThatThrownBy(() -> writes.updateMany("articles", List.of(1, 2), object("title", "Z"), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                assertThat(e.extensions().get("reason")).isEqualTo("You don't have permissions to perform \"update\" "
                    + "for the field(s) \"title\" in collection \"articles\" or it does not exist.");
            });
        assertThat(fixture.value("SELECT title FROM articles WHERE id = 1")).isEqualTo("Mine");
    }

    @Test
    void malformedKeysAreForbidden() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A')",
            "INSERT INTO tokens (id, label) VALUES ('9f0e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f', 'T')");

        assertThatThrownBy(() -> writes.updateMany("countries", List.of("one"), object("name", "Z"), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> writes.deleteMany("countries", List.of(1.5), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> writes.deleteMany("tokens", List.of("not-a-uuid"), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(fixture.count("countries")).isEqualTo(1);
        assertThat(fixture.count("tokens")).isEqualTo(1);
    }

    @Test
    void deleteManyDeletesAndOnlyAnAdminsMissingKeyIsSkipped() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A'), (2, 'B'), (3, 'C')");

        fixture.access = (caller, collection, action) -> Optional.of(CollectionRules.EVERYTHING);
        assertThatThrownBy(() -> writes.deleteMany("countries", List.of(1, 4), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(fixture.count("countries")).isEqualTo(3);

        writes.deleteMany("countries", List.of(1, 3, 4), ADMIN);

        assertThat(fixture.rows("SELECT id FROM countries")).containsExactly(object("id", 2));
    }

    @Test
    void updatesAndDeletesOnlyTouchItemsTheRulesLetTheCallerTouch() throws Exception {
        fixture.execute("INSERT INTO articles (id, title, owner) VALUES (1, 'Mine', '"
            + EDITOR.user().orElseThrow() + "'), (2, 'Theirs', 'someone-else')");
        CollectionRules own = new CollectionRules(Set.of("*"),
            Optional.of(new Filter.Condition("owner", "_eq", "$CURRENT_USER")), Optional.empty(), Map.of());
        fixture.access = (caller, collection, action) -> Optional.of(own);

        writes.updateMany("articles", List.of(1), object("title", "Mine, edited"), EDITOR);
        assertThatThrownBy(() -> writes.updateMany("articles", List.of(1, 2), object("title", "X"), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> writes.deleteMany("articles", List.of(2), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));

        assertThat(fixture.rows("SELECT title FROM articles ORDER BY id"))
            .containsExactly(object("title", "Mine, edited"), object("title", "Theirs"));
        writes.deleteMany("articles", List.of(1), EDITOR);
        assertThat(fixture.count("articles")).isEqualTo(1);
    }

    @Test
    void theItemFilterOfTheActionIsTheOneApplied() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'Locked')");
        CollectionRules updateNothingLocked = new CollectionRules(Set.of("*"),
            Optional.of(new Filter.Condition("name", "_neq", "Locked")), Optional.empty(), Map.of());
        fixture.access = (caller, collection, action) -> Optional.of(action == Action.UPDATE
            ? updateNothingLocked : CollectionRules.EVERYTHING);

        assertThatThrownBy(() -> writes.updateMany("countries", List.of(1), object("name", "Open"), EDITOR))
            .isInstanceOf(OrdoException.class);
        writes.deleteMany("countries", List.of(1), EDITOR);

        assertThat(fixture.count("countries")).isZero();
    }

    @Test
    void aSingletonIsCreatedFirstAndUpdatedAfterwards() throws Exception {
        Object created = writes.upsertSingleton("site", object("name", "Ordo"), ADMIN);
        Object updated = writes.upsertSingleton("site", object("name", "Ordo 2"), ADMIN);

        assertThat(created).isEqualTo(1L);
        assertThat(updated).isEqualTo(1L);
        assertThat(fixture.rows("SELECT id, name FROM site")).containsExactly(object("id", 1, "name", "Ordo 2"));
    }

    @Test
    void theMutationLimitCountsEveryRow() throws Exception {
        fixture.limit = MutationLimit.of(2);
        writes = fixture.writes();

        assertThatThrownBy(() -> writes.createMany("countries",
            List.of(object("name", "A"), object("name", "B"), object("name", "C")), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                assertThat(e.getMessage()).isEqualTo("Invalid payload. Exceeded max batch mutation limit of 2.");
            });
        assertThat(fixture.count("countries")).isZero();
        assertThat(writes.createMany("countries", List.of(object("name", "A"), object("name", "B")), ADMIN))
            .hasSize(2);
    }

    private static AccessRules rules(Set<String> fields) {
        CollectionRules rules = new CollectionRules(fields, Optional.empty(), Optional.empty(), Map.of());
        return (caller, collection, action) -> Optional.of(rules);
    }

    @Test
    void keysMatchingAQueryAreFoundWithoutTheCallersRestrictions() {
        RecordingItemsService items = new RecordingItemsService(List.of(object("id", 4L), object("id", 9L)));
        Query query = Query.EMPTY.withFilter(Optional.of(new Filter.Condition("owner", "_eq", "$CURRENT_USER")))
            .withLimit(Optional.of(-1)).withFields(List.of("title")).withMeta(List.of("total_count"));

        List<Object> keys = writes.keysMatching("articles", query, EDITOR, items);

        assertThat(keys).containsExactly(4L, 9L);
        assertThat(items.lastQuery.fields()).containsExactly("id");
        assertThat(items.lastQuery.meta()).isEmpty();
        assertThat(items.lastQuery.filter()).isEqualTo(query.filter());
        assertThat(items.lastQuery.limit()).contains(-1);
        assertThat(items.lastCaller.admin()).isTrue();
        assertThat(items.lastCaller.user()).isEqualTo(EDITOR.user());
    }
}
