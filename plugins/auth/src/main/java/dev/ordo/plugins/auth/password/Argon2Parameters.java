package dev.ordo.plugins.auth.password;

/**
 * The cost of new Argon2id hashes. Verification always uses the parameters written in the stored hash, so changing
 * these never locks anyone out.
 *
 * @param memoryKib   memory in KiB ({@code HASH_MEMORY_COST})
 * @param iterations  passes over memory ({@code HASH_TIME_COST})
 * @param parallelism lanes ({@code HASH_PARALLELISM})
 * @param hashLength  output bytes ({@code HASH_LENGTH})
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism, int hashLength) {

    /** OWASP's recommendation for Argon2id (19 MiB, 2 passes, 1 lane), with node-argon2's 32-byte output. */
    public static final Argon2Parameters DEFAULTS = new Argon2Parameters(19456, 2, 1, 32);

    public Argon2Parameters {
        if (parallelism < 1 || parallelism > 255) {
            throw new IllegalArgumentException("parallelism must be between 1 and 255");
        }
        if (memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("memory must be at least 8 KiB per lane");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
        if (hashLength < 4 || hashLength > 1024) {
            throw new IllegalArgumentException("hash length must be between 4 and 1024 bytes");
        }
    }
}
