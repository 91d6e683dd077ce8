package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A path into a JSON value, as the {@code _json} filter keys and the {@code json(field, path)} function write it: object
 * keys joined by {@code .}, array indexes in brackets ({@code items[0].name}, {@code [0].label}). Only that much of
 * JSONPath is accepted: no {@code $} or {@code @}, no wildcards ({@code *}, {@code []}), no filters ({@code ?}), no
 * recursive descent ({@code ..}), no negative indexes, and keys of letters, digits, underscores and emoji only. A
 * trailing {@code .} is dropped.
 *
 * @param steps the keys ({@link Key}) and indexes ({@link Index}) to walk, at least one
 */
public record JsonPath(List<Step> steps) {

    /** Directus's default {@code MAX_JSON_QUERY_DEPTH}. */
    public static final int DEFAULT_MAX_DEPTH = 10;

    public JsonPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a JSON path has at least one step");
        }
    }

    /** One step of a path. */
    public sealed interface Step {
    }

    /** An object key. */
    public record Key(String name) implements Step {
        public Key {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An array index, from 0. */
    public record Index(int position) implements Step {
    }

    /**
     * @param text     the path as written, with or without a leading {@code .}
     * @param maxDepth the most steps allowed ({@code MAX_JSON_QUERY_DEPTH})
     * @throws InvalidQueryException when the path uses a feature outside the accepted syntax or is too deep
     */
    public static JsonPath parse(String text, int maxDepth) {
        List<Step> steps = new Reader(text).steps();
        if (steps.size() > maxDepth) {
            throw new InvalidQueryException(
                "JSON path depth exceeds maximum allowed depth of " + maxDepth + " (got " + steps.size() + ")");
        }
        return new JsonPath(steps);
    }

    /** The path in its plain form: {@code items[0].name}. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof Key key) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(key.name());
            } else {
                text.append('[').append(((Index) step).position()).append(']');
            }
        }
        return text.toString();
    }

    /**
     * The path as SQLite's and MySQL's JSON functions read it, every key quoted: {@code $."items"[0]."name"}. Keys hold
     * no quotes or backslashes, so quoting needs no escaping.
     */
    public String dollarForm() {
        return "$" + steps.stream()
            .map(step -> step instanceof Key key ? ".\"" + key.name() + "\"" : "[" + ((Index) step).position() + "]")
            .collect(Collectors.joining());
    }

    /** Each step as text ({@code items}, {@code 0}, {@code name}), as PostgreSQL's path functions take them. */
    public List<String> elements() {
        return steps.stream()
            .map(step -> step instanceof Key key ? key.name() : Integer.toString(((Index) step).position()))
            .toList();
    }

    @Override
    public String toString() {
        return text();
    }

    /** Reads a path left to right. */
    private static final class Reader {

        private final String text;
        private int position;

        Reader(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        List<Step> steps() {
            if (text.isEmpty()) {
                throw invalid("it is empty");
            }
            List<Step> steps = new ArrayList<>();
            if (text.startsWith(".") && !text.startsWith("..")) {
                position = 1;
            }
            boolean expectKey = true;
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '[') {
                    steps.add(index());
                    expectKey = false;
                } else if (c == '.') {
                    if (expectKey) {
                        throw invalid("recursive descent (..) is not supported");
                    }
                    position++;
                    expectKey = true;
                } else if (expectKey) {
                    steps.add(key());
                    expectKey = false;
                } else {
                    throw invalid("\"" + c + "\" is not expected here");
                }
            }
            if (steps.isEmpty()) {
                throw invalid("it names no key or index");
            }
            return steps;
        }

        private Key key() {
            int start = position;
            while (position < text.length() && text.charAt(position) != '.' && text.charAt(position) != '[') {
                int codePoint = text.codePointAt(position);
                checkNameCharacter(codePoint);
                position += Character.charCount(codePoint);
            }
            return new Key(text.substring(start, position));
        }

        private Index index() {
            int close = text.indexOf(']', position);
            if (close < 0) {
                throw invalid("\"[\" is not closed");
            }
            String content = text.substring(position + 1, close);
            if (content.isEmpty()) {
                throw invalid("empty brackets ([]) are not supported");
            }
            if (content.equals("*")) {
                throw invalid("wildcards ([*]) are not supported");
            }
            if (content.startsWith("-")) {
                throw invalid("negative indexes are not supported");
            }
            if (!content.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid("\"[" + content + "]\" is not an array index");
            }
            position = close + 1;
            if (position < text.length() && text.charAt(position) != '.' && text.charAt(position) != '[') {
                throw invalid("\"" + text.charAt(position) + "\" is not expected after \"]\"");
            }
            try {
                return new Index(Integer.parseInt(content));
            } catch (NumberFormatException e) {
                throw invalid("\"[" + content + "]\" is too large an index");
            }
        }

        private void checkNameCharacter(int codePoint) {
            if (codePoint == '_' || Character.isLetterOrDigit(codePoint) || isEmoji(codePoint)) {
                return;
            }
            String character = new String(Character.toChars(codePoint));
            throw invalid(switch (character) {
                case "*" -> "wildcards (*) are not supported";
                case "$" -> "the root reference ($) is not supported";
                case "@" -> "the current node reference (@) is not supported";
                case "?" -> "filter expressions (?) are not supported";
                default -> "\"" + character + "\" is not allowed in a key";
            });
        }

        /** Pictographs, their modifiers, joiners and variation selectors; never an ASCII character. */
        private static boolean isEmoji(int codePoint) {
            if (codePoint < 0x80) {
                return false;
            }
            int type = Character.getType(codePoint);
            return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.ENCLOSING_MARK || codePoint == 0x200D
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
        }

        private InvalidQueryException invalid(String why) {
            return new InvalidQueryException("Invalid JSON path \"" + text + "\": " + why);
        }
    }
}
