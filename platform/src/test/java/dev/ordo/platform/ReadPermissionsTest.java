package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The v11 policies model on reads (PLATFORM.md §2.2-2.5), over HTTP on every configured database. Roles, policies,
 * access rows, permissions and users are written through the items service as the system (so its change events
 * purge the cached rules); callers sign in with static tokens. Each caller is checked to see everything its
 * permissions open and nothing else.
 */
class ReadPermissionsTest extends IntegrationTest {

    private static final String PUBLIC_POLICY = "abf8a154-5b1c-4a46-ac9c-7300570f4f17";
    private static final String TWO_POLICIES_USER = UUID.randomUUID().toString();
    private static final String OWNER_USER = UUID.randomUUID().toString();
    private static final String CHILD_TOKEN = "child-token";
    private static final String TWO_POLICIES_TOKEN = "two-policies-token";
    private static final String OWNER_TOKEN = "owner-token";
    private static final String LIMITED_TOKEN = "limited-token";
    private static final String PARTIAL_TOKEN = "partial-token";

    private String admin;
    private ItemsService items;

    @Override
    protected void started() {
        admin = ordo.adminToken();
        items = ordo.host().services().require(ItemsService.class);
        createSchema();
        createItems();

        // A child role inherits its parent role's policy: published articles, author names.
        String parent = role("Editors", null);
        String child = role("Junior editors", parent);
        String published = policy("Published articles");
        attach(published, parent, null);
        permission(published, "acl_articles", "*", Map.of("status", Map.of("_eq", "published")));
        permission(published, "acl_authors", "id,name", null);
        user(UUID.randomUUID().toString(), child, CHILD_TOKEN);

        // Two policies: titles of published articles, bodies of one's own.
        String twoRole = role("Two policies", null);
        String titles = policy("Titles");
        String bodies = policy("Own bodies");
        attach(titles, twoRole, null);
        permission(titles, "acl_articles", "id,title,status,author,comments",
            Map.of("status", Map.of("_eq", "published")));
        permission(titles, "acl_authors", "id,name", null);
        permission(titles, "acl_comments", "id,text", null);
        permission(bodies, "acl_articles", "id,body", Map.of("owner", Map.of("_eq", "$CURRENT_USER")));
        user(TWO_POLICIES_USER, twoRole, TWO_POLICIES_TOKEN);
        attach(bodies, null, TWO_POLICIES_USER);

        // An item filter on the caller.
        String ownerRole = role("Owners", null);
        String own = policy("Own articles");
        attach(own, ownerRole, null);
        permission(own, "acl_articles", "*", Map.of("owner", Map.of("_eq", "$CURRENT_USER")));
        user(OWNER_USER, ownerRole, OWNER_TOKEN);

        // Field restrictions, on articles and on the collections related to them.
        String limitedRole = role("Limited", null);
        String limited = policy("Some fields");
        attach(limited, limitedRole, null);
        permission(limited, "acl_articles", "id,title,status,author,comments", null);
        permission(limited, "acl_authors", "id,name", null);
        permission(limited, "acl_comments", "id,text", null);
        user(UUID.randomUUID().toString(), limitedRole, LIMITED_TOKEN);

        // Related items read in part: Bob is the only author, c1 and c3 the only comments this caller may read.
        String partialRole = role("Partial readers", null);
        String partial = policy("Some related items");
        attach(partial, partialRole, null);
        permission(partial, "acl_articles", "id,title,author,comments", null);
        permission(partial, "acl_authors", "id,name", Map.of("name", Map.of("_eq", "Bob")));
        permission(partial, "acl_comments", "id,text", Map.of("text", Map.of("_in", List.of("c1", "c3"))));
        user(UUID.randomUUID().toString(), partialRole, PARTIAL_TOKEN);

        // The public policy: author names.
        permission(PUBLIC_POLICY, "acl_authors", "id,name", null);
    }

