package dev.ordo.plugins.data.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paths the query keeps as strings ({@code author.name}, {@code -year(date)}, {@code item:headings.title},
 * {@code json(data, a.b)}): segments, function calls, many-to-any scopes, sort entries and the keys function results
 * are returned under.
 */
public final class FieldPaths {

    private static final Pattern FUNCTION_CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\(([^()]*)\\)");
    private static final Pattern JSON_PATH_SEPARATORS = Pattern.compile("[.\\[\\],\\s]+");

    private FieldPaths() {
    }

    /**
     * The dot-separated segments of a path, not splitting inside parentheses:
     * {@code author.json(meta, a.b)} gives {@code author} and {@code json(meta, a.b)}.
     */
    public static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (c == '.' && depth == 0) {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return List.copyOf(segments);
    }

    /** The function call a segment is, if it is one: {@code year(date_created)}, {@code json(data, a.b)}. */
    public static Optional<FunctionCall> functionCall(String segment) {
        Matcher matcher = FUNCTION_CALL.matcher(segment.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        String content = matcher.group(2);
        if (name.equals("json")) {
            // The path may hold commas of its own: only the first comma separates it from the field.
            int comma = content.indexOf(',');
            List<String> arguments = comma < 0
                ? List.of(content.trim())
                : List.of(content.substring(0, comma).trim(), content.substring(comma + 1).trim());
            return Optional.of(new FunctionCall(name, arguments));
        }
        return Optional.of(new FunctionCall(name, Arrays.stream(content.split(",", -1)).map(String::trim).toList()));
    }

    /** The many-to-any scope a segment is, if it is one: {@code item:headings}. */
    public static Optional<CollectionScope> collectionScope(String segment) {
        int colon = segment.indexOf(':');
        if (colon <= 0 || colon == segment.length() - 1 || segment.indexOf('(') >= 0) {
            return Optional.empty();
        }
        return Optional.of(new CollectionScope(segment.substring(0, colon), segment.substring(colon + 1)));
    }

    /** A sort entry: a leading {@code -} means descending. */
    public static SortEntry sortEntry(String entry) {
        return entry.startsWith("-") ? new SortEntry(entry.substring(1), true) : new SortEntry(entry, false);
    }

    /**
     * A sort entry with an alias in its first segment replaced by what the alias stands for, keeping the direction:
     * with {@code headline} an alias of {@code title}, {@code -headline} gives {@code -title}. Other entries are
     * returned unchanged.
     */
    public static String unalias(String entry, Map<String, String> aliases) {
        SortEntry sort = sortEntry(entry);
        List<String> segments = new ArrayList<>(segments(sort.expression()));
        String target = aliases.get(segments.get(0));
        if (target == null) {
            return entry;
        }
        segments.set(0, target);
        return (sort.descending() ? "-" : "") + String.join(".", segments);
    }

    /**
     * The key a segment's value is returned under: the field itself, or for a function
     * {@code <field>_<function>} ({@code year(date_created)} gives {@code date_created_year}, {@code count(comments)}
     * gives {@code comments_count}) and for {@code json(field, path)} the path slugged in:
     * {@code json(metadata, settings.theme)} gives {@code metadata_settings_theme_json}.
     */
    public static String outputKey(String segment) {
        Optional<FunctionCall> call = functionCall(segment);
        if (call.isEmpty()) {
            return segment;
        }
        FunctionCall function = call.get();
        if (function.isJson()) {
            String slug = slug(function.field() + "." + function.jsonPath());
            return slug + "_json";
        }
        return String.join(",", function.arguments()) + "_" + function.name();
    }

    /**
     * Moves a relational prefix out of a {@code json()} call, as Directus does:
     * {@code json(author.meta, a)} becomes {@code author.json(meta, a)}. Other paths are returned unchanged.
     */
    public static String normalize(String path) {
        List<String> segments = segments(path);
        List<String> normalized = new ArrayList<>(segments.size() + 1);
        for (String segment : segments) {
            Optional<FunctionCall> call = functionCall(segment);
            if (call.isPresent() && call.get().isJson() && call.get().arguments().size() == 2
                && call.get().field().contains(".")) {
                String field = call.get().field();
                int lastDot = field.lastIndexOf('.');
                normalized.add(field.substring(0, lastDot));
                normalized.add("json(" + field.substring(lastDot + 1) + ", " + call.get().arguments().get(1) + ")");
            } else {
                normalized.add(segment);
            }
        }
        return String.join(".", normalized);
    }

    private static String slug(String text) {
        String slug = JSON_PATH_SEPARATORS.matcher(text).replaceAll("_");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '_') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '_') {
            end--;
        }
        return slug.substring(start, end);
    }
}
