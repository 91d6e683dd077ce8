package dev.ordo.plugins.data.http;

import dev.ordo.api.auth.HashService;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.api.service.Services;
import dev.ordo.plugins.data.cache.ResponseCache;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stateless {@code /utils} endpoints: {@code GET /utils/random/string}, {@code POST /utils/hash/generate},
 * {@code POST /utils/hash/verify} and {@code POST /utils/cache/clear}. Like Directus, the first three need no
 * signed-in caller. Services are looked up per request: the module that provides them may start after this one.
 */
public final class UtilsRoutes {

    static final int DEFAULT_LENGTH = 32;
    static final int MAX_LENGTH = 500;
    /** nanoid's URL-safe alphabet: 64 symbols, so each random byte's low six bits pick one without bias. */
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    /**
     * An Argon2 PHC string as node-argon2 reads it: {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}, the version and
     * extra parameters optional, salt and hash in unpadded base64.
     */
    private static final Pattern ARGON2_PHC = Pattern.compile(
        "\\$argon2(?:id|i|d)(?:\\$v=\\d{1,3})?\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})(?:,[a-z0-9-]{1,32}=[A-Za-z0-9/+.-]+)*"
            + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    /**
     * The costs a hash sent for verification may ask for. The parameters come from the caller, and the route needs
     * no authentication, so a forged {@code m=4194304} would otherwise make the server allocate 4 GiB; hashes above
     * these limits are answered as malformed. They are far above the defaults (19 MiB, 2 passes, 1 lane).
     */
    static final long MAX_VERIFY_MEMORY_KIB = 256 * 1024;
    static final long MAX_VERIFY_ITERATIONS = 16;
    static final long MAX_VERIFY_PARALLELISM = 16;

    private final Services services;
    private final ResponseCache responses;
    private final Runnable forgetPermissions;
    private final SecureRandom random = new SecureRandom();

    /** @param forgetPermissions drops the permission rules read so far ({@code ?system}) */
    public UtilsRoutes(Services services, ResponseCache responses, Runnable forgetPermissions) {
        this.services = Objects.requireNonNull(services, "services");
        this.responses = Objects.requireNonNull(responses, "responses");
        this.forgetPermissions = Objects.requireNonNull(forgetPermissions, "forgetPermissions");
    }

    public void register(Router router) {
        router.get("/utils/random/string", this::randomString);
        router.post("/utils/hash/generate", this::generateHash);
        router.post("/utils/hash/verify", this::verifyHash);
        router.post("/utils/cache/clear", this::clearCache);
    }

    Response randomString(Request request) {
        int length = length(request.queryParams().get("length"));
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        char[] symbols = new char[length];
        for (int i = 0; i < length; i++) {
            symbols[i] = ALPHABET.charAt(bytes[i] & 63);
        }
        return Response.data(new String(symbols));
    }

    Response generateHash(Request request) {
        Map<?, ?> body = body(request);
        Object value = body.get("string");
        if (RequestBodies.isFalsy(value)) {
            throw new InvalidPayloadException("\"string\" is required");
        }
        if (!(value instanceof String plain)) {
            throw new InvalidPayloadException("\"string\" must be a string");
        }
        return Response.data(hashService().hash(plain));
    }

    Response verifyHash(Request request) {
        Map<?, ?> body = body(request);
        Object value = body.get("string");
        Object hash = body.get("hash");
        if (RequestBodies.isFalsy(value)) {
            throw new InvalidPayloadException("\"string\" is required");
        }
        if (RequestBodies.isFalsy(hash)) {
            throw new InvalidPayloadException("\"hash\" is required");
        }
        // HashService.verify answers false for a malformed hash; Directus answers 400 (argon2.verify throws).
        if (!(value instanceof String plain) || !(hash instanceof String phc) || !isVerifiableArgon2(phc)) {
            throw new InvalidPayloadException("Invalid \"hash\" or \"string\"");
        }
        return Response.data(hashService().verify(plain, phc));
    }

    Response clearCache(Request request) {
        if (!request.accountability().admin()) {
            throw new ForbiddenException();
        }
        responses.clear();
        // Directus reads any ?system, even ?system=false, as "also the schema and permission caches", so that
        // changes made in the database directly apply.
        if (request.queryParams().containsKey("system")) {
            services.find(SchemaService.class).ifPresent(SchemaService::invalidate);
            forgetPermissions.run();
        }
        // Directus answers 200 with an empty body (res.status(200).end()). Response has no factory for that, but its
        // empty body is written as nothing whatever the status, so 204's empty body is kept and the status set to 200.
        return Response.noContent().withStatus(200);
    }

    private HashService hashService() {
        return services.find(HashService.class).orElseThrow(() ->
            new ServiceUnavailableException("hash", "No installed plugin provides hashing"));
    }

    /** Joi's {@code number().integer().min(1).max(500).default(32)}, with its messages. */
    private static int length(List<String> values) {
        if (values == null || values.isEmpty()) {
            return DEFAULT_LENGTH;
        }
        BigDecimal number = values.size() == 1 ? decimal(values.get(0).strip()) : null;
        if (number == null) {
            throw new InvalidQueryException("\"length\" must be a number");
        }
        if (number.stripTrailingZeros().scale() > 0) {
            throw new InvalidQueryException("\"length\" must be an integer");
        }
        if (number.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidQueryException("\"length\" must be greater than or equal to 1");
        }
        if (number.compareTo(BigDecimal.valueOf(MAX_LENGTH)) > 0) {
            throw new InvalidQueryException("\"length\" must be less than or equal to " + MAX_LENGTH);
        }
        return number.intValueExact();
    }

    private static BigDecimal decimal(String text) {
        if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?")) {
            return null;
        }
        return new BigDecimal(text);
    }

    private static Map<?, ?> body(Request request) {
        Optional<Object> body = request.jsonBody();
        return body.isPresent() && body.get() instanceof Map<?, ?> map ? map : Map.of();
    }

    static boolean isVerifiableArgon2(String hash) {
        Matcher phc = ARGON2_PHC.matcher(hash);
        if (!phc.matches()) {
            return false;
        }
        long memory = Long.parseLong(phc.group(1));
        long iterations = Long.parseLong(phc.group(2));
        long parallelism = Long.parseLong(phc.group(3));
        if (parallelism < 1 || parallelism > MAX_VERIFY_PARALLELISM || iterations < 1
            || iterations > MAX_VERIFY_ITERATIONS || memory < 8 * parallelism || memory > MAX_VERIFY_MEMORY_KIB) {
            return false;
        }
        return decodedLength(phc.group(4)) >= 8 && decodedLength(phc.group(5)) >= 4;
    }

    private static int decodedLength(String unpaddedBase64) {
        try {
            return Base64.getDecoder().decode(unpaddedBase64).length;
        } catch (IllegalArgumentException malformed) {
            return -1;
        }
    }
}
