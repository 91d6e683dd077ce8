package dev.ordo.platform.module;

import dev.ordo.api.Endpoint;
import dev.ordo.api.Module;
import dev.ordo.platform.plugin.Contribution;
import dev.ordo.platform.plugin.InstalledPlugins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every module and endpoint extension with its own context, and stops them in reverse order. One that
 * throws while starting has its registrations undone and its plugin reported as failed; the rest keep running.
 */
public final class ModuleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRunner.class);
    private static final Pattern ENDPOINT_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final HostServices host;
    private final InstalledPlugins plugins;
    private final List<Running> running = new ArrayList<>();

    public ModuleRunner(HostServices host, InstalledPlugins plugins) {
        this.host = host;
        this.plugins = plugins;
    }

    public void startModules(List<Contribution<Module>> modules) {
        for (Contribution<Module> contribution : modules) {
            Module module = contribution.extension();
            ScopedModuleContext context = new ScopedModuleContext(host, new RegistrationTracker(), "");
            start(contribution.pluginId(), "module " + module.id(), context, () -> module.start(context), module::stop);
        }
    }

    /** Mounts each endpoint extension under {@code /<id>}. */
    public void registerEndpoints(List<Contribution<Endpoint>> endpoints) {
        for (Contribution<Endpoint> contribution : endpoints) {
            Endpoint endpoint = contribution.extension();
            String id = endpoint.id();
            if (!ENDPOINT_ID.matcher(id).matches()) {
                plugins.markFailed(contribution.pluginId(), "endpoint id \"" + id + "\" must be letters, digits, - or _");
                continue;
            }
            ScopedModuleContext context = new ScopedModuleContext(host, new RegistrationTracker(), "/" + id);
            start(contribution.pluginId(), "endpoint /" + id, context,
                () -> endpoint.register(context.router(), context), () -> { });
        }
    }

    /** Stops modules newest first and removes what they registered. */
    public void stopAll() {
        List<Running> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        for (Running entry : reversed) {
            try {
                entry.stop().run();
            } catch (RuntimeException e) {
                LOG.warn("{} did not stop cleanly: {}", entry.name(), e.toString());
            }
            entry.context().removeRegistrations();
        }
        running.clear();
    }

    private void start(String pluginId, String name, ScopedModuleContext context, Starter starter, Runnable stop) {
        try {
            starter.start();
            running.add(new Running(name, context, stop));
            LOG.debug("Started {} of plugin {}", name, pluginId);
        } catch (Exception | LinkageError e) {
            context.removeRegistrations();
            plugins.markFailed(pluginId, name + " could not start: " + describe(e));
            LOG.debug("Start failure of " + name, e);
        }
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    @FunctionalInterface
    private interface Starter {
        void start() throws Exception;
    }

    private record Running(String name, ScopedModuleContext context, Runnable stop) {
    }
}
