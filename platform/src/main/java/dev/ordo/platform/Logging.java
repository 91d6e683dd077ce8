package dev.ordo.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.ordo.api.config.InvalidSettingException;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** Applies {@code LOG_LEVEL} (Directus's names: fatal, error, warn, info, debug, trace, silent), and flushes the log. */
final class Logging {

    private Logging() {
    }

    static void applyLevel(String level) {
        Level logback = switch (level.toLowerCase(Locale.ROOT)) {
            case "fatal", "error" -> Level.ERROR;
            case "warn" -> Level.WARN;
            case "info" -> Level.INFO;
            case "debug" -> Level.DEBUG;
            case "trace" -> Level.TRACE;
            case "silent" -> Level.OFF;
            default -> throw new InvalidSettingException("LOG_LEVEL", "must be one of fatal, error, warn, info, debug, trace, silent");
        };
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(logback);
        }
    }

    /** Writes every queued line and stops logging; the last thing the process does. */
    static void flush() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.stop();
        }
    }
}
