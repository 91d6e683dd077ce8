package dev.ordo.plugins.auth.password;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code directus_settings.auth_password_policy}: a regular expression written as JavaScript writes it
 * ({@code /^.{8,}$/}, flags after the last slash; {@code i} is honoured), which new passwords must match.
 */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /** @throws OrdoException 400 {@code FAILED_VALIDATION} on the {@code password} field when it does not match */
    public static void check(Optional<String> policy, String password) {
        if (policy.isEmpty() || pattern(policy.get()).matcher(password).find()) {
            return;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", "password");
        extensions.put("path", List.of());
        extensions.put("type", "regex");
        throw new OrdoException(ErrorCode.FAILED_VALIDATION,
            "Validation failed for field \"password\". Value doesn't have the correct format.", extensions);
    }

    static Pattern pattern(String policy) {
        String text = policy.trim();
        int end = text.lastIndexOf('/');
        if (text.startsWith("/") && end > 0) {
            String flags = text.substring(end + 1);
            return Pattern.compile(text.substring(1, end), flags.contains("i") ? Pattern.CASE_INSENSITIVE : 0);
        }
        return Pattern.compile(text);
    }
}
