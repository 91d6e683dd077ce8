package dev.ordo.platform.server;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.config.Settings;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.platform.Version;
import dev.ordo.platform.db.PooledDatabase;
import dev.ordo.platform.http.RouteTable;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /server/ping}, {@code /server/health} and {@code /server/info}: answered by the host itself. */
public final class ServerRoutes {

    private final HealthCheck health;
    private final ProjectInfo project;
    private final String publicUrl;
    private final Settings settings;

    public ServerRoutes(PooledDatabase database, Duration healthThreshold, String publicUrl, Settings settings) {
        this.health = new HealthCheck(database, healthThreshold);
        this.project = new ProjectInfo(database);
        this.publicUrl = publicUrl;
        this.settings = settings;
    }

    /** {@code GET /server/ping}: answered before authentication, and already while Ordo is starting. */
    public static void registerPing(RouteTable routes) {
        routes.routeWithoutAuthentication(HttpMethod.GET, "/server/ping",
            request -> Response.text(200, "text/plain; charset=utf-8", "pong"));
    }

    public void register(RouteTable routes) {
        routes.get("/server/health", this::health);
        routes.get("/server/info", this::info);
    }

    private Response health(Request request) {
        HealthCheck.Result result = health.run();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.status());
        if (request.accountability().admin()) {
            body.put("releaseId", Version.ORDO);
            body.put("serviceId", publicUrl);
            body.put("checks", result.checks());
        }
        int status = result.status().equals("error") ? 503 : 200;
        return Response.json(status, body).withJsonContentType("application/health+json")
            .withHeader("Cache-Control", "no-cache");
    }

    private Response info(Request request) throws SQLException {
        Accountability caller = request.accountability();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("project", project.read());
        if (caller.user().isPresent() || caller.admin()) {
            info.put("version", Version.ORDO);
            info.put("queryLimit", Map.of(
                "default", settings.getInt("QUERY_LIMIT_DEFAULT", 100),
                "max", settings.getInt("QUERY_LIMIT_MAX", -1)));
            info.put("rateLimit", false);
            info.put("rateLimitGlobal", false);
            info.put("websocket", false);
        }
        return Response.data(info);
    }
}
