package dev.ordo.plugins.data.query;

import java.util.List;
import java.util.Objects;

/**
 * A function applied to a field in a path segment: {@code year(date_created)}, {@code count(comments)},
 * {@code json(metadata, settings.theme)}.
 *
 * @param name      the function: {@code year}, {@code count}, {@code json}, ...
 * @param arguments the trimmed arguments; for {@code json} the field and the whole path (which may hold commas)
 */
public record FunctionCall(String name, List<String> arguments) {

    public FunctionCall {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /** The field the function reads: its first argument. */
    public String field() {
        return arguments.isEmpty() ? "" : arguments.get(0);
    }

    public boolean isJson() {
        return name.equals("json");
    }

    /**
     * For {@code json(field, path)}: the path, read. Its syntax and depth were checked when the query was parsed.
     *
     * @throws dev.ordo.api.error.InvalidQueryException when the call has no valid path
     */
    public JsonPath path() {
        if (arguments.size() < 2) {
            throw new dev.ordo.api.error.InvalidQueryException("Invalid json() syntax: requires json(field, path) format");
        }
        return JsonPath.parse(arguments.get(1), Integer.MAX_VALUE);
    }

    /**
     * For {@code json(field, path)}: the path as Directus extracts it, always starting with {@code .} or {@code [}
     * ({@code json(data, items[0].name)} gives {@code .items[0].name}); empty when there is no path argument.
     */
    public String jsonPath() {
        if (arguments.size() < 2) {
            return "";
        }
        String path = arguments.get(1);
        return path.startsWith("[") ? path : "." + path;
    }
}
