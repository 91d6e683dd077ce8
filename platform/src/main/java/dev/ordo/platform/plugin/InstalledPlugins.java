package dev.ordo.platform.plugin;

import dev.ordo.api.ExtensionApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins found in the plugin directories: loaded and started once, then asked for their extensions.
 * A plugin that cannot load, start or create its extensions is reported and skipped; the others keep working.
 */
public final class InstalledPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(InstalledPlugins.class);

    private final OrdoPluginManager manager;
    private final Map<String, PluginReport> reports = new LinkedHashMap<>();

    private InstalledPlugins(OrdoPluginManager manager) {
        this.manager = manager;
    }

    public static InstalledPlugins loadAndStart(List<Path> directories) {
        OrdoPluginManager manager = new OrdoPluginManager(directories);
        manager.loadPlugins();
        manager.startPlugins();
        InstalledPlugins plugins = new InstalledPlugins(manager);
        for (PluginWrapper plugin : manager.getPlugins()) {
            plugins.reports.put(plugin.getPluginId(), plugins.describe(plugin));
        }
        return plugins;
    }

    /** The extensions of one type from every started plugin, in plugin order. */
    public <T> List<Contribution<T>> extensions(Class<T> type) {
        List<Contribution<T>> found = new ArrayList<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            String id = plugin.getPluginId();
            if (!reports.get(id).started()) {
                continue;
            }
            try {
                manager.getExtensions(type, id).forEach(extension -> found.add(new Contribution<>(id, extension)));
            } catch (RuntimeException e) {
                markFailed(id, "its " + type.getSimpleName() + " extension could not be created: " + rootMessage(e));
            }
        }
        return found;
    }

    public void markFailed(String pluginId, String reason) {
        LOG.error("Plugin {} failed: {}", pluginId, reason);
        reports.computeIfPresent(pluginId, (id, report) -> report.failed(reason));
    }

    public void recordProvides(String pluginId, List<String> kinds) {
        reports.computeIfPresent(pluginId, (id, report) -> report.providing(kinds));
    }

    public List<PluginReport> reports() {
        return List.copyOf(reports.values());
    }

    public void stop() {
        manager.stopAndUnloadAll();
    }

    private PluginReport describe(PluginWrapper plugin) {
        PluginDescriptor descriptor = plugin.getDescriptor();
        String requires = descriptor.getRequires() == null ? "*" : descriptor.getRequires();
        String state;
        Optional<String> error = Optional.empty();
        if (plugin.getPluginState().isStarted()) {
            state = "started";
        } else if (!manager.getVersionManager().checkVersionConstraint(ExtensionApi.VERSION, requires)) {
            state = "disabled";
            error = Optional.of("it requires extension API " + requires + " but this Ordo provides "
                + ExtensionApi.VERSION);
            LOG.warn("Plugin {} {} is not loaded: {}", plugin.getPluginId(), descriptor.getVersion(), error.get());
        } else {
            state = plugin.getPluginState().isDisabled() ? "disabled" : "failed";
            error = Optional.ofNullable(plugin.getFailedException()).map(InstalledPlugins::rootMessage)
                .or(() -> Optional.of("it did not start (state " + plugin.getPluginState() + ")"));
            LOG.error("Plugin {} did not start: {}", plugin.getPluginId(), error.get());
        }
        String description = descriptor.getPluginDescription() == null ? "" : descriptor.getPluginDescription();
        return new PluginReport(plugin.getPluginId(), descriptor.getVersion(), description, requires,
            plugin.getPluginPath(), state, error, List.of());
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
