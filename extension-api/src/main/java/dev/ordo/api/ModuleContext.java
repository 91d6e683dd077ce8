package dev.ordo.api;

import dev.ordo.api.config.Settings;
import dev.ordo.api.db.Database;
import dev.ordo.api.event.Events;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.service.Services;

/** What the host gives a module when it starts. Everything a module needs from Ordo is reachable from here. */
public interface ModuleContext {

    /** The configuration: environment variables and the optional {@code .env} file. */
    Settings settings();

    /** The connection pool of the configured database. */
    Database database();

    /** The backend of the configured SQL flavour: introspection and DDL. */
    SchemaBackend schemaBackend();

    /** Registers HTTP routes. */
    Router router();

    /** The registry modules use to provide and find services ({@code SchemaService}, {@code Authenticator}, ...). */
    Services services();

    /** Filter and action hooks. */
    Events events();
}
