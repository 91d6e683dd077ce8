package dev.ordo.platform.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a request path into its segments: empty segments dropped (so a trailing slash does not matter). */
final class PathSegments {

    private PathSegments() {
    }

    static List<String> split(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** The segments of a raw (percent-encoded) request path, each decoded. */
    static List<String> decode(String rawPath) {
        List<String> segments = split(rawPath);
        segments.replaceAll(PathSegments::decodeSegment);
        return segments;
    }

    private static String decodeSegment(String segment) {
        try {
            // A '+' in a path is a plus, not a space: only query strings use '+' for spaces.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
