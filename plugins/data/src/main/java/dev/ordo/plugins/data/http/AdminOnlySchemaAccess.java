package dev.ordo.plugins.data.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;

/** Schema reading for admins only, until permissions arrive. */
public final class AdminOnlySchemaAccess implements SchemaReadAccess {

    @Override
    public void requireRead(Accountability accountability) {
        if (!accountability.admin()) {
            throw new ForbiddenException();
        }
    }
}
