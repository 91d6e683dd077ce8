package dev.ordo.plugins.auth.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.auth.HashService;
import org.junit.jupiter.api.Test;

class Argon2HashServiceTest {

    private final HashService hashes = new Argon2HashService(new PasswordHasher(new Argon2Parameters(1024, 1, 1, 32)));

    @Test
    void hashesInArgon2idPhcFormWithTheConfiguredParameters() {
        assertThat(hashes.hash("a value"))
            .matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void verifiesItsOwnHashesAndOnlyForTheRightValue() {
        String hash = hashes.hash("a value");

        assertThat(hashes.verify("a value", hash)).isTrue();
        assertThat(hashes.verify("a valuE", hash)).isFalse();
        assertThat(hashes.hash("a value")).isNotEqualTo(hash);
    }

    @Test
    void verifiesHashesWrittenByDirectus() {
        assertThat(hashes.verify(PasswordHasherTest.NODE_ARGON2_DIRECTUS_DEFAULTS_PASSWORD,
            PasswordHasherTest.NODE_ARGON2_DIRECTUS_DEFAULTS)).isTrue();
        assertThat(hashes.verify(PasswordHasherTest.NODE_ARGON2_TWO_LANES_PASSWORD,
            PasswordHasherTest.NODE_ARGON2_TWO_LANES)).isTrue();
    }

    @Test
    void malformedOrMissingHashesAreFalseNotErrors() {
        assertThat(hashes.verify("x", "")).isFalse();
        assertThat(hashes.verify("x", null)).isFalse();
        assertThat(hashes.verify(null, hashes.hash("x"))).isFalse();
        assertThat(hashes.verify("x", "not a hash")).isFalse();
        assertThat(hashes.verify("x", "$argon2id$v=19$m=1024,t=1,p=1$!!!$!!!")).isFalse();
        assertThat(hashes.verify("x", "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0")).isFalse();
    }

    @Test
    void refusesToHashNull() {
        assertThatThrownBy(() -> hashes.hash(null)).isInstanceOf(NullPointerException.class);
    }
}
