package dev.ordo.plugins.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.plugins.auth.support.TestRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    private final TestRequest request = TestRequest.get("/items/articles");

    @Test
    void readsTheQueryParameter() {
        assertThat(BearerToken.of(request.query("access_token", "abc"))).contains("abc");
    }

    @Test
    void readsTheBearerHeaderWithAnySchemeCase() {
        assertThat(BearerToken.of(request.header("Authorization", "Bearer abc"))).contains("abc");
        assertThat(BearerToken.of(request.header("Authorization", "bearer abc"))).contains("abc");
        assertThat(BearerToken.of(request.header("Authorization", "BEARER abc"))).contains("abc");
    }

    @Test
    void toleratesRunsOfWhitespaceAroundAndBetweenSchemeAndToken() {
        assertThat(BearerToken.of(request.header("Authorization", "  Bearer \t  abc  "))).contains("abc");
    }

    @Test
    void findsNothingWhenTheHeaderHasMoreThanSchemeAndToken() {
        assertThat(BearerToken.of(request.header("Authorization", "Bearer abc def"))).isEmpty();
        assertThat(BearerToken.of(request.header("Authorization", "Bearer   "))).isEmpty();
        assertThat(BearerToken.of(request.header("Authorization", "Bearerabc"))).isEmpty();
    }

    @Test
    void findsNothingWithoutATokenOrWithAnotherScheme() {
        assertThat(BearerToken.of(request)).isEmpty();
        assertThat(BearerToken.of(request.header("Authorization", "Basic dXNlcjpwYXNz"))).isEmpty();
        assertThat(BearerToken.of(request.header("Authorization", "Bearer"))).isEmpty();
        assertThat(BearerToken.of(request.query("access_token", ""))).isEmpty();
    }

    @Test
    void refusesATokenInBothTheQueryAndTheHeader() {
        assertThatThrownBy(() -> BearerToken.of(request.query("access_token", "abc").header("Authorization", "Bearer abc")))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.extensions()).isEqualTo(
                    Map.of("reason", "The request uses more than one method for including an access token"));
            });
    }
}
