package dev.ordo.plugins.auth.support;

import dev.ordo.api.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes fixture rows and reads rows back with plain SQL, so tests check what is really stored. */
public final class Rows {

    private final Database database;

    public Rows(Database database) {
        this.database = database;
    }

    public String role(String name, String parent) throws SQLException {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO directus_roles (id, name, parent) VALUES (?, ?, ?)", id, name, parent);
        return id;
    }

    public String policy(String name, boolean admin, boolean app) throws SQLException {
        return policy(name, admin, app, null, false);
    }

    public String policy(String name, boolean admin, boolean app, String ipAccess, boolean enforceTfa) throws SQLException {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO directus_policies (id, name, admin_access, app_access, ip_access, enforce_tfa) VALUES (?, ?, ?, ?, ?, ?)",
            id, name, admin, app, ipAccess, enforceTfa);
        return id;
    }

    public void access(String role, String user, String policy, Integer sort) throws SQLException {
        update("INSERT INTO directus_access (id, role, \"user\", policy, sort) VALUES (?, ?, ?, ?, ?)",
            UUID.randomUUID().toString(), role, user, policy, sort);
    }

    public String user(String email, String passwordHash, String status, String role) throws SQLException {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO directus_users (id, email, password, status, role) VALUES (?, ?, ?, ?, ?)",
            id, email, passwordHash, status, role);
        return id;
    }

    public int update(String sql, Object... values) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    public List<Map<String, Object>> select(String sql, Object... values) throws SQLException {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.put(meta.getColumnLabel(i), result.getObject(i));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    public Object single(String sql, Object... values) throws SQLException {
        List<Map<String, Object>> rows = select(sql, values);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("Expected one value from " + sql + " but got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    public long count(String table) throws SQLException {
        return ((Number) single("SELECT COUNT(*) FROM " + table)).longValue();
    }
}
