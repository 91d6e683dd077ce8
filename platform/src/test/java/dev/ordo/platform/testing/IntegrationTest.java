package dev.ordo.platform.testing;

import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Base of tests that talk HTTP to a real Ordo: each test class runs once per available database (SQLite, and
 * PostgreSQL and MariaDB when configured), against a fresh database and a freshly started host.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.ordo.platform.testing.TestVendor#available")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest {

    @Parameter
    protected TestVendor vendor;

    protected TestDatabase database;
    protected OrdoTestServer ordo;

    /** Settings this test class adds to the defaults. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** Runs before Ordo starts, on the empty database (to create a fixture schema, for example). */
    protected void prepare(TestDatabase fresh) throws Exception {
    }

    /** Runs once Ordo is serving, before the first test. */
    protected void started() throws Exception {
    }

    /** Runs after the last test, while Ordo and the database are still there (for final checks). */
    protected void finished() throws Exception {
    }

    @BeforeParameterizedClassInvocation
    void startOrdo() throws Exception {
        database = vendor.createDatabase();
        prepare(database);
        ordo = OrdoTestServer.start(database, settings());
        started();
    }

    @AfterParameterizedClassInvocation
    void stopOrdo() throws Exception {
        try {
            finished();
        } finally {
            closeEverything();
        }
    }

    private void closeEverything() {
        if (ordo != null) {
            ordo.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
