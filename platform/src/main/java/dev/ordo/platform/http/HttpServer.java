package dev.ordo.platform.http;

import dev.ordo.api.http.HttpMethod;
import dev.ordo.platform.config.ServerConfig;
import dev.ordo.platform.config.StartupException;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Javalin as Ordo uses it: an HTTP server whose every request goes to the {@link HttpPipeline}. One log line per
 * request (method, path without the query string, which may hold a token, status, time).
 */
public final class HttpServer {

    private static final Logger LOG = LoggerFactory.getLogger("ordo.http");

    /** How long a connection with no request running may stay open once Ordo stops. */
    private static final long IDLE_CONNECTION_GRACE_MILLIS = 50;

    private final Javalin javalin;
    private final HttpPipeline pipeline;

    private HttpServer(Javalin javalin, HttpPipeline pipeline) {
        this.javalin = javalin;
        this.pipeline = pipeline;
    }

    public static HttpServer start(ServerConfig config, HttpPipeline pipeline) {
        Javalin javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(config.shutdownTimeout().toMillis());
                server.setErrorHandler(new JsonErrorHandler());
            });
            // Large filters travel in the query string; Directus (Node) accepts 16 KB of headers, Ordo 64 KB.
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            for (HttpMethod method : HttpMethod.values()) {
                cfg.routes.addHttpHandler(HandlerType.findOrCreate(method.name()), "*", pipeline::handle);
            }
            cfg.routes.error(404, context -> pipeline.handleOutsidePipeline(context, 404));
            cfg.routes.error(405, context -> pipeline.handleOutsidePipeline(context, 405));
            cfg.requestLogger.http((context, millis) -> {
                if (LOG.isInfoEnabled()) { // skips building the arguments on every request when the line is off
                    LOG.info("{} {} {} {}ms", context.method(), context.path(), context.statusCode(), Math.round(millis));
                }
            });
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            throw new StartupException("Cannot listen on HOST " + config.host() + " PORT " + config.port()
                + " (is the port already in use?): " + e.getMessage(), e);
        }
        return new HttpServer(javalin, pipeline);
    }

    /** Answers every route from now on; until then only {@code /server/ping} (see {@link HttpPipeline#open()}). */
    public void open() {
        pipeline.open();
    }

    /** The port actually listened on (useful when PORT is 0). */
    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and lets running ones finish, up to SERVER_SHUTDOWN_TIMEOUT. */
    public void stop() {
        // A kept-alive connection with no request on it would otherwise hold the stop for the whole grace period.
        for (Connector connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector jetty) {
                jetty.setShutdownIdleTimeout(IDLE_CONNECTION_GRACE_MILLIS);
            }
        }
        try {
            javalin.stop();
        } catch (RuntimeException e) {
            // Jetty reports connections still open when the grace period ends; it has closed them and stopped anyway.
            LOG.debug("HTTP server stopped after its grace period: {}", e.toString());
        }
    }
}
