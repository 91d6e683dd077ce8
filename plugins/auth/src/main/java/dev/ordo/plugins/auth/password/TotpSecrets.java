package dev.ordo.plugins.auth.password;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * New TOTP secrets and the {@code otpauth://} URL an authenticator app scans, in the form otplib writes it
 * (base32 secret, SHA-1, 6 digits, 30-second period), so the codes {@link TotpVerifier} checks match the app's.
 */
public final class TotpSecrets {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** 160 bits, the key length RFC 4226 recommends for HMAC-SHA1. */
    private static final int SECRET_BYTES = 20;

    private final SecureRandom random = new SecureRandom();

    public String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return encode(key);
    }

    /** @param label the account, usually the email; {@code issuer} the project name */
    public static String otpauthUrl(String secret, String label, String issuer) {
        return "otpauth://totp/" + component(issuer) + ":" + component(label) + "?secret=" + secret
            + "&period=30&digits=6&algorithm=SHA1&issuer=" + component(issuer);
    }

    static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    private static String component(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
