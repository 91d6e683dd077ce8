package dev.ordo.plugins.auth;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token secret used when {@code SECRET} is unset: 32 random bytes, made once per process (so a module restart
 * inside the process keeps its users' tokens), with one warning when it is made.
 */
final class GeneratedSecret {

    private static final String VALUE = generate();

    private GeneratedSecret() {
    }

    static String value() {
        return VALUE;
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        System.getLogger(AuthModule.class.getName()).log(System.Logger.Level.WARNING,
            "SECRET is not set: access tokens are signed with a random secret made for this process, so sessions "
                + "won't survive a restart and won't work across several instances. Set SECRET to keep them.");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
