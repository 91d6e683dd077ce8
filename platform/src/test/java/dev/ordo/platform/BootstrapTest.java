package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** First start installs the system tables and one admin; later starts change nothing. */
class BootstrapTest {

    private static final List<String> CORE_TABLES = List.of("directus_access", "directus_activity", "directus_collections",
        "directus_fields", "directus_files", "directus_folders", "directus_migrations", "directus_permissions",
        "directus_policies", "directus_presets", "directus_relations", "directus_revisions", "directus_roles",
        "directus_sessions", "directus_settings", "directus_users");

    @ParameterizedTest
    @MethodSource("dev.ordo.platform.testing.TestVendor#available")
    void bootstrapInstallsTheSystemTablesAndOneAdminOnce(TestVendor vendor) throws Exception {
        try (TestDatabase database = vendor.createDatabase()) {
            OrdoHost.bootstrap(config(database, Map.of()));
            OrdoHost.bootstrap(config(database, Map.of("ADMIN_EMAIL", "second@example.com")));

            assertThat(tables(database)).containsAll(CORE_TABLES);
            assertThat(count(database, "SELECT COUNT(*) FROM directus_users")).isEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM directus_migrations")).isEqualTo(2);
            assertThat(count(database, fieldsForeignKeys(vendor))).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM directus_policies WHERE admin_access = "
                + trueLiteral(vendor))).isEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM directus_policies WHERE id = "
                + "'abf8a154-5b1c-4a46-ac9c-7300570f4f17'")).isEqualTo(1);
            assertThat(text(database, "SELECT password FROM directus_users")).startsWith("$argon2id$");
            try (OrdoTestServer ordo = OrdoTestServer.start(database, Map.of())) {
                assertThat(ordo.adminToken()).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.ordo.platform.testing.TestVendor#available")
    void aGeneratedAdminPasswordIsPrintedOnceAndWorks(TestVendor vendor) throws Exception {
        try (TestDatabase database = vendor.createDatabase()) {
            String firstRun = captureStandardOutput(() -> OrdoHost.bootstrap(config(database, Map.of("ADMIN_PASSWORD", ""))));
            String secondRun = captureStandardOutput(() -> OrdoHost.bootstrap(config(database, Map.of("ADMIN_PASSWORD", ""))));

            Matcher printed = Pattern.compile("admin@example\\.com / (\\S+)").matcher(firstRun);
            assertThat(printed.find()).as("printed credentials in: %s", firstRun).isTrue();
            assertThat(secondRun).doesNotContain(printed.group(1));
            try (OrdoTestServer ordo = OrdoTestServer.start(database, Map.of("ADMIN_PASSWORD", ""))) {
                var login = ordo.post("/auth/login", Map.of("email", "admin@example.com", "password", printed.group(1)));
                assertThat(login.status()).isEqualTo(200);
            }
        }
    }

    /** Databases made before ordo-0002 have a foreign key from directus_fields.collection, which Directus has not. */
    @ParameterizedTest
    @MethodSource("dev.ordo.platform.testing.TestVendor#available")
    void theForeignKeyOfFieldRowsToTheirCollectionIsDropped(TestVendor vendor) throws Exception {
        try (TestDatabase database = vendor.createDatabase()) {
            OrdoHost.bootstrap(config(database, Map.of()));
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                if (vendor == TestVendor.SQLITE) {
                    makeOldOnSqlite(statement);
                } else {
                    statement.execute("ALTER TABLE directus_fields ADD CONSTRAINT directus_fields_collection_foreign"
                        + " FOREIGN KEY (collection) REFERENCES directus_collections (collection) ON DELETE CASCADE");
                }
                statement.execute("DELETE FROM directus_migrations WHERE version = 'ordo-0002'");
            }
            assertThat(count(database, fieldsForeignKeys(vendor))).isEqualTo(1);

            OrdoHost.bootstrap(config(database, Map.of()));

            assertThat(count(database, fieldsForeignKeys(vendor))).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM directus_migrations")).isEqualTo(2);
        }
    }

    /**
     * SQLite cannot add a constraint to a table: the table is made again as an old database has it, with the key on
     * {@code collection}, and its rows copied over.
     */
    private static void makeOldOnSqlite(Statement statement) throws Exception {
        String definition;
        try (ResultSet table = statement.executeQuery(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'directus_fields'")) {
            table.next();
            definition = table.getString(1);
        }
        String withKey = definition.replaceFirst("\"collection\" varchar\\(64\\) not null",
            "\"collection\" varchar(64) not null references \"directus_collections\" (\"collection\") on delete cascade");
        assertThat(withKey).as("the column definition the test rewrites").isNotEqualTo(definition);
        statement.execute("PRAGMA foreign_keys = OFF");
        statement.execute("ALTER TABLE directus_fields RENAME TO directus_fields_new");
        statement.execute(withKey);
        statement.execute("INSERT INTO directus_fields SELECT * FROM directus_fields_new");
        statement.execute("DROP TABLE directus_fields_new");
        statement.execute("PRAGMA foreign_keys = ON");
    }

    private static String fieldsForeignKeys(TestVendor vendor) {
        return switch (vendor) {
            case SQLITE -> "SELECT COUNT(*) FROM pragma_foreign_key_list('directus_fields')";
            case POSTGRES -> "SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_name = "
                + "'directus_fields' AND constraint_type = 'FOREIGN KEY' AND table_schema = current_schema()";
            case MYSQL -> "SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_NAME = "
                + "'directus_fields' AND CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = DATABASE()";
        };
    }

    private static OrdoConfig config(TestDatabase database, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(OrdoTestServer.defaults());
        env.putAll(database.settings());
        env.putAll(overrides);
        return OrdoConfig.from(new EnvironmentSettings(env), OrdoTestServer.pluginDirectory());
    }

    private static String captureStandardOutput(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String trueLiteral(TestVendor vendor) {
        return vendor == TestVendor.POSTGRES ? "TRUE" : "1";
    }

    private static List<String> tables(TestDatabase database) throws SQLException {
        String query = switch (database.vendor()) {
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table'";
            case POSTGRES -> "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
            case MYSQL -> "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()";
        };
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static long count(TestDatabase database, String sql) throws SQLException {
        return Long.parseLong(text(database, sql));
    }

    private static String text(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
