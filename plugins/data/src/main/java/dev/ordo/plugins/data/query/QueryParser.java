package dev.ordo.plugins.data.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.config.Settings;
import dev.ordo.api.query.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The front door of the query language: turns a request's query string, or the {@code query} object of a
 * {@code SEARCH} body, into a checked {@link Query}. Both forms become the same JSON-like tree and go through the same
 * sanitiser; every failure is a 400 {@code INVALID_QUERY} with Directus's reason. Dynamic variables in filters are left
 * for {@link DynamicVariables}; paths are checked against the schema and permissions later, by the items service.
 * Parsed query strings are cached by their raw text: clients repeat the same few queries, and a {@link Query} is
 * immutable, so one parse serves them all.
 */
public final class QueryParser {

    /** The token parameter is authentication, not part of the query. */
    private static final String ACCESS_TOKEN = "access_token";
    /** Longer query strings (huge {@code _in} lists, say) are parsed every time rather than kept. */
    private static final int LONGEST_CACHED = 2_048;
    private static final int CACHED_QUERIES = 1_000;

    private final QueryStringDecoder decoder;
    private final QuerySanitizer sanitizer;
    private final Cache<String, Query> parsed = Caffeine.newBuilder().maximumSize(CACHED_QUERIES).build();

    public QueryParser(QuerySettings settings) {
        this.decoder = new QueryStringDecoder(settings.queryStringDepth(), settings.queryStringArrayLimit());
        this.sanitizer = new QuerySanitizer(settings);
    }

    public static QueryParser from(Settings settings) {
        return new QueryParser(QuerySettings.from(settings));
    }

    /**
     * @param rawQueryString the query string as received, still percent-encoded, without or with its leading
     *                       {@code ?}; {@code null} or empty for none
     */
    public Query fromQueryString(String rawQueryString) {
        String raw = rawQueryString == null ? "" : rawQueryString;
        // A query string with a token is not kept: secrets stay out of long-lived memory.
        if (raw.length() > LONGEST_CACHED || raw.contains(ACCESS_TOKEN)) {
            return sanitized(decoder.decode(raw));
        }
        Query cached = parsed.getIfPresent(raw);
        if (cached == null) {
            cached = sanitized(decoder.decode(raw));
            parsed.put(raw, cached);
        }
        return cached;
    }

    /**
     * @param queryObject the {@code query} object of a {@code SEARCH} body, as parsed JSON ({@code Map}, {@code List},
     *                    {@code String}, {@code Number}, {@code Boolean}, {@code null})
     */
    public Query fromJson(Map<String, ?> queryObject) {
        return sanitized(queryObject);
    }

    private Query sanitized(Map<String, ?> raw) {
        Map<String, Object> parameters = new LinkedHashMap<>(raw);
        parameters.remove(ACCESS_TOKEN);
        return sanitizer.sanitize(parameters);
    }
}
