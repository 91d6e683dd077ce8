package dev.ordo.platform;

import dev.ordo.api.Endpoint;
import dev.ordo.api.Module;
import dev.ordo.api.auth.Authenticator;
import dev.ordo.api.db.Database;
import dev.ordo.api.http.RateLimiters;
import dev.ordo.api.query.QueryValidator;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.api.service.Services;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.platform.config.StartupException;
import dev.ordo.platform.db.DatabaseConnector;
import dev.ordo.platform.db.PooledDatabase;
import dev.ordo.platform.http.HostRateLimiters;
import dev.ordo.platform.http.HttpPipeline;
import dev.ordo.platform.http.HttpServer;
import dev.ordo.platform.http.RequestLimits;
import dev.ordo.platform.http.RouteTable;
import dev.ordo.platform.module.EventBus;
import dev.ordo.platform.module.HostServices;
import dev.ordo.platform.module.ModuleRunner;
import dev.ordo.platform.module.ServiceRegistry;
import dev.ordo.platform.plugin.Contribution;
import dev.ordo.platform.plugin.InstalledPlugins;
import dev.ordo.platform.plugin.PluginReport;
import dev.ordo.platform.server.ExtensionsRoute;
import dev.ordo.platform.server.ServerRoutes;
import dev.ordo.platform.system.MigrationRunner;
import dev.ordo.platform.system.SystemTables;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Ordo. Start-up, in order: load and start the plugins, connect to the database through the backend
 * plugin for {@code DB_CLIENT}, bring the system tables up to date, start every module, then serve HTTP. Routes are
 * registered before the first request is accepted.
 */