    @Test
    void aChildRoleReadsThroughItsParentsPolicy() {
        assertThat(ids(read(CHILD_TOKEN, "/items/acl_articles?fields=id&sort=id"))).containsExactly(1, 3);
        assertThat(read(CHILD_TOKEN, "/items/acl_articles/3?fields=title").path("title").asText()).isEqualTo("A3");
        assertThat(read(CHILD_TOKEN, "/items/acl_articles?fields=id,author.name&sort=id").path(0)
            .path("author").path("name").asText()).isEqualTo("Ada");
        assertForbidden(CHILD_TOKEN, "/items/acl_articles/2");
        assertForbidden(CHILD_TOKEN, "/items/acl_articles?fields=id,author.email",
            "field \"email\" in collection \"acl_authors\"");
        // A related collection the caller may not read at all is left out of the answer, as Directus leaves it out.
        assertThat(read(CHILD_TOKEN, "/items/acl_articles/3?fields=id,comments.text").toString())
            .isEqualTo("{\"id\":3}");
        assertThat(read(CHILD_TOKEN, "/items/acl_articles/3").has("comments")).isFalse();
        assertForbidden(CHILD_TOKEN, "/items/acl_comments", "collection \"acl_comments\"");
    }

    @Test
    void totalCountCountsOnlyPermittedItems() {
        HttpResult result = ordo.get(url("/items/acl_articles?fields=id&meta=total_count&filter[id][_gt]=1"),
            CHILD_TOKEN);

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().path("meta").path("total_count").asInt()).isEqualTo(2);
        assertThat(ids(result.data())).containsExactly(3);
    }

    @Test
    void twoPoliciesOpenTheUnionOfItemsEachFieldShowingWhereAPolicyListingItDoes() {
        JsonNode articles = read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id,title,body,status&sort=id");

        assertThat(articles.toString()).isEqualTo("[{\"id\":1,\"title\":\"A1\",\"body\":\"B1\",\"status\":\"published\"},"
            + "{\"id\":2,\"title\":null,\"body\":\"B2\",\"status\":null},"
            + "{\"id\":3,\"title\":\"A3\",\"body\":null,\"status\":\"published\"}]");
        assertForbidden(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=secret", "field \"secret\"");
        assertForbidden(TWO_POLICIES_TOKEN, "/items/acl_articles/4");
    }

    @Test
    void relationsHiddenOnAnItemReadAsNull() {
        JsonNode articles = read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id,author.name,comments.text&sort=id");

        assertThat(articles.toString()).isEqualTo("[{\"id\":1,\"author\":{\"name\":\"Ada\"},"
            + "\"comments\":[{\"text\":\"c1\"},{\"text\":\"c2\"}]},"
            + "{\"id\":2,\"author\":null,\"comments\":null},"
            + "{\"id\":3,\"author\":{\"name\":\"Ada\"},\"comments\":[{\"text\":\"c4\"}]}]");
        assertThat(read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id,count(comments)&sort=id").toString())
            .isEqualTo("[{\"id\":1,\"comments_count\":2},{\"id\":2,\"comments_count\":null},"
                + "{\"id\":3,\"comments_count\":1}]");
    }

    @Test
    void hiddenValuesCannotBeFoundBySearchFilterOrAggregate() {
        assertThat(ids(read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id&search=B15"))).isEmpty();
        assertThat(ids(read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id&search=B2"))).containsExactly(2);
        assertThat(ids(read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id&filter[body][_eq]=B15"))).isEmpty();
        // Item 3's hidden body (B15) sorts as null: first or last, depending on the database, never between B1 and B2.
        assertThat(ids(read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id&sort=body")))
            .isIn(List.of(3, 1, 2), List.of(1, 2, 3));
        assertThat(ids(read(admin, "/items/acl_articles?fields=id&sort=body&filter[id][_lt]=4")))
            .containsExactly(1, 3, 2);
        assertThat(ids(read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id&filter[title][_eq]=A1")))
            .containsExactly(1);
        assertThat(ids(read(TWO_POLICIES_TOKEN, "/items/acl_articles?fields=id&filter[author][name][_eq]=Bob")))
            .isEmpty();
        assertThat(ids(read(admin, "/items/acl_articles?fields=id&filter[author][name][_eq]=Bob")))
            .containsExactly(2);
        assertThat(read(TWO_POLICIES_TOKEN, "/items/acl_articles?aggregate[count]=body,title").toString())
            .isEqualTo("[{\"count\":{\"body\":2,\"title\":2}}]");
    }

    @Test
    void anItemFilterOnTheCurrentUserLimitsRowsAndSingularReads() {
        assertThat(ids(read(OWNER_TOKEN, "/items/acl_articles?fields=id&sort=id"))).containsExactly(3, 4);
        assertThat(read(OWNER_TOKEN, "/items/acl_articles/4?fields=secret").path("secret").asText()).isEqualTo("S4");
        assertThat(read(OWNER_TOKEN, "/items/acl_articles?aggregate[count]=*").toString())
            .isEqualTo("[{\"count\":2}]");
        assertForbidden(OWNER_TOKEN, "/items/acl_articles/1");
    }

    @Test
    void forbiddenFieldsCannotBeSelectedFilteredSortedSearchedAggregatedGroupedOrUsedInDeep() {
        assertThat(read(LIMITED_TOKEN, "/items/acl_articles?fields=id,title,author.name,comments.text&sort=id")
            .size()).isEqualTo(4);
        assertThat(ids(read(LIMITED_TOKEN, "/items/acl_articles?fields=id&filter[author][_nnull]=true"
            + "&sort=author.name,id"))).containsExactly(1, 3, 2);
        assertThat(ids(read(LIMITED_TOKEN, "/items/acl_articles?fields=id&search=S1"))).isEmpty();
        assertThat(ids(read(admin, "/items/acl_articles?fields=id&search=S1"))).containsExactly(1);

        String field = "field \"secret\" in collection \"acl_articles\"";
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?fields=secret", field);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?filter[secret][_eq]=S1", field);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?filter[_or][0][title][_eq]=A1&filter[_or][1][secret][_eq]=S1",
            field);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?sort=-secret", field);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?aggregate[max]=secret", field);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?groupBy=secret&aggregate[count]=*", field);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?deep[secret][_limit]=1", field);

        String email = "field \"email\" in collection \"acl_authors\"";
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?filter[author][email][_eq]=ada@example.com", email);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?sort=author.email", email);
        assertForbidden(LIMITED_TOKEN, "/items/acl_authors?filter[email][_nnull]=true", email);
        String article = "field \"article\" in collection \"acl_comments\"";
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?fields=comments.article", article);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?fields=id,comments.text&deep[comments][_sort]=article",
            article);
        assertForbidden(LIMITED_TOKEN,
            "/items/acl_articles?fields=id,comments.text&deep[comments][_filter][article][_eq]=1", article);
        assertForbidden(LIMITED_TOKEN, "/items/acl_articles?filter[comments][article][_eq]=1", article);
    }

    @Test
    void theDefaultFieldsAndTheWildcardsExpandToTheReadableFieldsOnly() {
        JsonNode byDefault = read(LIMITED_TOKEN, "/items/acl_articles?sort=id");
        JsonNode nested = read(LIMITED_TOKEN, "/items/acl_articles?fields=*.*&sort=id");

        assertThat(byDefault.size()).isEqualTo(4);
        assertThat(byDefault.get(0).fieldNames()).toIterable()
            .containsExactlyInAnyOrder("id", "title", "status", "author", "comments");
        assertThat(nested.get(0).fieldNames()).toIterable()
            .containsExactlyInAnyOrder("id", "title", "status", "author", "comments");
        assertThat(nested.get(0).path("author").fieldNames()).toIterable().containsExactlyInAnyOrder("id", "name");
        assertThat(nested.get(0).path("comments").get(0).fieldNames()).toIterable()
            .containsExactlyInAnyOrder("id", "text");
    }

    @Test
    void countOfRelatedItemsCountsOnlyThoseTheCallerMayRead() {
        assertThat(read(PARTIAL_TOKEN, "/items/acl_articles?fields=id,count(comments)&sort=id").toString())
            .isEqualTo("[{\"id\":1,\"comments_count\":1},{\"id\":2,\"comments_count\":1},"
                + "{\"id\":3,\"comments_count\":0},{\"id\":4,\"comments_count\":0}]");
    }

    @Test
    void countOfRelatedItemsAsAFilterSortOrGroupKeyIsRefusedWhereSomeOfThemAreHidden() {
        String reason = "field \"count(comments)\" in collection \"acl_articles\"";
        assertForbidden(PARTIAL_TOKEN, "/items/acl_articles?fields=id&filter[count(comments)][_gt]=1", reason);
        assertForbidden(PARTIAL_TOKEN, "/items/acl_articles?fields=id&sort=count(comments)", reason);
        assertForbidden(PARTIAL_TOKEN, "/items/acl_articles?aggregate[count]=*&groupBy[]=count(comments)", reason);
        // A caller who may read every comment counts them all.
        assertThat(ids(read(LIMITED_TOKEN, "/items/acl_articles?fields=id&filter[count(comments)][_gt]=1")))
            .containsExactly(1);
    }

    @Test
    void relationalFiltersMatchOnlyRelatedItemsTheCallerMayRead() {
        assertThat(ids(read(admin, "/items/acl_articles?fields=id&filter[comments][text][_eq]=c2"))).containsExactly(1);
        assertThat(ids(read(PARTIAL_TOKEN, "/items/acl_articles?fields=id&filter[comments][text][_eq]=c2"))).isEmpty();
        assertThat(ids(read(PARTIAL_TOKEN, "/items/acl_articles?fields=id&filter[comments][text][_eq]=c1")))
            .containsExactly(1);
        assertThat(ids(read(PARTIAL_TOKEN,
            "/items/acl_articles?fields=id&sort=id&filter[comments][_none][text][_eq]=c2"))).containsExactly(1, 2, 3, 4);
        assertThat(ids(read(PARTIAL_TOKEN, "/items/acl_articles?fields=id&filter[author][name][_eq]=Ada"))).isEmpty();
        assertThat(ids(read(PARTIAL_TOKEN, "/items/acl_articles?fields=id&filter[author][name][_eq]=Bob")))
            .containsExactly(2);
    }

    /**
     * An implicit to-many filter meets an item without related items on a row of nulls (DATA-API.md §3.3.5); related
     * items the caller may not read count as absent, so article 3, whose only comment is hidden, matches as article 4
     * without comments does: the filter does not tell hidden comments from none.
     */
    @Test
    void anImplicitToManyFilterHoldsOnNullsWhereNoRelatedItemIsReadable() {
        assertThat(ids(read(admin, "/items/acl_articles?fields=id&filter[comments][text][_null]=true")))
            .containsExactly(4);
        assertThat(ids(read(PARTIAL_TOKEN,
            "/items/acl_articles?fields=id&sort=id&filter[comments][text][_null]=true")))
            .containsExactly(3, 4);
        assertThat(ids(read(PARTIAL_TOKEN,
            "/items/acl_articles?fields=id&sort=id&filter[comments][id][_null]=true")))
            .containsExactly(3, 4);
        assertThat(ids(read(PARTIAL_TOKEN,
            "/items/acl_articles?fields=id&sort=id&filter[comments][text][_nnull]=true")))
            .containsExactly(1, 2);
        assertThat(ids(read(PARTIAL_TOKEN,
            "/items/acl_articles?fields=id&filter[comments][_some][text][_null]=true"))).isEmpty();
    }

    @Test
    void aSortKeyThroughARelationReadsAsNullWhereTheRelatedItemIsHidden() {
        assertThat(ids(read(admin, "/items/acl_articles?fields=id&sort=-author.name,id&filter[author][_nnull]=true")))
            .containsExactly(2, 1, 3);
        // Ada's name sorts as null (first or last, depending on the database), never before Bob's.
        assertThat(ids(read(PARTIAL_TOKEN, "/items/acl_articles?fields=id&sort=author.name,id")))
            .isIn(List.of(1, 3, 4, 2), List.of(2, 1, 3, 4));
    }

    @Test
    void usersMeAnswersOnlyTheIdToACallerWhoMayNotReadUsers() {
        JsonNode me = read(LIMITED_TOKEN, "/users/me?fields=email,first_name");

        assertThat(me.size()).isEqualTo(1);
        assertThat(me.path("id").asText()).isNotBlank();
    }

    @Test
    void anonymousCallersReadWhatThePublicPolicyOpens() {
        assertThat(read(null, "/items/acl_authors?fields=id,name&sort=id").toString())
            .isEqualTo("[{\"id\":1,\"name\":\"Ada\"},{\"id\":2,\"name\":\"Bob\"}]");
        assertForbidden(null, "/items/acl_authors?fields=email", "field \"email\"");
        assertForbidden(null, "/items/acl_articles", "collection \"acl_articles\"");
    }

    @Test
    void aPermissionFilterMayFollowRelationsTheCallerCannotReadAndUseTheCallersOwnFields() {
        String authors = role("Authors", null);
        String byEmail = policy("Articles of the author with my email");
        attach(byEmail, authors, null);
        permission(byEmail, "acl_articles", "id,title,author",
            Map.of("author", Map.of("email", Map.of("_eq", "$CURRENT_USER.email"))));
        String token = "ada";
        items.createOne("directus_users", json("id", UUID.randomUUID().toString(), "email", "ada@example.com",
            "role", authors, "token", token, "status", "active"), Accountability.system());

        assertThat(read(token, "/items/acl_articles?fields=id,author&sort=id").toString())
            .isEqualTo("[{\"id\":1,\"author\":1},{\"id\":3,\"author\":1}]");
        // Selected, a collection the caller may not read is left out; filtered through, it is refused.
        assertThat(read(token, "/items/acl_articles?fields=id,author.name&sort=id").toString())
            .isEqualTo("[{\"id\":1},{\"id\":3}]");
        assertForbidden(token, "/items/acl_articles?filter[author][email][_eq]=ada@example.com",
            "collection \"acl_authors\"");
    }

    /**
     * A user with app access reads its roles and its own activity with the default fields: the related collections
     * the minimal permissions do not open (access rows, revisions) are left out, as Directus leaves them out.
     */
    @Test
    void appUsersReadTheirRolesAndActivityWithTheDefaultFields() {
        String role = role("App users", null);
        String app = UUID.randomUUID().toString();
        items.createOne("directus_policies", json("id", app, "name", "App", "app_access", true, "admin_access", false),
            Accountability.system());
        attach(app, role, null);
        user(UUID.randomUUID().toString(), role, "app-user");

        JsonNode roles = read("app-user", "/roles");
        JsonNode activity = read("app-user", "/activity?limit=1");

        assertThat(roles.path(0).path("name").asText()).isEqualTo("App users");
        assertThat(roles.path(0).has("policies")).isFalse();
        assertThat(activity.isArray()).isTrue();
        assertThat(activity.path(0).has("revisions")).isFalse();
    }

    /**
     * Among users, app access opens only the caller's own row, with the fields Directus's minimal permissions list:
     * the password and 2FA secret among them, concealed.
     */
    @Test
    void appUsersReadOnlyThemselvesAmongUsers() {
        String role = appRole("Readers of themselves");
        String self = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        user(self, role, "app-self");
        user(other, role, "app-other");
        items.updateOne("directus_users", self, json("password", "a long enough password"), Accountability.system());

        JsonNode users = read("app-self", "/users");

        assertThat(users).hasSize(1);
        assertThat(users.path(0).path("id").asText()).isEqualTo(self);
        assertThat(users.path(0).path("password").asText()).isEqualTo("**********");
        List<String> keys = new ArrayList<>();
        users.path(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("id", "first_name", "last_name", "last_page", "email", "password",
            "location", "title", "description", "tags", "avatar", "language", "appearance", "theme_light",
            "theme_dark", "tfa_secret", "status", "role");
        assertForbidden("app-self", "/users/" + other);
    }

    /** App access lets a user write its own presets only, and comments with text, editing only their text. */
    @Test
    void appUsersWriteOnlyTheirOwnPresetsAndCommentsWithText() {
        String role = appRole("Writers of presets");
        String self = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        user(self, role, "preset-self");
        user(other, role, "preset-other");
        Accountability caller = Accountability.user(self, Optional.of(role), List.of(role), List.of(appPolicyOf(role)),
            false, true, ClientInfo.UNKNOWN);

        assertThat(failureOf(() -> items.createOne("directus_presets", json("collection", "acl_articles", "user",
            other), caller))).isEqualTo("FAILED_VALIDATION");
        Object own = items.createOne("directus_presets", json("collection", "acl_articles", "user", self), caller);
        assertThat(failureOf(() -> items.updateOne("directus_presets", own, json("user", other), caller)))
            .isEqualTo("FAILED_VALIDATION");

        assertThat(failureOf(() -> items.createOne("directus_comments", json("collection", "acl_articles", "item", "1"),
            caller))).isEqualTo("FAILED_VALIDATION");
        Object comment = items.createOne("directus_comments", json("collection", "acl_articles", "item", "1",
            "comment", "Mine"), caller);
        assertThat(failureOf(() -> items.updateOne("directus_comments", comment, json("item", "2"), caller)))
            .isEqualTo("FORBIDDEN");
        items.createOne("directus_comments", json("collection", "acl_articles", "item", "1", "comment", "Theirs",
            "user_created", other), Accountability.system());
        assertThat(items.read("directus_comments", Query.fields(List.of("comment")), caller).data()
            .stream().map(row -> row.get("comment")).toList()).containsExactly("Mine");
    }

    /**
     * The schema routes show a non-admin what their read permissions open, as Directus does: the collections (with
     * the folders they sit in), the fields listed, and the relations whose sides are all readable, the latter only to
     * callers who may read directus_relations (app access opens it, and the system collections the app needs).
     */
    @Test
    void nonAdminsReadTheSchemaTheirPermissionsOpen() {
        ok("POST", "/collections", json("collection", "acl_folder", "meta", json("icon", "folder")));
        ok("PATCH", "/collections/acl_articles", json("meta", json("group", "acl_folder")));
        String readers = role("Schema readers", null);
        String articles = policy("Articles and authors");
        attach(articles, readers, null);
        permission(articles, "acl_articles", "id,title,author", Map.of());
        user(UUID.randomUUID().toString(), readers, "schema-reader");

        assertThat(collections(read("schema-reader", "/collections"))).containsExactlyInAnyOrder("acl_folder", "acl_articles");
        assertForbidden("schema-reader", "/collections/acl_authors");
        assertForbidden("schema-reader", "/collections/acl_folder");
        assertThat(read("schema-reader", "/collections/acl_articles").path("meta").path("group").asText())
            .isEqualTo("acl_folder");
        // Lists of fields and relations need read access to directus_fields and directus_relations; one field not.
        assertForbidden("schema-reader", "/fields/acl_articles", "\"directus_fields\"");
        assertForbidden("schema-reader", "/fields", "\"directus_fields\"");
        assertForbidden("schema-reader", "/fields/acl_articles/body");
        assertThat(read("schema-reader", "/fields/acl_articles/title").path("field").asText()).isEqualTo("title");
        assertForbidden("schema-reader", "/relations", "\"directus_relations\"");
        assertForbidden("schema-reader", "/relations/acl_articles", "\"directus_relations\"");
        // Without credentials: what the public policy may read (acl_authors), nothing more.
        HttpResult anonymous = ordo.get("/collections");
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(collections(anonymous.data())).containsExactly("acl_authors");

        String app = appRole("Schema readers with app access");
        permission(appPolicyOf(app), "acl_articles", "*", Map.of());
        permission(appPolicyOf(app), "acl_authors", "*", Map.of());
        user(UUID.randomUUID().toString(), app, "schema-app");

        assertThat(collections(read("schema-app", "/collections")))
            .contains("acl_folder", "acl_articles", "acl_authors", "directus_users", "directus_roles")
            .doesNotContain("acl_comments", "directus_permissions", "directus_policies");
        assertThat(read("schema-app", "/fields/acl_articles").findValuesAsText("field")).contains("title", "body");
        assertThat(read("schema-app", "/fields").findValuesAsText("collection")).contains("acl_authors")
            .doesNotContain("acl_comments", "directus_permissions");
        assertForbidden("schema-app", "/fields/acl_comments");
        List<String> relations = new ArrayList<>();
        read("schema-app", "/relations").forEach(relation -> relations.add(
            relation.path("collection").asText() + "." + relation.path("field").asText()));
        assertThat(relations).contains("acl_articles.author").doesNotContain("acl_comments.article");
        assertForbidden("schema-app", "/relations/acl_comments/article");
        assertThat(read("schema-app", "/relations/acl_articles/author").path("related_collection").asText())
            .isEqualTo("acl_authors");
    }

    @Test
    void changedPermissionsApplyToTheNextRead() {
        String reviewers = role("Reviewers", null);
        String drafts = policy("Drafts");
        attach(drafts, reviewers, null);
        String token = "reviewer-token";
        user(UUID.randomUUID().toString(), reviewers, token);
        Object row = permission(drafts, "acl_articles", "id,title", Map.of("status", Map.of("_eq", "draft")));
        assertThat(ids(read(token, "/items/acl_articles?fields=id&sort=id"))).containsExactly(2, 4);

        items.updateOne("directus_permissions", row, Map.of("permissions", Map.of("status", Map.of("_eq",
            "published"))), Accountability.system());
        assertThat(ids(read(token, "/items/acl_articles?fields=id&sort=id"))).containsExactly(1, 3);

        items.deleteOne("directus_permissions", row, Accountability.system());
        assertForbidden(token, "/items/acl_articles?fields=id", "collection \"acl_articles\"");
    }

    private void createSchema() {
        ok("POST", "/collections", json("collection", "acl_authors", "schema", json(), "fields", List.of(
            key(), json("field", "name", "type", "string"), json("field", "email", "type", "string"))));
        ok("POST", "/collections", json("collection", "acl_articles", "schema", json(), "fields", List.of(
            key(), json("field", "title", "type", "string"), json("field", "body", "type", "text"),
            json("field", "status", "type", "string"), json("field", "owner", "type", "string"),
            json("field", "secret", "type", "string"), json("field", "author", "type", "integer"))));
        ok("POST", "/collections", json("collection", "acl_comments", "schema", json(), "fields", List.of(
            key(), json("field", "article", "type", "integer"), json("field", "text", "type", "string"))));
        ok("POST", "/relations", json("collection", "acl_articles", "field", "author", "related_collection",
            "acl_authors"));
        ok("POST", "/fields/acl_articles", json("field", "comments", "type", "alias", "meta",
            json("special", List.of("o2m"))));
        ok("POST", "/relations", json("collection", "acl_comments", "field", "article", "related_collection",
            "acl_articles", "meta", json("one_field", "comments")));
    }

    /**
     * Articles 1 and 2 belong to the two-policies user, 3 and 4 to the owner; 1 and 3 are published. Article 3's body
     * sorts between those of 1 and 2.
     */
    private void createItems() {
        ok("POST", "/items/acl_authors", List.of(json("name", "Ada", "email", "ada@example.com"),
            json("name", "Bob", "email", "bob@example.com")));
        ok("POST", "/items/acl_articles", List.of(
            article("A1", "B1", "published", TWO_POLICIES_USER, "S1", 1),
            article("A2", "B2", "draft", TWO_POLICIES_USER, "S2", 2),
            article("A3", "B15", "published", OWNER_USER, "S3", 1),
            article("A4", "B4", "draft", OWNER_USER, "S4", null)));
        ok("POST", "/items/acl_comments", List.of(json("article", 1, "text", "c1"), json("article", 1, "text", "c2"),
            json("article", 2, "text", "c3"), json("article", 3, "text", "c4")));
    }

    private static Map<String, Object> article(String title, String body, String status, String owner, String secret,
                                               Integer author) {
        return json("title", title, "body", body, "status", status, "owner", owner, "secret", secret, "author", author);
    }

    private static Map<String, Object> key() {
        return json("field", "id", "type", "integer", "schema", json("is_primary_key", true, "has_auto_increment", true));
    }

    private String role(String name, String parent) {
        String id = UUID.randomUUID().toString();
        items.createOne("directus_roles", json("id", id, "name", name, "parent", parent), Accountability.system());
        return id;
    }

    /** A role whose policy has app access and nothing else. */
    private String appRole(String name) {
        String role = role(name, null);
        String app = UUID.randomUUID().toString();
        items.createOne("directus_policies", json("id", app, "name", name, "app_access", true, "admin_access", false),
            Accountability.system());
        attach(app, role, null);
        return role;
    }

    private String appPolicyOf(String role) {
        return items.read("directus_access", Query.fields(List.of("policy"))
                .withFilter(Optional.of(new Filter.Condition("role", "_eq", role))), Accountability.system())
            .data().get(0).get("policy").toString();
    }

    private static List<String> collections(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(collection -> names.add(collection.path("collection").asText()));
        return names;
    }

    /** The Directus error code of what {@code write} throws. */
    private static String failureOf(Runnable write) {
        try {
            write.run();
        } catch (OrdoException refused) {
            return refused.code().name();
        }
        throw new AssertionError("the write should have been refused");
    }

    private String policy(String name) {
        String id = UUID.randomUUID().toString();
        items.createOne("directus_policies", json("id", id, "name", name, "app_access", false, "admin_access", false),
            Accountability.system());
        return id;
    }

    private void attach(String policy, String role, String user) {
        items.createOne("directus_access", json("id", UUID.randomUUID().toString(), "policy", policy, "role", role,
            "user", user), Accountability.system());
    }

    private Object permission(String policy, String collection, String fields, Map<String, Object> filter) {
        return items.createOne("directus_permissions", json("policy", policy, "collection", collection, "action", "read",
            "fields", fields, "permissions", filter), Accountability.system());
    }

    private void user(String id, String role, String token) {
        items.createOne("directus_users", json("id", id, "email", token + "@example.com", "role", role, "token", token,
            "status", "active"), Accountability.system());
    }

    private JsonNode read(String token, String path) {
        HttpResult result = ordo.get(url(path), token);
        assertThat(result.status()).as(path + ": " + result.body()).isEqualTo(200);
        return result.data();
    }

    /** A singular read of an item the caller may not see: 403, never telling it from one that does not exist. */
    private void assertForbidden(String token, String path) {
        HttpResult result = ordo.get(url(path), token);
        assertThat(result.status()).as(path + ": " + result.body()).isEqualTo(403);
        assertThat(result.errorCode()).isEqualTo("FORBIDDEN");
    }

    private void assertForbidden(String token, String path, String reason) {
        assertForbidden(token, path);
        HttpResult result = ordo.get(url(path), token);
        assertThat(result.json().path("errors").path(0).path("extensions").path("reason").asText()).as(path)
            .contains(reason);
    }

    private void ok(String method, String path, Object body) {
        HttpResult result = ordo.send(method, path, body, admin);
        assertThat(result.status()).as(method + " " + path + ": " + result.body()).isIn(200, 204);
    }

    private static List<Integer> ids(JsonNode items) {
        List<Integer> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asInt()));
        return ids;
    }

    /** Brackets encoded, as a browser sends them. */
    private static String url(String path) {
        return path.replace("[", "%5B").replace("]", "%5D");
    }

    private static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
