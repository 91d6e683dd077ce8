package dev.ordo.platform.server;

import dev.ordo.platform.db.PooledDatabase;
import dev.ordo.platform.db.PooledDatabase.PoolUsage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database check behind {@code GET /server/health}, in the draft-inadarei health-check shape Directus uses:
 * response time against {@code DB_HEALTHCHECK_THRESHOLD}, and the pool's connections.
 */
final class HealthCheck {

    private final PooledDatabase database;
    private final Duration threshold;

    HealthCheck(PooledDatabase database, Duration threshold) {
        this.database = database;
        this.threshold = threshold;
    }

    Result run() {
        String prefix = database.client();
        Map<String, Object> checks = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet ignored = statement.executeQuery("SELECT 1")) {
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            String status = millis > threshold.toMillis() ? "warn" : "ok";
            checks.put(prefix + ":responseTime", List.of(observation("ms", Math.round(millis * 100) / 100.0, status,
                threshold.toMillis())));
            PoolUsage usage = database.usage();
            checks.put(prefix + ":connectionsAvailable", List.of(count(usage.maximum() - usage.active())));
            checks.put(prefix + ":connectionsUsed", List.of(count(usage.active())));
            return new Result(status, checks);
        } catch (SQLException e) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("componentType", "datastore");
            failure.put("status", "error");
            failure.put("output", "The database cannot be reached.");
            checks.put(prefix + ":responseTime", List.of(failure));
            return new Result("error", checks);
        }
    }

    private static Map<String, Object> observation(String unit, double value, String status, long limit) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("componentType", "datastore");
        check.put("observedUnit", unit);
        check.put("observedValue", value);
        check.put("threshold", limit);
        check.put("status", status);
        return check;
    }

    private static Map<String, Object> count(int value) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("componentType", "datastore");
        check.put("observedValue", value);
        check.put("status", "ok");
        return check;
    }

    /** @param status {@code ok}, {@code warn} or {@code error} */
    record Result(String status, Map<String, Object> checks) {
    }
}
