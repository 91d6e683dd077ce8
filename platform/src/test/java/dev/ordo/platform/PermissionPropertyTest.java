package dev.ordo.platform;

import static dev.ordo.platform.permissions.FixtureSchema.ARTICLES;
import static dev.ordo.platform.permissions.FixtureSchema.AUTHORS;
import static dev.ordo.platform.permissions.FixtureSchema.COMMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.platform.permissions.AccessOracle;
import dev.ordo.platform.permissions.Dataset;
import dev.ordo.platform.permissions.FixturePolicies;
import dev.ordo.platform.permissions.FixturePolicies.Grant;
import dev.ordo.platform.permissions.FixturePolicies.Policy;
import dev.ordo.platform.permissions.FixtureRows;
import dev.ordo.platform.permissions.FixtureSchema;
import dev.ordo.platform.permissions.GeneratedQuery;
import dev.ordo.platform.permissions.JsonMatch;
import dev.ordo.platform.permissions.QueryGenerator;
import dev.ordo.platform.permissions.QueryOracle;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, as a property: a restricted caller sends hundreds of random reads (fields, filters, sorts, search, deep,
 * aggregates and groups over random paths of a small blog) and every answer is checked against an independent
 * evaluation of the permission rules on the raw rows ({@link QueryOracle}): a query naming a field the caller may not
 * read is refused with 403; any other answers exactly the items the rules open and the query matches, in order, each
 * field as the caller may see it, so no forbidden item and no hidden value ever comes back.
 *
 * <p>The seed is printed and named in every failure; {@code -Dordo.permissions.seed=<seed>} replays a run and
 * {@code -Dordo.permissions.queries=<n>} changes how many queries each database gets.
 */
class PermissionPropertyTest extends IntegrationTest {

    private static final long SEED = Long.getLong("ordo.permissions.seed", new Random().nextLong());
    private static final int QUERIES = Integer.getInteger("ordo.permissions.queries", 1000);
    private static final String TOKEN = "property-token";
    /** The outcome of item answers sorted through two one-to-manys or more, counted besides their own outcome. */
    private static final String SORTED_THROUGH_SEVERAL = "items sorted through several one-to-manys";
    /** Mismatches shown in full in a failure; the rest are counted. */
    private static final int SHOWN_MISMATCHES = 5;

    private final FixtureSchema schema = FixtureSchema.blog();
    private String admin;
    private ItemsService items;
    private AccessOracle access;

    @Override
    protected void started() throws Exception {
        System.out.println("PermissionPropertyTest on " + vendor + ": seed " + SEED + " (-Dordo.permissions.seed="
            + SEED + " replays it)");
        Random random = new Random(SEED);
        admin = ordo.adminToken();
        items = ordo.host().services().require(ItemsService.class);
        String caller = new UUID(random.nextLong(), random.nextLong()).toString();
        createSchema();
        createRows(random, caller);
        List<Policy> policies = FixturePolicies.of(caller);
        grant(policies, caller);
        try (Connection connection = database.connect()) {
            access = new AccessOracle(schema, policies, Dataset.read(connection, schema));
        }
    }

    @Test
    void everyAnswerHoldsExactlyWhatThePermissionsOpen() {
        QueryGenerator queries = new QueryGenerator(new Random(~SEED), access);
        // PostgreSQL sorts nulls last in ascending order; SQLite and MariaDB first.
        QueryOracle oracle = new QueryOracle(access, vendor != TestVendor.POSTGRES);
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < QUERIES; i++) {
            GeneratedQuery query = queries.next();
            QueryOracle.Expected expected = oracle.expect(query);
            HttpResult answer = ordo.get(query.url(), TOKEN);
            String mismatch = mismatch(expected, answer);
            if (mismatch != null) {
                mismatches.add("#" + i + " " + query + "\n  " + mismatch + "\n  expected: "
                    + expected.forbidden().map(field -> "403 (" + field + ")").orElse("200 " + expected.data())
                    + "\n  answered: " + answer);
            }
            outcomes.merge(outcome(query, expected), 1, Integer::sum);
            if (outcome(query, expected).equals("items") && sortsThroughSeveralOneToManys(query)) {
                outcomes.merge(SORTED_THROUGH_SEVERAL, 1, Integer::sum);
            }
        }

