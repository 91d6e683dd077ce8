package dev.ordo.plugins.data.query;

import dev.ordo.api.config.Settings;

/**
 * The configuration the query front end reads, with the Directus defaults.
 *
 * @param limitDefault          {@code QUERY_LIMIT_DEFAULT}: rows per read when the request sets no limit
 * @param limitMax              {@code QUERY_LIMIT_MAX}: the largest limit a request may ask for; negative means none
 * @param maxRelationalDepth    {@code MAX_RELATIONAL_DEPTH}: dot segments allowed in a path (never below 2)
 * @param maxJsonQueryDepth     {@code MAX_JSON_QUERY_DEPTH}: path steps allowed in a {@code json(field, path)} call
 * @param queryStringDepth      {@code QUERYSTRING_MAX_PARSE_DEPTH}: bracket groups the query string parser nests
 * @param queryStringArrayLimit {@code QUERYSTRING_ARRAY_LIMIT}: largest array index (and size) the parser keeps an array
 */
public record QuerySettings(
    int limitDefault,
    int limitMax,
    int maxRelationalDepth,
    int maxJsonQueryDepth,
    int queryStringDepth,
    int queryStringArrayLimit) {

    public static final QuerySettings DEFAULTS = new QuerySettings(100, -1, 10, 10, 10, 500);

    public static QuerySettings from(Settings settings) {
        return new QuerySettings(
            settings.getInt("QUERY_LIMIT_DEFAULT", DEFAULTS.limitDefault),
            settings.getInt("QUERY_LIMIT_MAX", DEFAULTS.limitMax),
            settings.getInt("MAX_RELATIONAL_DEPTH", DEFAULTS.maxRelationalDepth),
            settings.getInt("MAX_JSON_QUERY_DEPTH", DEFAULTS.maxJsonQueryDepth),
            settings.getInt("QUERYSTRING_MAX_PARSE_DEPTH", DEFAULTS.queryStringDepth),
            settings.getInt("QUERYSTRING_ARRAY_LIMIT", DEFAULTS.queryStringArrayLimit));
    }

    /** True when {@code QUERY_LIMIT_MAX} caps the limit. */
    public boolean hasLimitMax() {
        return limitMax >= 0;
    }

    /** The relational depth actually enforced: Directus never goes below 2. */
    public int effectiveRelationalDepth() {
        return Math.max(maxRelationalDepth, 2);
    }
}
