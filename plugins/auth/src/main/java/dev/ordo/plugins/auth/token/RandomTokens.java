package dev.ordo.plugins.auth.token;

import java.security.SecureRandom;

/** Random URL-safe strings (refresh tokens, generated passwords), like the nanoid values Directus uses. */
public final class RandomTokens {

    // 64 symbols: a random byte masked to 6 bits picks each one without bias.
    private static final char[] ALPHABET =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public String next(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHABET[bytes[i] & 0x3f];
        }
        return new String(text);
    }

    public byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
