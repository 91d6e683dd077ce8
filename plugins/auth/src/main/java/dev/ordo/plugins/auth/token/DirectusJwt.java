package dev.ordo.plugins.auth.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.error.InvalidTokenException;
import dev.ordo.api.error.TokenExpiredException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JSON Web Tokens as Directus makes them: HS256 only, {@code iss: "directus"}, keyed with the UTF-8 bytes of
 * {@code SECRET}, always with {@code iat} and {@code exp}. Access tokens and password reset tokens are both these.
 *
 * <p>Why the JDK's HmacSHA256 with Jackson rather than a JOSE library: Directus takes a {@code SECRET} of any
 * length, and nimbus-jose-jwt refuses HMAC keys under 256 bits, so a deployment moving from Directus could not keep
 * its secret or its users' tokens. Exactly one algorithm is accepted here, so the key selection and algorithm
 * negotiation such libraries add is precisely what must not run; what remains is one MAC and one constant-time
 * comparison.
 */
public final class DirectusJwt {

    public static final String ISSUER = "directus";
    private static final String ALGORITHM = "HS256";
    private static final String MAC_ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public DirectusJwt(byte[] secret, Clock clock) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("The token secret must not be empty");
        }
        this.secret = secret.clone();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Signs {@code claims} (in order), adding {@code iat}, {@code exp} ({@code lifetime} from now) and {@code iss}. */
    public String sign(Map<String, Object> claims, Duration lifetime) {
        long issuedAt = clock.instant().getEpochSecond();
        Map<String, Object> payload = new LinkedHashMap<>(claims);
        payload.put("iat", issuedAt);
        payload.put("exp", issuedAt + lifetime.toSeconds());
        payload.put("iss", ISSUER);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", ALGORITHM);
        header.put("typ", "JWT");
        String signingInput = encode(header) + "." + encode(payload);
        return signingInput + "." + BASE64URL.encodeToString(mac(signingInput));
    }

    /**
     * The claims of a genuine, unexpired Directus token.
     *
     * @return empty when {@code token} is not a Directus JWT (not a JWT, or another issuer)
     * @throws InvalidTokenException  a Directus JWT with another algorithm, a wrong signature or malformed times
     * @throws TokenExpiredException  a genuine Directus JWT past its {@code exp}
     */
    public Optional<JsonNode> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Optional<JsonNode> header = decodeObject(parts[0]);
        Optional<JsonNode> payload = decodeObject(parts[1]);
        if (header.isEmpty() || payload.isEmpty() || !isText(payload.get().get("iss"), ISSUER)) {
            return Optional.empty();
        }
        // From here on the token claims to be ours, so every defect is an invalid token.
        if (!isText(header.get().get("alg"), ALGORITHM)) {
            throw new InvalidTokenException();
        }
        byte[] signature = decodeBytes(parts[2]).orElseThrow(InvalidTokenException::new);
        byte[] expected = mac(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, signature)) {
            throw new InvalidTokenException();
        }
        checkTimes(payload.get());
        return payload;
    }

    private void checkTimes(JsonNode claims) {
        double now = clock.instant().getEpochSecond();
        JsonNode notBefore = claims.get("nbf");
        if (notBefore != null && (!notBefore.isNumber() || now < notBefore.asDouble())) {
            throw new InvalidTokenException();
        }
        // Directus always sets exp; a token without one would never expire, so it is refused.
        JsonNode expiry = claims.get("exp");
        if (expiry == null || !expiry.isNumber()) {
            throw new InvalidTokenException();
        }
        if (now >= expiry.asDouble()) {
            throw new TokenExpiredException();
        }
    }

    private Optional<JsonNode> decodeObject(String part) {
        return decodeBytes(part).flatMap(bytes -> {
            try {
                JsonNode node = json.readTree(bytes);
                return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
            } catch (IOException notJson) {
                return Optional.empty();
            }
        });
    }

    private static Optional<byte[]> decodeBytes(String part) {
        try {
            return Optional.of(BASE64URL_DECODER.decode(part));
        } catch (IllegalArgumentException notBase64url) {
            return Optional.empty();
        }
    }

    static boolean isText(JsonNode node, String expected) {
        return node != null && node.isTextual() && node.asText().equals(expected);
    }

    private String encode(Object value) {
        try {
            return BASE64URL.encodeToString(json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Token content could not be written as JSON", e);
        }
    }

    private byte[] mac(String signingInput) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(new SecretKeySpec(secret, MAC_ALGORITHM));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
