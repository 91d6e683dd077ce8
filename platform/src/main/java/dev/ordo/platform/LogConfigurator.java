package dev.ordo.platform;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Ordo's log set-up: one line per event on standard output, chatty libraries at WARN. Written in code rather than
 * logback.xml because parsing the XML costs a noticeable share of start-up. An operator's own file
 * ({@code -Dlogback.configurationFile=...}) still takes over.
 *
 * <p>Lines are written by a background thread, so a request does not wait for standard output (every request is
 * logged, and a slow log reader would otherwise slow every answer). No line is dropped: when the queue is full,
 * logging waits; {@link Logging#flush()} writes what is queued when Ordo stops.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    private static final int QUEUE_SIZE = 8192;

    private static final Map<String, Level> QUIET_LIBRARIES = Map.of(
        "org.eclipse.jetty", Level.WARN,
        "io.javalin", Level.WARN,
        "com.zaxxer.hikari", Level.WARN,
        "org.pf4j", Level.WARN,
        "org.jooq", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        console.setEncoder(encoder);
        console.start();
        AsyncAppender background = new AsyncAppender();
        background.setContext(context);
        background.setName("background");
        background.setQueueSize(QUEUE_SIZE);
        background.setDiscardingThreshold(0);
        background.addAppender(console);
        background.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(background);
        QUIET_LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
