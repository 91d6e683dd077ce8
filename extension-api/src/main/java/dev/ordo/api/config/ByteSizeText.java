package dev.ordo.api.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size as Directus reads it with the {@code bytes} package: a number of bytes ({@code 1024}, {@code 100b}) or an
 * amount of 1024-based units ({@code 500kb}, {@code 1.5mb}, {@code 2 GB}), rounded down to whole bytes.
 */
final class ByteSizeText {

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?) *(b|kb|mb|gb|tb|pb)?");

    private ByteSizeText() {
    }

    static long parse(String setting, String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InvalidSettingException(setting, "must be a size such as 1024, 500kb or 2mb");
        }
        int power = switch (matcher.group(2) == null ? "b" : matcher.group(2)) {
            case "kb" -> 1;
            case "mb" -> 2;
            case "gb" -> 3;
            case "tb" -> 4;
            case "pb" -> 5;
            default -> 0;
        };
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        try {
            return bytes.setScale(0, RoundingMode.FLOOR).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidSettingException(setting, "is too large a size");
        }
    }
}
