package dev.ordo.plugins.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the errors a client would see. */
final class Errors {

    private Errors() {
    }

    static void assertError(ThrowingCallable call, ErrorCode code, int status, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OrdoException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    static void assertInvalidCredentials(ThrowingCallable call) {
        assertError(call, ErrorCode.INVALID_CREDENTIALS, 401, "Invalid user credentials.");
    }

    static void assertInvalidPayload(ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OrdoException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo("Invalid payload. " + reason + ".");
            assertThat(e.extensions()).isEqualTo(Map.of("reason", reason));
        });
    }
}
