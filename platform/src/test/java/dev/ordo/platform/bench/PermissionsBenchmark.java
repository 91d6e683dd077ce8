package dev.ordo.platform.bench;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.platform.OrdoHost;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same reads of the seeded blog as an admin and as a user whose policy limits articles to published ones (an
 * item filter) and hides their bodies (field restrictions), in the same process through the items service (what
 * the permission rules cost the data path) and over HTTP (what a client sees). Target: the restricted read within
 * 1.3 times the admin read.
 */
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PermissionsBenchmark {

    private static final String RESTRICTED_TOKEN = "benchmark-restricted-token";
    private static final String PAGE_PATH = "/items/articles?fields=id,title,status,views,author.name"
        + "&filter[views][_gt]=500&sort=-published_on&limit=25";
    private static final Query PAGE = Query.fields(List.of("id", "title", "status", "views", "author.name"))
        .withFilter(Optional.of(new Filter.Condition("views", "_gt", "500"))).withSort(List.of("-published_on"))
        .withLimit(Optional.of(25));
    private static final String ALL_PATH = "/items/articles?fields=id,title,views&limit=-1";
    private static final Query ALL = Query.fields(List.of("id", "title", "views")).withLimit(Optional.of(-1));

    @Param({"SQLITE", "POSTGRES", "MYSQL"})
    public String vendor;

    private TestDatabase database;
    private OrdoHost host;
    private ItemsService items;
    private Accountability admin;
    private Accountability restricted;
    private KeepAliveClient client;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = TestVendor.valueOf(vendor).createDatabase();
        host = BlogSeed.startOrdo(database);
        items = host.services().find(ItemsService.class).orElseThrow();
        admin = Accountability.user(UUID.randomUUID().toString(), Optional.empty(), List.of(), List.of(), true, true,
            ClientInfo.UNKNOWN);
        restricted = createRestrictedUser();
        checkTheRestrictedReadIsRestricted();
        client = new KeepAliveClient(host.port());
    }

    @Benchmark
    public ReadResult adminPage() {
        return items.read("articles", PAGE, admin);
    }

    @Benchmark
    public ReadResult restrictedPage() {
        return items.read("articles", PAGE, restricted);
    }

    @Benchmark
    public ReadResult adminAll() {
        return items.read("articles", ALL, admin);
    }

    @Benchmark
    public ReadResult restrictedAll() {
        return items.read("articles", ALL, restricted);
    }

    @Benchmark
    public String adminPageHttp() throws Exception {
        return get(PAGE_PATH, BlogSeed.ADMIN_TOKEN);
    }

    @Benchmark
    public String restrictedPageHttp() throws Exception {
        return get(PAGE_PATH, RESTRICTED_TOKEN);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        client.close();
        host.close();
        database.close();
    }

    /** Published articles without their body, and author names; signs in with a static token. */
    private Accountability createRestrictedUser() {
        Accountability system = Accountability.system();
        String role = UUID.randomUUID().toString();
        items.createOne("directus_roles", Map.of("id", role, "name", "Readers"), system);
        String policy = UUID.randomUUID().toString();
        items.createOne("directus_policies", Map.of("id", policy, "name", "Published articles", "admin_access", false,
            "app_access", false), system);
        items.createOne("directus_access", Map.of("id", UUID.randomUUID().toString(), "role", role, "policy", policy),
            system);
        items.createOne("directus_permissions", Map.of("policy", policy, "collection", "articles", "action", "read",
            "fields", "id,title,status,views,published_on,author",
            "permissions", Map.of("status", Map.of("_eq", "published"))), system);
        items.createOne("directus_permissions", Map.of("policy", policy, "collection", "authors", "action", "read",
            "fields", "id,name"), system);
        String user = UUID.randomUUID().toString();
        items.createOne("directus_users", Map.of("id", user, "email", "reader@example.com", "role", role,
            "token", RESTRICTED_TOKEN, "status", "active"), system);
        return Accountability.user(user, Optional.of(role), List.of(role), List.of(policy), false, false,
            ClientInfo.UNKNOWN);
    }

    /** A benchmark of the wrong thing is worse than none: the restricted user must see only what the policy opens. */
    private void checkTheRestrictedReadIsRestricted() {
        List<Map<String, Object>> page = items.read("articles", Query.fields(List.of("*")).withLimit(Optional.of(-1)),
            restricted).data();
        boolean restrictedAsMeant = !page.isEmpty() && page.size() < BlogSeed.ARTICLES
            && page.stream().allMatch(article -> "published".equals(article.get("status"))
                && !article.containsKey("body"));
        if (!restrictedAsMeant) {
            throw new IllegalStateException("The restricted user reads more than published articles without bodies");
        }
    }

    private String get(String path, String token) throws IOException {
        return client.get(path, token);
    }
}
