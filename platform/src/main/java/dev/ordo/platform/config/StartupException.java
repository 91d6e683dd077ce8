package dev.ordo.platform.config;

/**
 * Ordo cannot start. The message is one sentence for the operator, naming the setting to fix; it is printed
 * without a stack trace.
 */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
