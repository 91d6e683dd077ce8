package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;

/**
 * Checks every {@code json(field, path)} call in a path the way Directus parses it, with Directus's reasons; the path
 * itself must be a {@link JsonPath} within the {@code MAX_JSON_QUERY_DEPTH} limit.
 */
final class JsonFunctionSyntax {

    private final int maxDepth;

    JsonFunctionSyntax(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** @param path a field path, sort entry (with or without {@code -}) or alias target */
    void check(String path) {
        for (String segment : FieldPaths.segments(path.startsWith("-") ? path.substring(1) : path)) {
            String call = segment.trim();
            if (call.startsWith("json(")) {
                checkCall(call);
            }
        }
    }

    private void checkCall(String call) {
        if (!call.endsWith(")")) {
            throw new InvalidQueryException("Invalid json() syntax");
        }
        String content = call.substring("json(".length(), call.length() - 1).trim();
        if (content.isEmpty()) {
            throw new InvalidQueryException("Invalid json() syntax");
        }
        int comma = content.indexOf(',');
        if (comma < 0) {
            throw new InvalidQueryException("Invalid json() syntax: requires json(field, path) format");
        }
        if (comma == 0) {
            throw new InvalidQueryException("Invalid json() syntax: missing field name");
        }
        String path = content.substring(comma + 1).trim();
        if (path.isEmpty()) {
            throw new InvalidQueryException("Invalid json() syntax: missing path");
        }
        JsonPath.parse(path, maxDepth);
    }
}
