package dev.ordo.platform.config;

import dev.ordo.api.config.InvalidSettingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes written as Directus writes them: {@code 1mb}, {@code 500kb}, {@code 10MB}, or plain bytes. */
final class ByteSize {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    private ByteSize() {
    }

    static long parse(String setting, String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InvalidSettingException(setting, "must be a size such as 500kb, 1mb or 1048576");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        return switch (unit) {
            case "kb" -> amount * 1024;
            case "mb" -> amount * 1024 * 1024;
            case "gb" -> amount * 1024 * 1024 * 1024;
            default -> amount;
        };
    }
}
