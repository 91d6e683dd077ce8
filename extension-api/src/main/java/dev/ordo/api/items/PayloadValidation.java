package dev.ordo.api.items;

import java.util.Map;

/**
 * Checks a payload against a validation rule written as a filter, the way permissions' {@code validation} and
 * fields' rules are checked on writes (Directus's {@code validatePayload}). The data module provides it; settings
 * such as {@code public_registration_email_filter} use it.
 *
 * @since 1.3.0
 */
public interface PayloadValidation {

    /**
     * @param rule    the rule as parsed JSON (a filter object, {@code _and}/{@code _or} allowed, {@code _submitted} and
     *                {@code _regex} too)
     * @param payload the values to check, by field
     * @throws dev.ordo.api.error.OrdoException 400 {@code FAILED_VALIDATION} naming every broken rule when the payload
     *         breaks the rule; 400 {@code INVALID_QUERY} when the rule itself is malformed
     */
    void check(Map<String, ?> rule, Map<String, ?> payload);
}
