package dev.ordo.platform.testing;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The codes an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps, six digits), for two-factor tests. */
public final class TotpCodes {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TotpCodes() {
    }

    public static String at(String base32Secret, Instant when) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
            byte[] hash = hmac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(when.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int truncated = ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff;
            return String.format("%06d", truncated % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /** Base32 without padding, as TOTP secrets are written: five bits per letter. */
    private static byte[] decode(String base32) {
        BigInteger bits = BigInteger.ZERO;
        for (char letter : base32.toCharArray()) {
            bits = bits.shiftLeft(5).or(BigInteger.valueOf(BASE32.indexOf(letter)));
        }
        int bytes = base32.length() * 5 / 8;
        // Drop the bits that do not fill a whole byte, then write big-endian into exactly {@code bytes} bytes.
        bits = bits.shiftRight(base32.length() * 5 - bytes * 8);
        byte[] raw = bits.toByteArray();
        byte[] key = new byte[bytes];
        int copied = Math.min(raw.length, bytes);
        System.arraycopy(raw, raw.length - copied, key, bytes - copied, copied);
        return key;
    }
}
