package dev.ordo.plugins.auth.password;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void anyPasswordWithoutAPolicy() {
        assertThatCode(() -> PasswordPolicy.check(Optional.empty(), "x")).doesNotThrowAnyException();
    }

    @Test
    void readsTheJavaScriptFormOfTheExpression() {
        Optional<String> eightOrMore = Optional.of("/^.{8,}$/");

        assertThatCode(() -> PasswordPolicy.check(eightOrMore, "long enough")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(eightOrMore, "short"))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VALIDATION);
                org.assertj.core.api.Assertions.assertThat(e.extensions()).containsEntry("field", "password");
            });
    }

    @Test
    void honoursTheCaseInsensitiveFlag() {
        assertThatCode(() -> PasswordPolicy.check(Optional.of("/[a-z]/i"), "ABC")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(Optional.of("/[a-z]/"), "ABC")).isInstanceOf(OrdoException.class);
    }
}
