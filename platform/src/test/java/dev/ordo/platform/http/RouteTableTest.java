package dev.ordo.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.Registration;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable routes = new RouteTable();
    private final RouteHandler byId = request -> Response.data("by id");
    private final RouteHandler me = request -> Response.data("me");

    @Test
    void parametersAreMatchedAndDecoded() {
        routes.get("/items/:collection/:id", byId);

        var match = routes.match(HttpMethod.GET, PathSegments.decode("/items/my%20table/42"));

        assertThat(match).isPresent();
        assertThat(match.get().pathParameters()).isEqualTo(Map.of("collection", "my table", "id", "42"));
        assertThat(match.get().handler()).isSameAs(byId);
    }

    @Test
    void aLiteralSegmentWinsOverAParameterWhateverTheRegistrationOrder() {
        routes.get("/users/:id", byId);
        routes.get("/users/me", me);

        assertThat(routes.match(HttpMethod.GET, List.of("users", "me")).orElseThrow().handler()).isSameAs(me);
        assertThat(routes.match(HttpMethod.GET, List.of("users", "7")).orElseThrow().handler()).isSameAs(byId);
    }

    @Test
    void methodsAndSegmentCountsMustFit() {
        routes.get("/users/:id", byId);

        assertThat(routes.match(HttpMethod.POST, List.of("users", "7"))).isEmpty();
        assertThat(routes.match(HttpMethod.GET, List.of("users"))).isEmpty();
        assertThat(routes.match(HttpMethod.GET, List.of("users", "7", "x"))).isEmpty();
    }

    @Test
    void headRequestsUseGetRoutes() {
        routes.get("/server/info", me);

        assertThat(routes.match(HttpMethod.HEAD, List.of("server", "info"))).isPresent();
    }

    /** Express, under Directus, matches routes case-insensitively; a parameter's value keeps its case. */
    @Test
    void literalSegmentsMatchInAnyCase() {
        routes.get("/items/:collection", byId);

        var match = routes.match(HttpMethod.GET, List.of("ITEMS", "Articles"));

        assertThat(match).isPresent();
        assertThat(match.get().pathParameters()).isEqualTo(Map.of("collection", "Articles"));
    }

    @Test
    void trailingSlashesDoNotMatter() {
        routes.get("/collections", me);

        assertThat(routes.match(HttpMethod.GET, PathSegments.decode("/collections/"))).isPresent();
    }

    @Test
    void removingARegistrationRemovesTheRoute() {
        Registration registration = routes.search("/items/:collection", byId);

        registration.remove();

        assertThat(routes.match(HttpMethod.SEARCH, List.of("items", "x"))).isEmpty();
    }

    @Test
    void aSecondRouteOfTheSameShapeIsRefused() {
        routes.get("/items/:collection", byId);

        assertThatThrownBy(() -> routes.get("/items/:name", me))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("already registered");
    }

    @Test
    void malformedPatternsAreRefused() {
        assertThatThrownBy(() -> routes.get("items", me)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> routes.get("/a/:b/:b", me)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> routes.get("/a/:", me)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlusInAPathIsAPlus() {
        assertThat(PathSegments.decode("/a+b/c%2Fd")).containsExactly("a+b", "c/d");
    }
}
