package dev.ordo.plugins.auth.password;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Argon2id password hashes in PHC string form ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), the format
 * node-argon2 writes for Directus, so hashes move between the two unchanged.
 *
 * <p>Only password4j's {@link Argon2Function} is used: its {@code Password} facade prints a banner on first use.
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int ARGON2_VERSION = Argon2Function.ARGON2_VERSION_13;

    private final Argon2Function function;
    private final String unmatchableHash;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(Argon2Parameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        this.function = Argon2Function.getInstance(parameters.memoryKib(), parameters.iterations(),
            parameters.parallelism(), parameters.hashLength(), Argon2.ID, ARGON2_VERSION);
        // Checked when a login names no usable user, so that answer costs what a wrong password costs.
        Base64.Encoder phc = Base64.getEncoder().withoutPadding();
        this.unmatchableHash = "$argon2id$v=19$m=" + parameters.memoryKib() + ",t=" + parameters.iterations()
            + ",p=" + parameters.parallelism() + "$" + phc.encodeToString(new byte[SALT_BYTES])
            + "$" + phc.encodeToString(new byte[parameters.hashLength()]);
    }

    /** A new PHC string with a random 16-byte salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return function.hash(password.getBytes(java.nio.charset.StandardCharsets.UTF_8), salt).getResult();
    }

    /** Checks {@code password} against a stored PHC string with that string's own parameters; malformed hashes never match. */
    public boolean verify(String password, String phcHash) {
        if (password == null || phcHash == null || !phcHash.startsWith("$argon2")) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(phcHash).check(password, phcHash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Spends the time of one verification and fails: for logins whose user does not exist or has no password. */
    public boolean verifyNothing(String password) {
        verify(password == null ? "" : password, unmatchableHash);
        return false;
    }
}
