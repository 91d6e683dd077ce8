package dev.ordo.plugins.auth.password;

import dev.ordo.api.auth.HashService;
import java.util.Objects;

/**
 * The {@link HashService} other modules use for {@code hash} fields and {@code /utils/hash}: the same Argon2id
 * parameters and PHC strings as the passwords this module stores, so a hash made here verifies at login and back.
 */
public final class Argon2HashService implements HashService {

    private final PasswordHasher hasher;

    public Argon2HashService(PasswordHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    @Override
    public String hash(String plain) {
        return hasher.hash(Objects.requireNonNull(plain, "plain"));
    }

    @Override
    public boolean verify(String plain, String hash) {
        return hasher.verify(plain, hash);
    }
}
