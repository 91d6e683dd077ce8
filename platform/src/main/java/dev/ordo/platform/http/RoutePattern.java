package dev.ordo.platform.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route path such as {@code /items/:collection/:id}: literal segments and {@code :name} parameters. When
 * several patterns match a path, the one with a literal earliest wins ({@code /users/me} before {@code /users/:id}).
 * Literal segments match in any case ({@code /ITEMS/x}), as Directus's Express routes do; parameters keep theirs.
 */
record RoutePattern(String path, List<String> segments) implements Comparable<RoutePattern> {

    private static final Pattern PARAMETER_NAME = Pattern.compile(":[A-Za-z_][A-Za-z0-9_]*");

    RoutePattern {
        segments = List.copyOf(segments);
    }

    static RoutePattern parse(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with /: " + path);
        }
        List<String> segments = PathSegments.split(path);
        List<String> names = new ArrayList<>();
        for (String segment : segments) {
            if (segment.startsWith(":")) {
                if (!PARAMETER_NAME.matcher(segment).matches()) {
                    throw new IllegalArgumentException("bad parameter " + segment + " in route " + path);
                }
                if (names.contains(segment)) {
                    throw new IllegalArgumentException("parameter " + segment + " appears twice in route " + path);
                }
                names.add(segment);
            }
        }
        return new RoutePattern("/" + String.join("/", segments), segments);
    }

    /** The parameters when {@code pathSegments} (decoded) fit this pattern. */
    Optional<Map<String, String>> match(List<String> pathSegments) {
        // Every route is tried on every request: the cheap refusal comes first and allocates nothing.
        if (!fits(pathSegments)) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(":")) {
                parameters.put(segments.get(i).substring(1), pathSegments.get(i));
            }
        }
        return Optional.of(Collections.unmodifiableMap(parameters));
    }

    private boolean fits(List<String> pathSegments) {
        if (pathSegments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String actual = pathSegments.get(i);
            boolean fits = expected.startsWith(":") ? !actual.isEmpty()
                : expected.equalsIgnoreCase(actual); // Express matches routes case-insensitively
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** Literal segments sort before parameters, position by position. */
    @Override
    public int compareTo(RoutePattern other) {
        for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
            boolean mineIsParameter = segments.get(i).startsWith(":");
            boolean theirsIsParameter = other.segments.get(i).startsWith(":");
            if (mineIsParameter != theirsIsParameter) {
                return mineIsParameter ? 1 : -1;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    /** True when both patterns would match exactly the same paths. */
    boolean sameShape(RoutePattern other) {
        if (segments.size() != other.segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String mine = segments.get(i);
            String theirs = other.segments.get(i);
            boolean bothParameters = mine.startsWith(":") && theirs.startsWith(":");
            if (!bothParameters && !mine.equals(theirs)) {
                return false;
            }
        }
        return true;
    }
}
