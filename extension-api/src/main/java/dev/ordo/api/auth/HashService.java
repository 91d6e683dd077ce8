package dev.ordo.api.auth;

/**
 * Argon2id hashing in the PHC string form Directus stores ({@code $argon2id$v=19$m=...}), for passwords and
 * {@code hash} fields. Provided by the auth module.
 */
public interface HashService {

    String hash(String plain);

    /** False for a wrong value and for a malformed hash. */
    boolean verify(String plain, String hash);
}
