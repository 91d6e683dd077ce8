package dev.ordo.platform.config;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import java.time.Duration;

/**
 * Where and how the HTTP server listens.
 *
 * @param maxPayloadBytes largest accepted request body ({@code MAX_PAYLOAD_SIZE}, default 1 MB)
 * @param globalRateLimit {@code RATE_LIMITER_GLOBAL_*}, shared by every request
 * @param ipRateLimit     {@code RATE_LIMITER_*}, per client IP
 * @param cors            {@code CORS_*}, cross-origin requests from browsers
 */
public record ServerConfig(String host, int port, String publicUrl, long maxPayloadBytes, Duration shutdownTimeout,
                           RateLimitConfig globalRateLimit, RateLimitConfig ipRateLimit, CorsConfig cors) {

    public static ServerConfig from(Settings settings) {
        int port = settings.getInt("PORT", 8055);
        if (port < 0 || port > 65535) {
            throw new InvalidSettingException("PORT", "must be between 0 and 65535");
        }
        return new ServerConfig(
            settings.get("HOST", "0.0.0.0"),
            port,
            settings.get("PUBLIC_URL", "/"),
            settings.getByteSize("MAX_PAYLOAD_SIZE", 1024 * 1024),
            settings.getDuration("SERVER_SHUTDOWN_TIMEOUT", Duration.ofSeconds(1)),
            RateLimitConfig.global(settings),
            RateLimitConfig.perIp(settings),
            CorsConfig.from(settings));
    }
}