        System.out.println("PermissionPropertyTest on " + vendor + ": " + outcomes);
        assertThat(mismatches.size()).as(() -> report(mismatches)).isZero();
        // The generator must keep exercising every kind of answer, or the property proves little.
        assertThat(outcomes).as("seed " + SEED + ": outcomes " + outcomes)
            .containsKeys("forbidden", "items", "no items", "one item", "aggregate", SORTED_THROUGH_SEVERAL);
        assertThat(outcomes.get("items")).as("seed " + SEED + ": outcomes " + outcomes).isGreaterThan(QUERIES / 4);
    }

    /** Whether a sort key of {@code query} walks through two one-to-many fields or more. */
    private boolean sortsThroughSeveralOneToManys(GeneratedQuery query) {
        return query.sort().stream().anyMatch(key -> {
            String collection = query.collection();
            int toMany = 0;
            for (String step : key.path().subList(0, key.path().size() - 1)) {
                FixtureSchema.Field field = schema.field(collection, step);
                toMany += field.kind() == FixtureSchema.Kind.ONE_TO_MANY ? 1 : 0;
                collection = field.target();
            }
            return toMany > 1;
        });
    }

    /** Every differing query on one line each, then the first ones with both answers. */
    private String report(List<String> mismatches) {
        List<String> queries = mismatches.stream().map(mismatch -> mismatch.lines().findFirst().orElseThrow()).toList();
        return "seed " + SEED + " on " + vendor + ": " + mismatches.size() + " of " + QUERIES
            + " answers differ from the oracle:\n" + String.join("\n", queries) + "\nthe first ones in full:\n"
            + String.join("\n", mismatches.subList(0, Math.min(SHOWN_MISMATCHES, mismatches.size())));
    }

    /** Why {@code answer} is not what the oracle expects; null when it is. */
    private static String mismatch(QueryOracle.Expected expected, HttpResult answer) {
        if (expected.forbidden().isPresent()) {
            return answer.status() == 403 && answer.errorCode().equals("FORBIDDEN") ? null
                : "should be refused: the caller may not read " + expected.forbidden().get();
        }
        if (answer.status() != 200) {
            return "should be answered";
        }
        if (!JsonMatch.same(expected.data(), answer.data())) {
            return "wrong data";
        }
        return expected.meta().isEmpty() || JsonMatch.same(expected.meta().get(), answer.json().path("meta")) ? null
            : "wrong meta (expected " + expected.meta().get() + ")";
    }

    private static String outcome(GeneratedQuery query, QueryOracle.Expected expected) {
        if (expected.forbidden().isPresent()) {
            return "forbidden";
        }
        if (query.key().isPresent()) {
            return "one item";
        }
        return query.isAggregate() ? "aggregate" : expected.data().isEmpty() ? "no items" : "items";
    }

    private void createSchema() {
        ok("POST", "/collections", json("collection", AUTHORS, "schema", json(), "fields", List.of(key(),
            field("name", "string"), field("email", "string"), field("rank", "integer"))));
        ok("POST", "/collections", json("collection", ARTICLES, "schema", json(), "fields", List.of(key(),
            field("title", "string"), field("body", "text"), field("status", "string"), field("owner", "string"),
            field("score", "integer"), field("secret", "string"), field("author", "integer"))));
        ok("POST", "/collections", json("collection", COMMENTS, "schema", json(), "fields", List.of(key(),
            field("article", "integer"), field("author", "integer"), field("text", "string"),
            field("stars", "integer"), field("note", "string"))));
        ok("POST", "/relations", json("collection", ARTICLES, "field", "author", "related_collection", AUTHORS));
        ok("POST", "/fields/" + ARTICLES, json("field", "comments", "type", "alias", "meta",
            json("special", List.of("o2m"))));
        ok("POST", "/relations", json("collection", COMMENTS, "field", "article", "related_collection", ARTICLES,
            "meta", json("one_field", "comments")));
        ok("POST", "/relations", json("collection", COMMENTS, "field", "author", "related_collection", AUTHORS));
    }

    private void createRows(Random random, String caller) {
        FixtureRows rows = new FixtureRows(random);
        List<Long> authors = create(AUTHORS, rows.authors(8));
        String someoneElse = new UUID(random.nextLong(), random.nextLong()).toString();
        List<Long> articles = create(ARTICLES, rows.articles(36, caller, someoneElse, authors));
        create(COMMENTS, rows.comments(70, articles, authors));
    }

    /** The caller: a role with two of the policies, the third attached to the user. */
    private void grant(List<Policy> policies, String caller) {
        String role = UUID.randomUUID().toString();
        items.createOne("directus_roles", json("id", role, "name", "Property readers"), Accountability.system());
        items.createOne("directus_users", json("id", caller, "email", "property@example.com", "role", role,
            "token", TOKEN, "status", "active"), Accountability.system());
        for (Policy policy : policies) {
            String id = UUID.randomUUID().toString();
            items.createOne("directus_policies", json("id", id, "name", policy.name(), "app_access", false,
                "admin_access", false), Accountability.system());
            items.createOne("directus_access", json("id", UUID.randomUUID().toString(), "policy", id,
                "role", policy.onUser() ? null : role, "user", policy.onUser() ? caller : null), Accountability.system());
            for (Grant grant : policy.grants()) {
                items.createOne("directus_permissions", json("policy", id, "collection", grant.collection(),
                    "action", "read", "fields", String.join(",", grant.fields()), "permissions", grant.filter()),
                    Accountability.system());
            }
        }
    }

    /** Creates the items as the admin; their keys, in order. */
    private List<Long> create(String collection, List<Map<String, Object>> rows) {
        HttpResult result = ok("POST", "/items/" + collection + "?fields=id", rows);
        List<Long> keys = new ArrayList<>();
        result.data().forEach(item -> keys.add(item.path("id").asLong()));
        assertThat(keys).hasSize(rows.size());
        return keys;
    }

    private HttpResult ok(String method, String path, Object body) {
        HttpResult result = ordo.send(method, path, body, admin);
        assertThat(result.status()).as(method + " " + path + ": " + result.body()).isIn(200, 204);
        return result;
    }

    private static Map<String, Object> key() {
        return json("field", "id", "type", "integer", "schema", json("is_primary_key", true, "has_auto_increment", true));
    }

    private static Map<String, Object> field(String name, String type) {
        return json("field", name, "type", type);
    }

    private static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
