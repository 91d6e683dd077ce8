package dev.ordo.plugins.auth.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.items.PayloadValidation;
import dev.ordo.api.service.Services;
import java.util.Map;
import java.util.Optional;

/**
 * {@code directus_settings.public_registration_email_filter}: a validation rule the email of a new registration must
 * pass ({@code {"email": {"_ends_with": "@example.com"}}}), checked by the data module's {@link PayloadValidation}.
 */
final class RegistrationEmailFilter {

    private static final System.Logger LOG = System.getLogger(RegistrationEmailFilter.class.getName());
    private static final TypeReference<Map<String, Object>> RULE = new TypeReference<>() { };

    private final Services services;
    private final ObjectMapper json = new ObjectMapper();

    RegistrationEmailFilter(Services services) {
        this.services = services;
    }

    /** @param filter the setting's JSON text; no filter admits every email */
    boolean admits(Optional<String> filter, String email) {
        if (filter.isEmpty() || filter.get().isBlank()) {
            return true;
        }
        PayloadValidation validation = services.find(PayloadValidation.class)
            .orElseThrow(() -> new ServiceUnavailableException("data", "The data module is not running"));
        try {
            validation.check(json.readValue(filter.get(), RULE), Map.of("email", email));
            return true;
        } catch (OrdoException e) {
            if (e.code() != ErrorCode.FAILED_VALIDATION) {
                // A rule that cannot be read admits nobody rather than everybody.
                LOG.log(System.Logger.Level.WARNING, "public_registration_email_filter is not a valid rule: "
                    + e.getMessage());
            }
            return false;
        } catch (JsonProcessingException e) {
            LOG.log(System.Logger.Level.WARNING, "public_registration_email_filter is not JSON: " + e.getOriginalMessage());
            return false;
        }
    }
}
