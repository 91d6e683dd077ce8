package dev.ordo.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTest {

    @Test
    void dataIsWrappedInTheDirectusEnvelope() {
        Response response = Response.data(List.of(1, 2), Map.of("total_count", 2));

        assertThat(response.status()).isEqualTo(200);
        assertThat(((Response.Body.Json) response.body()).value())
            .isEqualTo(Map.of("data", List.of(1, 2), "meta", Map.of("total_count", 2)));
    }

    @Test
    void aNullDataIsAllowed() {
        Response response = Response.data(null);

        Map<?, ?> envelope = (Map<?, ?>) ((Response.Body.Json) response.body()).value();
        assertThat(envelope.containsKey("data")).isTrue();
        assertThat(envelope.get("data")).isNull();
    }

    @Test
    void withMethodsReturnCopies() {
        Response original = Response.noContent();
        Response changed = original.withHeader("X-Test", "1").withStatus(202);

        assertThat(original.headers()).isEmpty();
        assertThat(original.status()).isEqualTo(204);
        assertThat(changed.headers()).containsEntry("X-Test", "1");
        assertThat(changed.status()).isEqualTo(202);
    }

    @Test
    void statusesMustBeHttpStatuses() {
        assertThatThrownBy(() -> Response.json(99, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.noContent().withJsonContentType("application/x"))
            .isInstanceOf(IllegalStateException.class);
    }
}
