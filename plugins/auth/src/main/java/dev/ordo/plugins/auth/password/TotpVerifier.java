package dev.ordo.plugins.auth.password;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks one-time passwords for users with {@code tfa_secret}: RFC 6238 TOTP with otplib's authenticator defaults
 * as Directus uses them (base32 secret, HMAC-SHA1, 6 digits, 30-second steps). One step either side is accepted
 * for clock drift.
 */
public final class TotpVerifier {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int DIGITS = 6;
    private static final long STEP_SECONDS = 30;
    private static final int DRIFT_STEPS = 1;

    public boolean verify(String base32Secret, String otp, Instant now) {
        if (otp == null || !otp.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        Optional<byte[]> key = decodeBase32(base32Secret);
        if (key.isEmpty()) {
            return false;
        }
        long step = Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
        boolean matched = false;
        for (long candidate = step - DRIFT_STEPS; candidate <= step + DRIFT_STEPS; candidate++) {
            byte[] expected = code(key.get(), candidate).getBytes(StandardCharsets.US_ASCII);
            matched |= MessageDigest.isEqual(expected, otp.getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }

    /** The code for a time step (RFC 4226 dynamic truncation); package-visible for the RFC test vectors. */
    static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = digest[digest.length - 1] & 0x0f;
            int binary = ((digest[offset] & 0x7f) << 24) | ((digest[offset + 1] & 0xff) << 16)
                | ((digest[offset + 2] & 0xff) << 8) | (digest[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }

    static Optional<byte[]> decodeBase32(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : normalized.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return Optional.of(bytes.toByteArray());
    }
}
