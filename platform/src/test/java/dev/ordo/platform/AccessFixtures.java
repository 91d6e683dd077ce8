package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the permission tests share: schema created over HTTP as the admin; roles, policies, access rows, permissions
 * and users written through the items service as the system (so its change events purge the cached rules); and
 * direct SQL reads of what Ordo wrote, past the API and its permissions.
 */
final class AccessFixtures {

    static final String PUBLIC_POLICY = "abf8a154-5b1c-4a46-ac9c-7300570f4f17";

    private final OrdoTestServer ordo;
    private final TestDatabase database;
    private final ItemsService items;
    private final String admin;

    AccessFixtures(OrdoTestServer ordo, TestDatabase database) {
        this.ordo = ordo;
        this.database = database;
        this.items = ordo.host().services().require(ItemsService.class);
        this.admin = ordo.adminToken();
    }

    String adminToken() {
        return admin;
    }

    /** A collection with an auto-increment integer key {@code id} and the given fields. */
    void collection(String name, Map<?, ?>... fields) {
        List<Object> all = new ArrayList<>();
        all.add(json("field", "id", "type", "integer", "schema",
            json("is_primary_key", true, "has_auto_increment", true)));
        all.addAll(List.of(fields));
        asAdmin("POST", "/collections", json("collection", name, "schema", json(), "fields", all));
    }

    static Map<String, Object> field(String name, String type) {
        return json("field", name, "type", type);
    }

    /** A field whose values must match {@code rule} ({@code directus_fields.validation}). */
    static Map<String, Object> validatedField(String name, String type, Map<String, Object> rule) {
        return json("field", name, "type", type, "meta", json("validation", rule));
    }

    /** {@code many.field} points at {@code one}; {@code oneField}, when given, is the one-to-many alias back. */
    void relation(String many, String field, String one, String oneField) {
        if (oneField != null) {
            asAdmin("POST", "/fields/" + one, json("field", oneField, "type", "alias", "meta",
                json("special", List.of("o2m"))));
        }
        asAdmin("POST", "/relations", json("collection", many, "field", field, "related_collection", one,
            "meta", json("one_field", oneField)));
    }

    /** Creates items as the admin and answers their keys. */
    List<Integer> insert(String collection, Map<?, ?>... rows) {
        HttpResult result = asAdmin("POST", "/items/" + collection + "?fields=id", List.of(rows));
        List<Integer> keys = new ArrayList<>();
        result.data().forEach(item -> keys.add(item.path("id").asInt()));
        return keys;
    }

    String role(String name, String parent) {
        String id = UUID.randomUUID().toString();
        items.createOne("directus_roles", json("id", id, "name", name, "parent", parent), Accountability.system());
        return id;
    }

    String policy(String name) {
        String id = UUID.randomUUID().toString();
        items.createOne("directus_policies", json("id", id, "name", name, "app_access", false, "admin_access", false),
            Accountability.system());
        return id;
    }

    /** Attaches {@code policy} to a role or to a user. */
    void attach(String policy, String role, String user) {
        items.createOne("directus_access", json("id", UUID.randomUUID().toString(), "policy", policy, "role", role,
            "user", user), Accountability.system());
    }

    void grant(String policy, Permission permission) {
        items.createOne("directus_permissions", json("policy", policy, "collection", permission.collection(),
            "action", permission.action(), "fields", permission.fields(), "permissions", permission.filter(),
            "validation", permission.validation(), "presets", permission.presets()), Accountability.system());
    }

    /** A user with a static token; answers the user's id. */
    String user(String role, String token) {
        String id = UUID.randomUUID().toString();
        items.createOne("directus_users", json("id", id, "email", token + "@example.com", "role", role, "token", token,
            "status", "active"), Accountability.system());
        return id;
    }

    HttpResult send(String method, String path, Object body, String token) {
        return ordo.send(method, path, body, token);
    }

    /** Rows read straight from the database, each column by its lower-case name. */
    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnLabel(column).toLowerCase(), result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** One column of the rows of {@code sql}, as text ({@code null} stays null), for comparisons across databases. */
    List<String> column(String sql, Object... parameters) {
        return rows(sql, parameters).stream()
            .map(row -> row.values().iterator().next())
            .map(value -> value == null ? null : String.valueOf(value))
            .toList();
    }

    private HttpResult asAdmin(String method, String path, Object body) {
        HttpResult result = ordo.send(method, path, body, admin);
        assertThat(result.status()).as(method + " " + path + ": " + result.body()).isIn(200, 204);
        return result;
    }

    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** One {@code directus_permissions} row, built up readably: {@code allow("update", "x", "a,b").where(...)}. */
    record Permission(String action, String collection, String fields, Map<String, Object> filter,
                      Map<String, Object> validation, Map<String, Object> presets) {

        static Permission allow(String action, String collection, String fields) {
            return new Permission(action, collection, fields, null, null, null);
        }

        /** Only on the items matching {@code itemFilter}. */
        Permission where(Map<String, Object> itemFilter) {
            return new Permission(action, collection, fields, itemFilter, validation, presets);
        }

        Permission validating(Map<String, Object> rule) {
            return new Permission(action, collection, fields, filter, rule, presets);
        }

        Permission presetting(Map<String, Object> values) {
            return new Permission(action, collection, fields, filter, validation, values);
        }
    }
}
