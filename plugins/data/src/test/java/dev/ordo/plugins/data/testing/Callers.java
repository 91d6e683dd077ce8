package dev.ordo.plugins.data.testing;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import java.util.List;
import java.util.Optional;

/** Accountabilities for route tests. */
public final class Callers {

    public static final Accountability ADMIN =
        Accountability.user("admin-id", Optional.of("admin-role"), List.of("admin-role"), List.of("admin-policy"), true,
            true, ClientInfo.UNKNOWN);

    public static final Accountability EDITOR =
        Accountability.user("editor-id", Optional.of("editor-role"), List.of("editor-role"), List.of("editor-policy"),
            false, true, ClientInfo.UNKNOWN);

    public static final Accountability ANONYMOUS = Accountability.anonymous(ClientInfo.UNKNOWN);

    private Callers() {
    }
}
