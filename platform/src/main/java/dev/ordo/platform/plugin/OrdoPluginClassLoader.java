package dev.ordo.platform.plugin;

import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader. Plugin classes come first (so a plugin may bundle its own libraries), except that
 * the extension API always comes from the host, whatever a plugin bundles, so every plugin and the host share
 * one copy of each contract type. The host's own classes are not visible to plugins: modules use the API,
 * never the host.
 */
final class OrdoPluginClassLoader extends PluginClassLoader {

    private static final String API_PACKAGE = "dev.ordo.api.";
    private static final String HOST_PACKAGE = "dev.ordo.platform.";

    OrdoPluginClassLoader(PluginManager pluginManager, PluginDescriptor descriptor, ClassLoader parent) {
        super(pluginManager, descriptor, parent);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        return className.startsWith(API_PACKAGE) || super.shouldDelegateToParent(className);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (className.startsWith(HOST_PACKAGE)) {
            throw new ClassNotFoundException(className + " belongs to the Ordo host; plugins use dev.ordo.api only");
        }
        return super.loadClass(className);
    }
}
