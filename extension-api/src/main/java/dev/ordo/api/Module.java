package dev.ordo.api;

import org.pf4j.ExtensionPoint;

/**
 * A feature of Ordo: data, auth, files, flows, ... Every built-in feature is a module, written against
 * this API exactly as an outside author would write one.
 *
 * <p>The host creates each module once, calls {@link #start} after the database is ready and before the
 * HTTP server accepts requests, and {@link #stop} on shutdown. Routes, services and hooks registered
 * through the context are removed by the host when the module stops.
 */
public interface Module extends ExtensionPoint {

    /** A short, stable identifier, used in logs and in {@code GET /extensions}. */
    String id();

    /**
     * Registers routes, services and hooks. A module that throws is reported as failed and skipped;
     * the other modules keep running.
     */
    void start(ModuleContext context) throws Exception;

    /** Releases resources the module holds itself (threads, files). */
    default void stop() {
    }
}
