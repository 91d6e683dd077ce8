package dev.ordo.plugins.mail;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to send mail, with Directus's variable names: {@code EMAIL_FROM}, {@code EMAIL_TRANSPORT} (Ordo serves
 * {@code smtp}), {@code EMAIL_SMTP_HOST}, {@code EMAIL_SMTP_PORT} (587), {@code EMAIL_SMTP_USER},
 * {@code EMAIL_SMTP_PASSWORD}, {@code EMAIL_SMTP_SECURE} (TLS from the first byte, usually port 465) and
 * {@code EMAIL_SMTP_IGNORE_TLS} (no STARTTLS).
 */
record MailSettings(String from, String host, int port, Optional<String> user, Optional<String> password,
                    boolean secure, boolean ignoreTls) {

    MailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The SMTP settings, or empty when email is off ({@code EMAIL_TRANSPORT} unset). */
    static Optional<MailSettings> from(Settings settings) {
        Optional<String> transport = settings.get("EMAIL_TRANSPORT").map(t -> t.trim().toLowerCase(Locale.ROOT));
        if (transport.isEmpty()) {
            return Optional.empty();
        }
        if (!transport.get().equals("smtp")) {
            throw new InvalidSettingException("EMAIL_TRANSPORT",
                "must be smtp: Ordo sends mail over SMTP only (\"" + transport.get() + "\" is not supported)");
        }
        String host = settings.get("EMAIL_SMTP_HOST")
            .orElseThrow(() -> new InvalidSettingException("EMAIL_SMTP_HOST", "is required with EMAIL_TRANSPORT=smtp"));
        return Optional.of(new MailSettings(settings.get("EMAIL_FROM", "no-reply@example.com"), host,
            settings.getInt("EMAIL_SMTP_PORT", 587), settings.get("EMAIL_SMTP_USER"),
            settings.get("EMAIL_SMTP_PASSWORD"), settings.getBoolean("EMAIL_SMTP_SECURE", false),
            settings.getBoolean("EMAIL_SMTP_IGNORE_TLS", false)));
    }

    @Override
    public String toString() {
        // The password is a secret.
        return "MailSettings[from=" + from + ", host=" + host + ", port=" + port + ", user=" + user.orElse(null)
            + ", secure=" + secure + ", ignoreTls=" + ignoreTls + "]";
    }
}
