package dev.ordo.platform.config;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cross-origin requests from browsers ({@code CORS_*}, PLATFORM.md's configuration table), as Directus configures the
 * {@code cors} middleware: off unless {@code CORS_ENABLED}; {@code CORS_ORIGIN} {@code true} answers every origin
 * with itself, a comma-separated list (entries may be {@code /regular expressions/}) only the origins it names, and
 * {@code false} none.
 *
 * @param origins         the allowed origins; empty when every origin is allowed ({@code CORS_ORIGIN=true})
 * @param allowsAnyOrigin {@code CORS_ORIGIN=true}
 * @param maxAge          seconds a browser may keep a preflight's answer; empty to say nothing
 */
public record CorsConfig(boolean enabled, boolean allowsAnyOrigin, List<Pattern> origins, String methods,
                         String allowedHeaders, String exposedHeaders, boolean credentials, Optional<Long> maxAge) {

    public CorsConfig {
        origins = List.copyOf(origins);
    }

    public static CorsConfig from(Settings settings) {
        String origin = settings.get("CORS_ORIGIN", "false").trim();
        boolean any = origin.equalsIgnoreCase("true");
        List<Pattern> origins = any || origin.equalsIgnoreCase("false") ? List.of()
            : settings.getList("CORS_ORIGIN").stream().map(CorsConfig::origin).toList();
        long maxAge = settings.getLong("CORS_MAX_AGE", 18_000);
        return new CorsConfig(
            settings.getBoolean("CORS_ENABLED", false) && (any || !origins.isEmpty()),
            any,
            origins,
            settings.get("CORS_METHODS", "GET,POST,PATCH,DELETE"),
            settings.get("CORS_ALLOWED_HEADERS", "Content-Type,Authorization"),
            settings.get("CORS_EXPOSED_HEADERS", "Content-Range"),
            settings.getBoolean("CORS_CREDENTIALS", true),
            maxAge < 0 ? Optional.empty() : Optional.of(maxAge));
    }

    /** Whether a browser at {@code origin} may read the answers. */
    public boolean allows(String origin) {
        return allowsAnyOrigin || origins.stream().anyMatch(pattern -> pattern.matcher(origin).matches());
    }

    /** An origin as written ({@code https://app.example.com}), or a regular expression between slashes. */
    private static Pattern origin(String entry) {
        if (entry.length() > 1 && entry.startsWith("/") && entry.endsWith("/")) {
            try {
                return Pattern.compile(entry.substring(1, entry.length() - 1));
            } catch (PatternSyntaxException e) {
                throw new InvalidSettingException("CORS_ORIGIN", "holds an invalid regular expression " + entry);
            }
        }
        return Pattern.compile(Pattern.quote(entry));
    }
}
