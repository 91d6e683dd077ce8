package dev.ordo.plugins.data.introspection;

import dev.ordo.api.auth.Accountability;

/** The caller with admin rights but their own identity, so dynamic variables in rules still resolve to them. */
final class Unrestricted {

    private Unrestricted() {
    }

    static Accountability as(Accountability caller) {
        return caller.user()
            .map(user -> Accountability.user(user, caller.role(), caller.roles(), caller.policies(), true, true,
                caller.client()))
            .orElseGet(() -> Accountability.system().withClient(caller.client()));
    }
}
