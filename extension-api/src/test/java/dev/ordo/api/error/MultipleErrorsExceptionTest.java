package dev.ordo.api.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipleErrorsExceptionTest {

    private static OrdoException failed(String field) {
        return new OrdoException(ErrorCode.FAILED_VALIDATION, "Validation failed for field \"" + field + "\".",
            Map.of("field", field));
    }

    @Test
    void anErrorAnswersForItselfAlone() {
        OrdoException error = failed("title");

        assertThat(error.errors()).containsExactly(error);
        assertThat(MultipleErrorsException.of(List.of(error))).isSameAs(error);
    }

    @Test
    void severalErrorsAnswerTogetherWithTheFirstOnesStatusAndFlattened() {
        OrdoException title = failed("title");
        OrdoException rating = failed("rating");
        OrdoException slug = failed("slug");

        OrdoException several = MultipleErrorsException.of(List.of(title, MultipleErrorsException.of(
            List.of(rating, slug))));

        assertThat(several.errors()).containsExactly(title, rating, slug);
        assertThat(several.status()).isEqualTo(400);
        assertThat(several.code()).isEqualTo(ErrorCode.FAILED_VALIDATION);
        assertThat(several.extensions()).isEqualTo(Map.of("field", "title"));
    }

    @Test
    void errorsOfDifferentStatusesOrNoneAtAllCannotBeAnsweredTogether() {
        assertThatThrownBy(() -> MultipleErrorsException.of(List.of(failed("a"), new ForbiddenException())))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipleErrorsException.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
