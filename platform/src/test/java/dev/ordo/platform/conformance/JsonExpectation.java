package dev.ordo.platform.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares an answer with what a scenario expects. Objects must have exactly the expected keys; numbers compare by
 * value ({@code 1} equals {@code 1.0}) but never equal a string; the placeholders {@code <any>}, {@code <number>},
 * {@code <string>}, {@code <uuid>} and {@code <timestamp>} match a kind of value, {@code <matches:REGEX>} a string (or
 * number) whose text matches the whole regular expression, and {@code <optional>} anything including a missing key.
 * Arrays compare in order unless the scenario says {@code unordered}.
 */
final class JsonExpectation {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3}Z)?");

    private JsonExpectation() {
    }

    /** The differences, each as {@code path: reason}; empty when the answer matches. */
    static List<String> differences(JsonNode expected, JsonNode actual, boolean unordered) {
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, unordered, problems);
        return problems;
    }

    /** The differences between an expected value (possibly a placeholder) and a plain string such as a header. */
    static List<String> differences(JsonNode expected, String actual) {
        return differences(expected, actual == null ? null : TextNode.valueOf(actual), false);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, boolean unordered, List<String> problems) {
        if (expected.isTextual() && placeholder(expected.asText(), actual, path, problems)) {
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + ": missing, expected " + expected);
            return;
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) != 0) {
                problems.add(path + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = actual.get(field.getKey());
                compare(path + "." + field.getKey(), field.getValue(), value == null ? MissingNode.getInstance() : value,
                    unordered, problems);
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    problems.add(path + "." + name + ": not expected (" + actual.get(name) + ")");
                }
            });
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                problems.add(path + ": expected " + expected.size() + " elements but was " + actual.size() + ": " + actual);
                return;
            }
            if (unordered) {
                compareUnordered(path, expected, actual, problems);
            } else {
                for (int i = 0; i < expected.size(); i++) {
                    compare(path + "[" + i + "]", expected.get(i), actual.get(i), false, problems);
                }
            }
            return;
        }
        if (!expected.equals(actual)) {
            problems.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static void compareUnordered(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        List<JsonNode> remaining = new ArrayList<>();
        actual.forEach(remaining::add);
        for (JsonNode wanted : expected) {
            JsonNode match = remaining.stream().filter(candidate -> differences(wanted, candidate, true).isEmpty())
                .findFirst().orElse(null);
            if (match == null) {
                problems.add(path + ": no element matches " + wanted + " in " + actual);
            } else {
                remaining.remove(match);
            }
        }
    }

    /** True when {@code text} is a placeholder (then the problem, if any, is recorded). */
    private static boolean placeholder(String text, JsonNode actual, String path, List<String> problems) {
        boolean present = actual != null && !actual.isMissingNode() && !actual.isNull();
        boolean matches;
        if (text.startsWith("<matches:") && text.endsWith(">")) {
            String regex = text.substring("<matches:".length(), text.length() - 1);
            matches = present && actual.isValueNode() && Pattern.compile(regex, Pattern.DOTALL).matcher(actual.asText()).matches();
            if (!matches) {
                problems.add(path + ": expected a value matching /" + regex + "/ but was " + actual);
            }
            return true;
        }
        switch (text) {
            case "<optional>" -> matches = true;
            case "<any>" -> matches = actual != null && !actual.isMissingNode();
            case "<number>" -> matches = present && actual.isNumber();
            case "<string>" -> matches = present && actual.isTextual();
            case "<uuid>" -> matches = present && UUID.matcher(actual.asText()).matches();
            case "<timestamp>" -> matches = present && TIMESTAMP.matcher(actual.asText()).matches();
            default -> {
                return false;
            }
        }
        if (!matches) {
            problems.add(path + ": expected " + text + " but was " + actual);
        }
        return true;
    }
}
