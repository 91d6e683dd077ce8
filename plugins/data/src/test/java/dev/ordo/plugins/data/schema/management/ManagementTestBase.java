package dev.ordo.plugins.data.schema.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Response;
import dev.ordo.plugins.data.testing.Callers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Calls the schema write routes over a real SQLite database, as an admin unless told otherwise. */
abstract class ManagementTestBase {

    @TempDir
    Path folder;

    ManagedSqlite db;

    @BeforeEach
    void openDatabase() throws Exception {
        db = new ManagedSqlite(folder.resolve("managed-" + System.nanoTime() + ".db"));
    }

    Response call(HttpMethod method, String path, Object body) throws Exception {
        return call(method, path, body, Callers.ADMIN);
    }

    Response call(HttpMethod method, String path, Object body, Accountability caller) throws Exception {
        return db.call(method, path, body, caller);
    }

    /** The {@code data} of a 200 answer. */
    Object data(HttpMethod method, String path, Object body) throws Exception {
        Response response = call(method, path, body);
        assertThat(response.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> envelope = (Map<String, Object>) ((Response.Body.Json) response.body()).value();
        return envelope.get("data");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(HttpMethod method, String path, Object body) throws Exception {
        return (Map<String, Object>) data(method, path, body);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(HttpMethod method, String path, Object body) throws Exception {
        return (List<Map<String, Object>>) data(method, path, body);
    }

    Map<String, Object> get(String path) throws Exception {
        return object(HttpMethod.GET, path, null);
    }

    /** The error a request fails with. */
    OrdoException failure(HttpMethod method, String path, Object body) {
        return failure(method, path, body, Callers.ADMIN);
    }

    OrdoException failure(HttpMethod method, String path, Object body, Accountability caller) {
        try {
            call(method, path, body, caller);
        } catch (OrdoException expected) {
            return expected;
        } catch (Exception other) {
            throw new AssertionError("failed with something else than an API error", other);
        }
        throw new AssertionError(method + " " + path + " should have failed");
    }

    static void assertInvalidPayload(OrdoException error, String reason) {
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.extensions()).containsEntry("reason", reason);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> meta(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("meta");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> schema(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("schema");
    }

    /** An ordered map that may hold nulls. */
    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
