package dev.ordo.plugins.data.cache;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.http.Request;
import java.util.List;
import java.util.Optional;

/**
 * What a kept answer is found by: everything of the caller that decides what they may see (so an answer is never
 * served to anyone whose user, role chain, policies, flags or share differ, whatever Ordo's settings), the path and
 * the query string. Directus keys by user alone; Ordo keys by more so that a role or policy change, or a share
 * token, never meets an answer computed for other rights.
 */
record CacheKey(Optional<String> user, Optional<String> role, List<String> roles, List<String> policies,
                boolean admin, boolean app, Optional<String> share, String path, String query) {

    static CacheKey of(Request request) {
        Accountability caller = request.accountability();
        return new CacheKey(caller.user(), caller.role(), caller.roles(), caller.policies(), caller.admin(),
            caller.app(), caller.share(), request.path(), request.queryString());
    }
}
