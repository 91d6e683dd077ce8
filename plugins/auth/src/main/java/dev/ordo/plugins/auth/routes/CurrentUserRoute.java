package dev.ordo.plugins.auth.routes;

import dev.ordo.api.db.Database;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.plugins.auth.store.UserRowReader;

/** {@code GET /users/me}: the caller's own user row, secrets concealed. Callers without a user get 401, as in Directus. */
public final class CurrentUserRoute implements RouteHandler {

    private final Database database;
    private final UserRowReader rows;

    public CurrentUserRoute(Database database, UserRowReader rows) {
        this.database = database;
        this.rows = rows;
    }

    @Override
    public Response handle(Request request) throws Exception {
        String user = request.accountability().user().orElseThrow(InvalidCredentialsException::new);
        return Response.data(database.withConnection(connection -> rows.read(connection, user))
            .orElseThrow(InvalidCredentialsException::new));
    }
}
