package dev.ordo.plugins.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpVerifierTest {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in base32 as otplib stores secrets. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final TotpVerifier verifier = new TotpVerifier();

    @Test
    void computesTheRfc6238CodesTruncatedToSixDigits() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(TotpVerifier.code(key, 59 / 30)).isEqualTo("287082");
        assertThat(TotpVerifier.code(key, 1111111109L / 30)).isEqualTo("081804");
        assertThat(TotpVerifier.code(key, 1234567890L / 30)).isEqualTo("005924");
        assertThat(TotpVerifier.code(key, 20000000000L / 30)).isEqualTo("353130");
    }

    @Test
    void decodesBase32Secrets() {
        assertThat(TotpVerifier.decodeBase32(RFC_SECRET)).get()
            .isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(TotpVerifier.decodeBase32("gezdgnbv")).get().isEqualTo("12345".getBytes(StandardCharsets.US_ASCII));
        assertThat(TotpVerifier.decodeBase32("not base32!")).isEmpty();
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepOfDrift() {
        Instant now = Instant.ofEpochSecond(1111111109L);

        assertThat(verifier.verify(RFC_SECRET, "081804", now)).isTrue();
        assertThat(verifier.verify(RFC_SECRET, "081804", now.plusSeconds(30))).isTrue();
        assertThat(verifier.verify(RFC_SECRET, "081804", now.minusSeconds(30))).isTrue();
        assertThat(verifier.verify(RFC_SECRET, "081804", now.plusSeconds(90))).isFalse();
        assertThat(verifier.verify(RFC_SECRET, "081805", now)).isFalse();
        assertThat(verifier.verify(RFC_SECRET, "81804", now)).isFalse();
        assertThat(verifier.verify(RFC_SECRET, null, now)).isFalse();
    }
}
