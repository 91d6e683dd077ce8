package dev.ordo.plugins.auth;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import dev.ordo.plugins.auth.routes.AuthCookies;
import dev.ordo.plugins.auth.password.Argon2Parameters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The auth module's configuration, read once at start with the Directus variable names.
 *
 * @param secret          the HMAC key for access tokens ({@code SECRET}, or a per-process random one)
 * @param secretGenerated {@code SECRET} was unset, so tokens die with the process
 * @param callerCacheTtl  {@code ACCOUNTABILITY_CACHE_TTL}: how long a resolved caller is kept (zero: not at all)
 */
public record AuthSettings(
    byte[] secret,
    boolean secretGenerated,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    String adminEmail,
    Optional<String> adminPassword,
    Optional<String> adminToken,
    Argon2Parameters hashing,
    AuthCookies cookies,
    Duration loginStallTime,
    Duration sessionRefreshGrace,
    Duration callerCacheTtl) {

    public static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofMinutes(15);
    public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(7);
    public static final String DEFAULT_ADMIN_EMAIL = "admin@example.com";
    public static final Duration DEFAULT_CALLER_CACHE_TTL = Duration.ofSeconds(5);

    public AuthSettings {
        secret = secret.clone();
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(hashing, "hashing");
        Objects.requireNonNull(cookies, "cookies");
        Objects.requireNonNull(loginStallTime, "loginStallTime");
        Objects.requireNonNull(sessionRefreshGrace, "sessionRefreshGrace");
        Objects.requireNonNull(callerCacheTtl, "callerCacheTtl");
    }

    public static AuthSettings from(Settings settings) {
        Optional<String> configuredSecret = settings.get("SECRET");
        byte[] secret = configuredSecret.orElseGet(GeneratedSecret::value).getBytes(StandardCharsets.UTF_8);
        return new AuthSettings(
            secret,
            configuredSecret.isEmpty(),
            positive(settings, "ACCESS_TOKEN_TTL", DEFAULT_ACCESS_TOKEN_TTL),
            positive(settings, "REFRESH_TOKEN_TTL", DEFAULT_REFRESH_TOKEN_TTL),
            settings.get("ADMIN_EMAIL", DEFAULT_ADMIN_EMAIL).trim(),
            settings.get("ADMIN_PASSWORD"),
            settings.get("ADMIN_TOKEN"),
            hashing(settings),
            AuthCookies.from(settings),
            settings.getDuration("LOGIN_STALL_TIME", Duration.ofMillis(500)),
            settings.getDuration("SESSION_REFRESH_GRACE_PERIOD", Duration.ofSeconds(10)),
            settings.getDuration("ACCOUNTABILITY_CACHE_TTL", DEFAULT_CALLER_CACHE_TTL));
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    private static Duration positive(Settings settings, String name, Duration fallback) {
        Duration value = settings.getDuration(name, fallback);
        if (value.isZero() || value.isNegative()) {
            throw new InvalidSettingException(name, "must be longer than zero");
        }
        return value;
    }

    private static Argon2Parameters hashing(Settings settings) {
        Argon2Parameters defaults = Argon2Parameters.DEFAULTS;
        int parallelism = atLeast(settings, "HASH_PARALLELISM", defaults.parallelism(), 1);
        if (parallelism > 255) {
            throw new InvalidSettingException("HASH_PARALLELISM", "must be at most 255");
        }
        int memory = atLeast(settings, "HASH_MEMORY_COST", defaults.memoryKib(), 8 * parallelism);
        int time = atLeast(settings, "HASH_TIME_COST", defaults.iterations(), 1);
        int length = atLeast(settings, "HASH_LENGTH", defaults.hashLength(), 4);
        if (length > 1024) {
            throw new InvalidSettingException("HASH_LENGTH", "must be at most 1024");
        }
        return new Argon2Parameters(memory, time, parallelism, length);
    }

    private static int atLeast(Settings settings, String name, int fallback, int minimum) {
        int value = settings.getInt(name, fallback);
        if (value < minimum) {
            throw new InvalidSettingException(name, "must be at least " + minimum);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthSettings that && java.util.Arrays.equals(secret, that.secret)
            && secretGenerated == that.secretGenerated && accessTokenTtl.equals(that.accessTokenTtl)
            && refreshTokenTtl.equals(that.refreshTokenTtl) && adminEmail.equals(that.adminEmail)
            && adminPassword.equals(that.adminPassword) && adminToken.equals(that.adminToken) && hashing.equals(that.hashing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(secret), secretGenerated, accessTokenTtl, refreshTokenTtl, adminEmail,
            adminPassword, adminToken, hashing);
    }

    /** Secrets never reach a log line, not even through this record's default rendering. */
    @Override
    public String toString() {
        return "AuthSettings[secret=***" + (secretGenerated ? " (generated)" : "") + ", accessTokenTtl=" + accessTokenTtl
            + ", refreshTokenTtl=" + refreshTokenTtl + ", adminEmail=" + adminEmail
            + ", adminPassword=" + adminPassword.map(p -> "***").orElse("unset")
            + ", adminToken=" + adminToken.map(t -> "***").orElse("unset") + ", hashing=" + hashing + "]";
    }
}
