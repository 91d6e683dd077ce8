package dev.ordo.plugins.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Written by node-argon2 0.41.1 (what Directus uses) with Directus's own defaults: m=4096, t=3, p=1. */
    static final String NODE_ARGON2_DIRECTUS_DEFAULTS =
        "$argon2id$v=19$m=4096,t=3,p=1$G5fkIT1MAQ4I6IwWu8v0fg$4fTZ7q6ThlkU4x444h/W703G3MCzBhV3QNNeA4fcZaU";
    static final String NODE_ARGON2_DIRECTUS_DEFAULTS_PASSWORD = "Directus-Pa55!";

    /** Written by node-argon2 0.41.1 with two lanes and a 24-byte hash. */
    static final String NODE_ARGON2_TWO_LANES =
        "$argon2id$v=19$m=8192,t=2,p=2$V8Ru0El+BkdJKLcEwsDheA$tfJ7zFag9aBFRWs53SJP8TUzvVyzgtUR";
    static final String NODE_ARGON2_TWO_LANES_PASSWORD = "correct horse";

    private final PasswordHasher defaults = new PasswordHasher(Argon2Parameters.DEFAULTS);

    @Test
    void hashesWithArgon2idInPhcFormWithTheDefaultParameters() {
        String hash = defaults.hash("s3cret-password");

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] parts = hash.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = defaults.hash("s3cret-password");

        assertThat(defaults.verify("s3cret-password", hash)).isTrue();
        assertThat(defaults.verify("s3cret-passwore", hash)).isFalse();
        assertThat(defaults.verify("", hash)).isFalse();
    }

    @Test
    void saltsEveryHashDifferently() {
        assertThat(defaults.hash("same")).isNotEqualTo(defaults.hash("same"));
    }

    @Test
    void verifiesHashesMadeWithOtherParametersByTheParametersInTheHash() {
        PasswordHasher cheap = new PasswordHasher(new Argon2Parameters(64, 1, 2, 16));
        String hash = cheap.hash("another password");

        assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=2$");
        assertThat(defaults.verify("another password", hash)).isTrue();
        assertThat(defaults.verify("another passwore", hash)).isFalse();
    }

    @Test
    void verifiesHashesWrittenByNodeArgon2ForDirectus() {
        assertThat(defaults.verify(NODE_ARGON2_DIRECTUS_DEFAULTS_PASSWORD, NODE_ARGON2_DIRECTUS_DEFAULTS)).isTrue();
        assertThat(defaults.verify("directus-Pa55!", NODE_ARGON2_DIRECTUS_DEFAULTS)).isFalse();
        assertThat(defaults.verify(NODE_ARGON2_TWO_LANES_PASSWORD, NODE_ARGON2_TWO_LANES)).isTrue();
        assertThat(defaults.verify("correct horse ", NODE_ARGON2_TWO_LANES)).isFalse();
    }

    @Test
    void neverMatchesMalformedOrMissingHashes() {
        assertThat(defaults.verify("x", null)).isFalse();
        assertThat(defaults.verify("x", "")).isFalse();
        assertThat(defaults.verify("x", "plain-text-password")).isFalse();
        assertThat(defaults.verify("x", "$argon2id$v=19$m=abc,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(defaults.verify("x", "$2b$10$abcdefghijklmnopqrstuuJ3w3i1h5Ue4XUpG0jP8i9Zc8Q5yZr0a")).isFalse();
        assertThat(defaults.verifyNothing("anything")).isFalse();
    }
}
