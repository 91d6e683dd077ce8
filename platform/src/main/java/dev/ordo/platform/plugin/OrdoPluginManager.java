package dev.ordo.platform.plugin;

import dev.ordo.api.ExtensionApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * PF4J configured for Ordo: plugins are jars (or folders with {@code lib/}) in the plugin directories, the
 * system version is the extension API's version so each plugin's {@code Plugin-Requires} range is checked,
 * and class loading follows {@link OrdoPluginClassLoader}.
 */
public final class OrdoPluginManager extends DefaultPluginManager {

    public OrdoPluginManager(List<Path> pluginDirectories) {
        super(pluginDirectories);
        setSystemVersion(ExtensionApi.VERSION);
    }

    /** Always deployment mode: development mode silently ignores jar files (STACK.md §3.5). */
    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
            .add(new JarPluginLoader(this) {
                @Override
                protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                    return new OrdoPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                }
            })
            .add(new DefaultPluginLoader(this) {
                @Override
                protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                    return new OrdoPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
                }
            });
    }

    /**
     * Stops started plugins in reverse start order and unloads everything. PF4J 3.15.0's {@code stopPlugins()}
     * throws ConcurrentModificationException once a plugin has started (pf4j#656), so plugins are stopped one by one.
     */
    public void stopAndUnloadAll() {
        List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            stopPlugin(plugin.getPluginId());
        }
        unloadPlugins();
    }
}
