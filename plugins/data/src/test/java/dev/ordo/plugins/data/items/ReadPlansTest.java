package dev.ordo.plugins.data.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.AdminOnlyAccessRules;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.read.CompiledLevels;
import dev.ordo.plugins.data.read.QueryLimits;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.schema.CachedSchemaService;
import dev.ordo.plugins.data.schema.ExcludedTables;
import dev.ordo.plugins.data.schema.SchemaOverviewLoader;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.testing.DirectusMetadataTables;
import dev.ordo.plugins.data.testing.SqliteTestDatabase;
import dev.ordo.plugins.data.testing.TestSystemSchema;
import dev.ordo.plugins.sqlite.SqliteBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan cache on a real SQLite database: what is kept, what is not, and what a schema change forgets. */
class ReadPlansTest {

    @TempDir
    Path folder;

    private SqliteTestDatabase database;
    private CachedSchemaService schema;
    private ReadPlans plans;
    /** Counts resolutions; "$TICK" is replaced by a new number each time, like $NOW by the moment. */
    private final AtomicInteger ticks = new AtomicInteger();
    /** The version of the permission rules; a change stands for a purge after a permission was written. */
    private final AtomicLong rulesVersion = new AtomicLong();

    @BeforeEach
    void createDatabase() throws Exception {
        database = new SqliteTestDatabase(folder.resolve("plans.db"));
        database.execute(DirectusMetadataTables.COLLECTIONS, DirectusMetadataTables.FIELDS,
            DirectusMetadataTables.RELATIONS);
        database.execute("CREATE TABLE authors (id integer PRIMARY KEY, name varchar(100))",
            "CREATE TABLE articles (id integer PRIMARY KEY, title varchar(200), views integer, "
                + "author integer REFERENCES authors (id))",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection) "
                + "VALUES ('articles', 'author', 'authors')");
        SchemaOverviewLoader loader = new SchemaOverviewLoader(database, new SqliteBackend(),
            () -> TestSystemSchema.EMPTY, Set.copyOf(ExcludedTables.DEFAULT));
        schema = new CachedSchemaService(loader::load);
        AccessRules rules = new AccessRules() {
            @Override
            public Optional<CollectionRules> rules(Accountability caller, String collection, Action action) {
                return new AdminOnlyAccessRules().rules(caller, collection, action);
            }

            @Override
            public long version() {
                return rulesVersion.get();
            }
        };
        ItemsEngine engine = ItemsEngine.create(database, rules, new QueryLimits(100, -1),
            (type, specials, operator, path) -> { }, caller -> this::resolveTicks, 25000,
            SqlRunner.StatementListener.NONE);
        plans = new ReadPlans(engine);
    }

    @Test
    void aRepeatedReadFindsItsPlan() {
        SchemaContext context = context();
        Query query = Query.fields(List.of("title", "author.name"));

        CompiledLevels first = plans.plan(context, "articles", query, admin());
        CompiledLevels second = plans.plan(context, "articles", Query.fields(List.of("title", "author.name")), admin());

        assertThat(second).isSameAs(first);
        assertThat(plans.size()).isEqualTo(1);
    }

    @Test
    void differentQueriesHaveDifferentPlans() {
        SchemaContext context = context();

        CompiledLevels titles = plans.plan(context, "articles", Query.fields(List.of("title")), admin());
        CompiledLevels views = plans.plan(context, "articles", Query.fields(List.of("views")), admin());

        assertThat(views).isNotSameAs(titles);
        assertThat(plans.size()).isEqualTo(2);
    }

    @Test
    void aPlanWhoseFilterDependsOnTheMomentIsNotKept() {
        SchemaContext context = context();
        Query query = Query.fields(List.of("title"))
            .withFilter(Optional.of(new Filter.Condition("views", "_gt", "$TICK")));

        CompiledLevels first = plans.plan(context, "articles", query, admin());
        CompiledLevels second = plans.plan(context, "articles", query, admin());

        assertThat(second).isNotSameAs(first);
        assertThat(plans.size()).isZero();
        assertThat(second.root().query().filter()).isNotEqualTo(first.root().query().filter());
    }

    @Test
    void callersWithOtherPoliciesGetTheirOwnPlans() {
        SchemaContext context = context();
        Query query = Query.fields(List.of("title"));
        Accountability ann = user("ann", List.of("editors"));
        Accountability bob = user("bob", List.of("editors"));
        Accountability cid = user("cid", List.of("editors", "reviewers"));

        CompiledLevels forAnn = plans.plan(context, "articles", query, ann);

        assertThat(plans.plan(context, "articles", query, bob)).isSameAs(forAnn);
        assertThat(plans.plan(context, "articles", query, cid)).isNotSameAs(forAnn);
        assertThat(plans.plan(context, "articles", query, admin())).isNotSameAs(forAnn);
    }

    @Test
    void plansBuiltUnderOlderPermissionRulesAreNotFoundAgain() {
        SchemaContext context = context();
        Query query = Query.fields(List.of("title"));
        CompiledLevels before = plans.plan(context, "articles", query, admin());

        rulesVersion.incrementAndGet();
        CompiledLevels after = plans.plan(context, "articles", query, admin());

        assertThat(after).isNotSameAs(before);
        assertThat(plans.plan(context, "articles", query, admin())).isSameAs(after);
    }

    @Test
    void aSchemaChangeForgetsEveryPlan() throws Exception {
        Query query = Query.fields(List.of("*"));
        CompiledLevels before = plans.plan(context(), "articles", query, admin());

        database.execute("ALTER TABLE articles ADD COLUMN summary text");
        schema.invalidate();
        CompiledLevels after = plans.plan(context(), "articles", query, admin());

        assertThat(after).isNotSameAs(before);
        assertThat(plans.size()).isEqualTo(1);
        assertThat(after.root().selections()).hasSize(before.root().selections().size() + 1);
    }

    private SchemaContext context() {
        return SchemaContext.of(schema.overview());
    }

    private Filter resolveTicks(Filter filter) {
        if (filter instanceof Filter.Condition condition && "$TICK".equals(condition.value())) {
            return new Filter.Condition(condition.field(), condition.operator(), ticks.incrementAndGet());
        }
        return filter;
    }

    private static Accountability admin() {
        return Accountability.system();
    }

    private static Accountability user(String id, List<String> policies) {
        // Admins, as the access rules of this test let only admins read; their policies still key the plan.
        return Accountability.user(id, Optional.of("role"), List.of("role"), policies, true, true, ClientInfo.UNKNOWN);
    }
}
