package dev.ordo.plugins.data.transfer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of an export attachment, {@code <collection> <yyyyMMdd>-<H><m><s>.<ext>} as Directus writes it: the date
 * zero-padded, the time not ({@code articles 20260301-9545.csv} for 09:05:45), in the clock's zone (Directus uses
 * the server's local time), and {@code Export} where there is no collection.
 */
public final class ExportFileName {

    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private ExportFileName() {
    }

    public static String of(Optional<String> collection, ExportFormat format, Clock clock) {
        Objects.requireNonNull(format, "format");
        ZonedDateTime now = ZonedDateTime.now(clock);
        return collection.orElse("Export") + " "
            + now.getYear() + twoDigits(now.getMonthValue()) + twoDigits(now.getDayOfMonth()) + "-"
            + now.getHour() + now.getMinute() + now.getSecond()
            + "." + format.extension();
    }

    /**
     * The {@code Content-Disposition} value that offers {@code fileName} as a download:
     * {@code attachment; filename="articles 20260301-9545.csv"}. A name that is not printable ASCII (or looks
     * percent-encoded) also gets an RFC 5987 {@code filename*}, beside an ASCII fallback with {@code ?} for the rest.
     */
    public static String contentDisposition(String fileName) {
        boolean printableAscii = fileName.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
        String fallback = quoted(printableAscii ? fileName : fileName.replaceAll("[^\\x20-\\x7E]", "?"));
        if (printableAscii && !PERCENT_ESCAPE.matcher(fileName).find()) {
            return "attachment; filename=" + fallback;
        }
        return "attachment; filename=" + fallback + "; filename*=UTF-8''" + percentEncoded(fileName);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
    private static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
