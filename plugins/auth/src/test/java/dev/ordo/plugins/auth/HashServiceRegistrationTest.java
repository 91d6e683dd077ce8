package dev.ordo.plugins.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.HashService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module provides the {@link HashService}, hashing as it hashes passwords. */
class HashServiceRegistrationTest {

    @TempDir
    Path folder;

    @Test
    void registersAHashServiceWithTheConfiguredParameters() throws Exception {
        AuthHarness auth = AuthHarness.start(folder);

        HashService hashes = auth.host().services().require(HashService.class);

        String hash = hashes.hash("some value");
        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hashes.verify("some value", hash)).isTrue();
        assertThat(hashes.verify("other value", hash)).isFalse();
    }

    @Test
    void verifiesThePasswordsTheModuleStores() throws Exception {
        AuthHarness auth = AuthHarness.start(folder);
        String stored = (String) auth.rows.single("SELECT password FROM directus_users WHERE email = ?",
            AuthHarness.ADMIN_EMAIL);

        HashService hashes = auth.host().services().require(HashService.class);

        assertThat(hashes.verify(AuthHarness.ADMIN_PASSWORD, stored)).isTrue();
        assertThat(hashes.verify(AuthHarness.ADMIN_PASSWORD + "!", stored)).isFalse();
    }
}
