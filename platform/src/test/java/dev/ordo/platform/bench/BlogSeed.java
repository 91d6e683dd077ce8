package dev.ordo.platform.bench;

import dev.ordo.platform.OrdoHost;
import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's data set: 100 authors, 50 tags, 10,000 articles with a many-to-one author and a many-to-many to
 * tags (through articles_tags, 1–4 tags each), in each flavour's SQL, with the Directus relation metadata. Runs on a
 * database whose system tables Ordo has already installed.
 */
final class BlogSeed {

    static final int AUTHORS = 100;
    static final int TAGS = 50;
    static final int ARTICLES = 10_000;
    /** The static token of the admin the HTTP benchmarks call as. */
    static final String ADMIN_TOKEN = "benchmark-admin-token";

    private BlogSeed() {
    }

    /**
     * Installs Ordo's system tables in {@code database}, then the blog; answers the configuration (test defaults,
     * the database, {@code settings}) to start Ordo on it with.
     */
    static OrdoConfig install(TestDatabase database, Map<String, String> settings) throws SQLException {
        Map<String, String> env = new HashMap<>(OrdoTestServer.defaults());
        env.putAll(database.settings());
        env.putAll(settings);
        OrdoConfig config = OrdoConfig.from(new EnvironmentSettings(env), OrdoTestServer.pluginDirectory());
        OrdoHost.bootstrap(config);
        create(database);
        return config;
    }

    /** Ordo started on the seeded blog, its first admin answering to {@link #ADMIN_TOKEN}. */
    static OrdoHost startOrdo(TestDatabase database) throws Exception {
        return OrdoHost.start(install(database, Map.of("ADMIN_TOKEN", ADMIN_TOKEN)));
    }

    private static void create(TestDatabase database) throws SQLException {
        TestVendor vendor = database.vendor();
        String key = switch (vendor) {
            case SQLITE -> "integer PRIMARY KEY AUTOINCREMENT";
            case POSTGRES -> "serial PRIMARY KEY";
            case MYSQL -> "int AUTO_INCREMENT PRIMARY KEY";
        };
        String reference = vendor == TestVendor.MYSQL ? "int" : "integer";
        String timestamp = vendor == TestVendor.POSTGRES ? "timestamp" : "datetime";
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE authors (id " + key + ", name varchar(100) NOT NULL)");
            statement.execute("CREATE TABLE tags (id " + key + ", name varchar(50) NOT NULL)");
            statement.execute("CREATE TABLE articles (id " + key + ", title varchar(200) NOT NULL, status varchar(20) NOT NULL, "
                + "views " + reference + " NOT NULL, published_on " + timestamp + ", body text, author " + reference
                + " REFERENCES authors (id))");
            statement.execute("CREATE TABLE articles_tags (id " + key + ", articles_id " + reference
                + " REFERENCES articles (id), tags_id " + reference + " REFERENCES tags (id))");
            statement.execute("CREATE INDEX articles_tags_articles_id ON articles_tags (articles_id)");
            statement.execute("CREATE INDEX articles_views ON articles (views)");
            statement.execute("INSERT INTO directus_relations (many_collection, many_field, one_collection) "
                + "VALUES ('articles', 'author', 'authors')");
            statement.execute("INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, "
                + "junction_field) VALUES ('articles_tags', 'articles_id', 'articles', 'tags', 'tags_id')");
            statement.execute("INSERT INTO directus_relations (many_collection, many_field, one_collection, "
                + "junction_field) VALUES ('articles_tags', 'tags_id', 'tags', 'articles_id')");
            // The alias field's metadata row needs the collection's (directus_fields.collection is a foreign key).
            statement.execute("INSERT INTO directus_collections (collection) VALUES ('articles')");
            statement.execute("INSERT INTO directus_fields (collection, field, special) VALUES ('articles', 'tags', 'm2m')");
        }
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            // Keys are given: MariaDB may leave gaps in auto-increment keys of batched inserts, and the links below
            // count on 1..n.
            insert(connection, "INSERT INTO authors (id, name) VALUES (?, ?)", AUTHORS, (row, i) -> {
                row.setInt(1, i + 1);
                row.setString(2, "Author " + i);
            });
            insert(connection, "INSERT INTO tags (id, name) VALUES (?, ?)", TAGS, (row, i) -> {
                row.setInt(1, i + 1);
                row.setString(2, "tag-" + i);
            });
            Random random = new Random(42);
            String[] statuses = {"published", "draft", "archived"};
            insert(connection, "INSERT INTO articles (id, title, status, views, published_on, body, author) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", ARTICLES, (row, i) -> {
                    row.setInt(1, i + 1);
                    row.setString(2, "Article " + i);
                    row.setString(3, statuses[random.nextInt(statuses.length)]);
                    row.setInt(4, random.nextInt(1000));
                    String published = String.format("2024-%02d-%02d 10:00:00", 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                    // SQLite keeps datetimes as text, as Directus writes them; the others take a timestamp.
                    if (vendor == TestVendor.SQLITE) {
                        row.setString(5, published);
                    } else {
                        row.setTimestamp(5, Timestamp.valueOf(published));
                    }
                    row.setString(6, "Body of article " + i);
                    row.setInt(7, 1 + random.nextInt(AUTHORS));
                });
            int[] next = {0};
            insert(connection, "INSERT INTO articles_tags (articles_id, tags_id) VALUES (?, ?)", ARTICLES * 5 / 2,
                (row, i) -> {
                    int article = 1 + i * 2 / 5;
                    row.setInt(1, article);
                    row.setInt(2, 1 + (article * 7 + next[0]++) % TAGS);
                });
            if (vendor == TestVendor.POSTGRES) {
                // Serial keys continue after the given ones, so later inserts (the create benchmark) get new keys.
                try (Statement statement = connection.createStatement()) {
                    for (String table : new String[] {"authors", "tags", "articles"}) {
                        statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "(SELECT MAX(id) FROM " + table + "))");
                    }
                }
            }
            connection.commit();
        }
    }

    private static void insert(Connection connection, String sql, int rows, RowWriter writer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                writer.write(statement, i);
                statement.addBatch();
                if (i % 1000 == 999) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(PreparedStatement row, int index) throws SQLException;
    }
}
