package dev.ordo.platform.server;

import dev.ordo.api.http.Response;
import dev.ordo.platform.http.RouteTable;
import dev.ordo.platform.plugin.PluginReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /extensions}: every installed plugin in the Directus shape ({@code id}, {@code bundle}, {@code meta},
 * {@code schema}), plus Ordo's {@code state} ({@code started}, {@code failed}, {@code disabled}) and {@code error}.
 */
public final class ExtensionsRoute {

    private final Supplier<List<PluginReport>> reports;

    public ExtensionsRoute(Supplier<List<PluginReport>> reports) {
        this.reports = reports;
    }

    public void register(RouteTable routes) {
        routes.get("/extensions", request -> Response.data(reports.get().stream().map(ExtensionsRoute::describe).toList()));
    }

    private static Map<String, Object> describe(PluginReport report) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("enabled", report.started());
        meta.put("folder", report.path().getFileName().toString());
        meta.put("source", "local");
        meta.put("bundle", null);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("name", report.id());
        schema.put("version", report.version());
        schema.put("type", "plugin");
        schema.put("description", report.description());
        schema.put("host", report.requires());
        schema.put("local", true);
        schema.put("provides", report.provides());
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("id", report.id());
        extension.put("bundle", null);
        extension.put("meta", meta);
        extension.put("schema", schema);
        extension.put("state", report.state());
        extension.put("error", report.error().orElse(null));
        return extension;
    }
}