public final class OrdoHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrdoHost.class);

    private final OrdoConfig config;
    private final RouteTable routes = new RouteTable();
    private final ServiceRegistry services = new ServiceRegistry();
    private final EventBus events = new EventBus();
    private InstalledPlugins plugins;
    private PooledDatabase database;
    /** The connected database's backend, which the HTTP pipeline (started alongside) asks to read errors. */
    private volatile SchemaBackend backend;
    private ModuleRunner modules;
    private HttpServer http;

    private OrdoHost(OrdoConfig config) {
        this.config = config;
    }

    /**
     * Starts Ordo and serves HTTP until {@link #close()}. The HTTP server starts alongside the rest, so the port is
     * open early: until everything has started it answers {@code /server/ping} and 503 for anything else.
     */
    public static OrdoHost start(OrdoConfig config) {
        long started = System.nanoTime();
        Logging.applyLevel(config.logLevel());
        OrdoHost host = new OrdoHost(config);
        try {
            CompletableFuture<HttpServer> server = host.startHttpServer();
            host.startCore();
            host.registerHostRoutes();
            host.http = awaitServer(server);
            host.http.open();
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        LOG.info("Ordo {} is listening on http://{}:{} ({} ms)", Version.ORDO, config.server().host(), host.port(),
            (System.nanoTime() - started) / 1_000_000);
        return host;
    }

    /** Installs or updates the system tables and lets every module set itself up (the first admin), then stops. */
    public static void bootstrap(OrdoConfig config) {
        Logging.applyLevel(config.logLevel());
        try (OrdoHost host = new OrdoHost(config)) {
            host.startCore();
        }
    }

    public int port() {
        return http.port();
    }

    /** The services modules registered (the items service among them), for code that embeds Ordo in-process. */
    public Services services() {
        return services;
    }

    /** The pooled database Ordo serves, for code that embeds Ordo in-process (tests checking what was written). */
    public Database database() {
        return database;
    }

    public List<PluginReport> plugins() {
        return plugins.reports();
    }

    private void startCore() {
        StartupTimer timer = new StartupTimer();
        plugins = InstalledPlugins.loadAndStart(config.pluginDirectories());
        List<Contribution<SchemaBackend>> backends = plugins.extensions(SchemaBackend.class);
        timer.lap("loaded " + plugins.reports().size() + " plugins");
        backend = DatabaseConnector.backendFor(config.database().client(), backends);
        database = DatabaseConnector.connect(backend, config.database());
        timer.lap("connected to " + database.vendor() + " " + database.serverVersion());
        SystemTables system = new SystemTables();
        migrate(backend, system);
        services.register(SystemSchema.class, system);
        services.register(RateLimiters.class, new HostRateLimiters(config.settings(), Clock.systemUTC()));
        timer.lap("checked the system tables");

        List<Contribution<Module>> moduleExtensions = plugins.extensions(Module.class);
        List<Contribution<Endpoint>> endpointExtensions = plugins.extensions(Endpoint.class);
        recordWhatPluginsProvide(backends, moduleExtensions, endpointExtensions);
        modules = new ModuleRunner(new HostServices(config.settings(), database, backend, routes, services, events), plugins);
        modules.startModules(moduleExtensions);
        modules.registerEndpoints(endpointExtensions);
        timer.lap("started " + moduleExtensions.size() + " modules and " + endpointExtensions.size() + " endpoints");
    }

    private void migrate(SchemaBackend backend, SystemTables system) {
        try {
            new MigrationRunner(database, backend, system).migrate();
        } catch (SQLException e) {
            throw new StartupException("The system tables could not be installed in the database: " + e.getMessage(), e);
        }
    }

    /**
     * Binds the port and starts Jetty (and the JSON codec, whose set-up is costly) on another thread while the plugins
     * and the database start on this one.
     */
    private CompletableFuture<HttpServer> startHttpServer() {
        ServerRoutes.registerPing(routes);
        boolean trustProxy = config.settings().getBoolean("IP_TRUST_PROXY", false);
        CompletableFuture<HttpServer> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                StartupTimer timer = new StartupTimer();
                HttpPipeline pipeline = new HttpPipeline(routes, () -> services.find(Authenticator.class),
                    () -> services.find(QueryValidator.class), config.server().maxPayloadBytes(), trustProxy,
                    new RequestLimits(config.server().globalRateLimit(), config.server().ipRateLimit(), Clock.systemUTC()),
                    config.server().cors(), () -> Optional.ofNullable(backend));
                server.complete(HttpServer.start(config.server(), pipeline));
                timer.lap("started the HTTP server");
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "ordo-http-start");
        starter.setDaemon(true);
        starter.start();
        return server;
    }

    private void registerHostRoutes() {
        new ServerRoutes(database, config.database().healthThreshold(), config.server().publicUrl(), config.settings())
            .register(routes);
        new ExtensionsRoute(plugins::reports).register(routes);
    }

    private static HttpServer awaitServer(CompletableFuture<HttpServer> server) {
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void recordWhatPluginsProvide(List<Contribution<SchemaBackend>> backends,
                                          List<Contribution<Module>> modulesFound,
                                          List<Contribution<Endpoint>> endpoints) {
        Map<String, List<String>> provides = new LinkedHashMap<>();
        backends.forEach(c -> add(provides, c.pluginId(), "schema-backend:" + c.extension().clients().get(0)));
        modulesFound.forEach(c -> add(provides, c.pluginId(), "module:" + c.extension().id()));
        endpoints.forEach(c -> add(provides, c.pluginId(), "endpoint:/" + c.extension().id()));
        provides.forEach(plugins::recordProvides);
    }

    private static void add(Map<String, List<String>> provides, String pluginId, String kind) {
        provides.computeIfAbsent(pluginId, id -> new ArrayList<>()).add(kind);
    }

    /** Stops serving (letting running requests finish), stops modules and plugins, closes the pool. */
    @Override
    public void close() {
        if (http != null) {
            http.stop();
            http = null;
        }
        if (modules != null) {
            modules.stopAll();
            modules = null;
        }
        if (plugins != null) {
            plugins.stop();
            plugins = null;
        }
        if (database != null) {
            database.close();
            database = null;
            LOG.info("Ordo has stopped");
        }
    }
}
