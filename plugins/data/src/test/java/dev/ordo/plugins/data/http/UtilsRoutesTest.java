package dev.ordo.plugins.data.http;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.auth.HashService;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.access.AdminOnlyAccessRules;
import dev.ordo.plugins.data.cache.CacheSettings;
import dev.ordo.plugins.data.cache.ResponseCache;
import dev.ordo.plugins.data.testing.Callers;
import dev.ordo.plugins.data.testing.MapServices;
import dev.ordo.plugins.data.testing.MapSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UtilsRoutesTest {

    private static final String HASH_OF_SECRET = "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
        + "WnWd7Tvmj1hHqrL8Zl7pW0XvEh2Oq7q5d3WwK8JtBDo";

    private final Map<String, RouteHandler> routes = new LinkedHashMap<>();
    private final MapServices services = new MapServices();
    private final AtomicInteger invalidations = new AtomicInteger();
    private final AtomicInteger forgottenPermissions = new AtomicInteger();

    /** Hashes by prefixing, and checks what it hashed: enough to see the route use the registered service. */
    private static final class FakeHashService implements HashService {
        @Override
        public String hash(String plain) {
            return "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$" + plain.length() + "AAAA";
        }

        @Override
        public boolean verify(String plain, String hash) {
            return "secret".equals(plain) && HASH_OF_SECRET.equals(hash);
        }
    }

    @BeforeEach
    void register() {
        UtilsRoutes utils = new UtilsRoutes(services, disabledCache(), forgottenPermissions::incrementAndGet);
        utils.register((method, path, handler) -> {
            routes.put(method + " " + path, handler);
            return () -> routes.remove(method + " " + path);
        });
        services.register(HashService.class, new FakeHashService());
        services.register(SchemaService.class, new SchemaService() {
            @Override
            public SchemaOverview overview() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void invalidate() {
                invalidations.incrementAndGet();
            }
        });
    }

    private Response call(HttpMethod method, String path, Map<String, List<String>> query, Object body,
                          Accountability caller) throws Exception {
        RouteHandler handler = routes.get(method + " " + path);
        assertThat(handler).as(method + " " + path).isNotNull();
        return handler.handle(new UtilsRequest(method, path, query, Optional.ofNullable(body), caller));
    }

    private Object data(Response response) {
        assertThat(response.status()).isEqualTo(200);
        Object body = ((Response.Body.Json) response.body()).value();
        assertThat(body).isInstanceOf(Map.class);
        assertThat(Set.copyOf(((Map<?, ?>) body).keySet())).isEqualTo(Set.of("data"));
        return ((Map<?, ?>) body).get("data");
    }

    private static void assertError(ThrowingCall call, ErrorCode code, String reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(OrdoException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.extensions().get("reason")).isEqualTo(reason);
        });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void registersTheUtilsRoutes() {
        assertThat(routes.keySet()).containsExactly("GET /utils/random/string", "POST /utils/hash/generate",
            "POST /utils/hash/verify", "POST /utils/cache/clear");
    }

    // GET /utils/random/string

    @Test
    void randomStringsAre32UrlSafeCharactersByDefault() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String random = (String) data(call(HttpMethod.GET, "/utils/random/string", Map.of(), null, Callers.ANONYMOUS));
            assertThat(random).matches("[A-Za-z0-9_-]{32}");
            seen.add(random);
        }
        assertThat(seen).hasSize(50);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "500,500", "12,12", "' 7 ',7", "1e2,100", "8.0,8"})
    void randomStringsHaveTheLengthAskedFor(String length, int expected) throws Exception {
        Object random = data(call(HttpMethod.GET, "/utils/random/string", Map.of("length", List.of(length)), null,
            Callers.ANONYMOUS));

        assertThat((String) random).hasSize(expected).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void randomStringsUseTheWholeAlphabet() throws Exception {
        Set<Character> symbols = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String random = (String) data(call(HttpMethod.GET, "/utils/random/string",
                Map.of("length", List.of("500")), null, Callers.ANONYMOUS));
            random.chars().forEach(c -> symbols.add((char) c));
        }
        assertThat(symbols).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|\"length\" must be greater than or equal to 1",
        "-5|\"length\" must be greater than or equal to 1",
        "501|\"length\" must be less than or equal to 500",
        "1.5|\"length\" must be an integer",
        "abc|\"length\" must be a number",
        "''|\"length\" must be a number",
        "0x10|\"length\" must be a number"})
    void badLengthsAreInvalidQueries(String length, String reason) {
        assertError(() -> call(HttpMethod.GET, "/utils/random/string", Map.of("length", List.of(length)), null,
            Callers.ANONYMOUS), ErrorCode.INVALID_QUERY, reason);
    }

    @Test
    void aRepeatedLengthIsNotANumber() {
        assertError(() -> call(HttpMethod.GET, "/utils/random/string", Map.of("length", List.of("5", "6")), null,
            Callers.ANONYMOUS), ErrorCode.INVALID_QUERY, "\"length\" must be a number");
    }

    // POST /utils/hash/generate

    @Test
    void generatesAHashWithTheRegisteredService() throws Exception {
        assertThat(data(call(HttpMethod.POST, "/utils/hash/generate", Map.of(), object("string", "secret"),
            Callers.ANONYMOUS))).isEqualTo("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$6AAAA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "null", "empty", "false", "zero", "no body", "array body"})
    void generatingNeedsAString(String kind) {
        Object body = switch (kind) {
            case "missing" -> object("other", "x");
            case "null" -> object("string", null);
            case "empty" -> object("string", "");
            case "false" -> object("string", false);
            case "zero" -> object("string", 0);
            case "no body" -> null;
            default -> List.of("secret");
        };
        assertError(() -> call(HttpMethod.POST, "/utils/hash/generate", Map.of(), body, Callers.ANONYMOUS),
            ErrorCode.INVALID_PAYLOAD, "\"string\" is required");
    }

    @Test
    void generatingRefusesOtherTypes() {
        assertError(() -> call(HttpMethod.POST, "/utils/hash/generate", Map.of(), object("string", 42),
            Callers.ANONYMOUS), ErrorCode.INVALID_PAYLOAD, "\"string\" must be a string");
    }

    @Test
    void withoutAHashServiceHashingIsUnavailable() {
        MapServices empty = new MapServices();
        UtilsRoutes bare = new UtilsRoutes(empty, disabledCache(), () -> { });
        Request request = new UtilsRequest(HttpMethod.POST, "/utils/hash/generate", Map.of(),
            Optional.of(object("string", "x")), Callers.ANONYMOUS);

        assertThatThrownBy(() -> bare.generateHash(request)).isInstanceOfSatisfying(OrdoException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(e.extensions()).containsEntry("service", "hash");
        });
    }

    // POST /utils/hash/verify

    @Test
    void verifiesWithTheRegisteredService() throws Exception {
        assertThat(data(call(HttpMethod.POST, "/utils/hash/verify", Map.of(),
            object("string", "secret", "hash", HASH_OF_SECRET), Callers.ANONYMOUS))).isEqualTo(true);
        assertThat(data(call(HttpMethod.POST, "/utils/hash/verify", Map.of(),
            object("string", "wrong", "hash", HASH_OF_SECRET), Callers.ANONYMOUS))).isEqualTo(false);
    }

    @Test
    void verifyingNeedsAStringAndAHash() {
        assertError(() -> call(HttpMethod.POST, "/utils/hash/verify", Map.of(), object("hash", HASH_OF_SECRET),
            Callers.ANONYMOUS), ErrorCode.INVALID_PAYLOAD, "\"string\" is required");
        assertError(() -> call(HttpMethod.POST, "/utils/hash/verify", Map.of(), object("string", "secret"),
            Callers.ANONYMOUS), ErrorCode.INVALID_PAYLOAD, "\"hash\" is required");
        assertError(() -> call(HttpMethod.POST, "/utils/hash/verify", Map.of(), object("string", "", "hash", ""),
            Callers.ANONYMOUS), ErrorCode.INVALID_PAYLOAD, "\"string\" is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plain text",
        "$2b$10$abcdefghijklmnopqrstuuJ3w3i1h5Ue4XUpG0jP8i9Zc8Q5yZr0a",
        "$argon2id$v=19$m=abc,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAA",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA",
        "$argon2id$v=19$m=1024,t=1,p=1$!!!!$AAAAAAAA",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$AAAAAAAA",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$A",
        "$argon2x$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAA",
        "$argon2id$v=19$m=4194304,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAA",
        "$argon2id$v=19$m=1024,t=1000,p=1$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAA",
        "$argon2id$v=19$m=1024,t=1,p=0$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAA"})
    void malformedOrTooCostlyHashesAreInvalidPayloads(String hash) {
        assertError(() -> call(HttpMethod.POST, "/utils/hash/verify", Map.of(), object("string", "secret", "hash", hash),
            Callers.ANONYMOUS), ErrorCode.INVALID_PAYLOAD, "Invalid \"hash\" or \"string\"");
    }

    @Test
    void aStringThatIsNotTextCannotBeVerified() {
        assertError(() -> call(HttpMethod.POST, "/utils/hash/verify", Map.of(), object("string", 42, "hash", HASH_OF_SECRET),
            Callers.ANONYMOUS), ErrorCode.INVALID_PAYLOAD, "Invalid \"hash\" or \"string\"");
    }

    @Test
    void acceptsEveryArgon2HashShapeNodeArgon2Reads() {
        assertThat(UtilsRoutes.isVerifiableArgon2(HASH_OF_SECRET)).isTrue();
        assertThat(UtilsRoutes.isVerifiableArgon2(
            "$argon2id$v=19$m=4096,t=3,p=1$G5fkIT1MAQ4I6IwWu8v0fg$4fTZ7q6ThlkU4x444h/W703G3MCzBhV3QNNeA4fcZaU")).isTrue();
        assertThat(UtilsRoutes.isVerifiableArgon2("$argon2i$m=4096,t=3,p=1$G5fkIT1MAQ4I6IwWu8v0fg$4fTZ7q6ThlkU4x444h")).isTrue();
        assertThat(UtilsRoutes.isVerifiableArgon2(
            "$argon2d$v=16$m=65536,t=2,p=4,data=c29tZQ$G5fkIT1MAQ4I6IwWu8v0fg$4fTZ7q6ThlkU4x444h")).isTrue();
    }

    // POST /utils/cache/clear

    @Test
    void clearingTheCacheIsForAdminsOnly() {
        for (Accountability caller : List.of(Callers.EDITOR, Callers.ANONYMOUS)) {
            assertThatThrownBy(() -> call(HttpMethod.POST, "/utils/cache/clear", Map.of("system", List.of("")), null,
                caller)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(invalidations).hasValue(0);
        assertThat(forgottenPermissions).hasValue(0);
    }

    @Test
    void clearingAnswers200WithAnEmptyBody() throws Exception {
        Response response = call(HttpMethod.POST, "/utils/cache/clear", Map.of(), null, Callers.ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isInstanceOf(Response.Body.Empty.class);
        assertThat(invalidations).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "true", "1", "false"})
    void theSystemFlagAlsoInvalidatesTheSchema(String value) throws Exception {
        Response response = call(HttpMethod.POST, "/utils/cache/clear", Map.of("system", List.of(value)), null,
            Callers.ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(invalidations).hasValue(1);
        assertThat(forgottenPermissions).hasValue(1);
    }

    private static ResponseCache disabledCache() {
        return new ResponseCache(CacheSettings.from(new MapSettings(Map.of())), new AdminOnlyAccessRules(),
            List::of, java.time.Clock.systemUTC());
    }

    /** A request with query parameters, a JSON body and a caller. */
    private record UtilsRequest(HttpMethod method, String path, Map<String, List<String>> queryParams,
                                Optional<Object> jsonBody, Accountability accountability) implements Request {

        @Override
        public String pathParam(String name) {
            throw new IllegalArgumentException("no path parameter " + name);
        }

        @Override
        public Map<String, String> pathParams() {
            return Map.of();
        }

        @Override
        public String queryString() {
            return "";
        }

        @Override
        public Optional<String> queryParam(String name) {
            List<String> values = queryParams.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        @Override
        public Optional<String> header(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> cookie(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> contentType() {
            return jsonBody.map(body -> "application/json");
        }

        @Override
        public InputStream bodyStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public ClientInfo client() {
            return accountability.client();
        }
    }
}
