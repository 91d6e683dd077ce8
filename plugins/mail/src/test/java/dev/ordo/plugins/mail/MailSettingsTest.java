package dev.ordo.plugins.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.config.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void emailIsOffWithoutATransport() {
        assertThat(MailSettings.from(settings(Map.of()))).isEmpty();
    }

    @Test
    void readsTheSmtpSettings() {
        MailSettings smtp = MailSettings.from(settings(Map.of("EMAIL_TRANSPORT", "SMTP", "EMAIL_SMTP_HOST", "mail.local",
            "EMAIL_SMTP_USER", "ordo", "EMAIL_SMTP_PASSWORD", "hunter2", "EMAIL_FROM", "ordo@example.com"))).orElseThrow();

        assertThat(smtp).isEqualTo(new MailSettings("ordo@example.com", "mail.local", 587, Optional.of("ordo"),
            Optional.of("hunter2"), false, false));
        assertThat(smtp.toString()).doesNotContain("hunter2");
    }

    @Test
    void refusesTransportsItDoesNotServeAndAMissingHost() {
        assertThatThrownBy(() -> MailSettings.from(settings(Map.of("EMAIL_TRANSPORT", "sendmail"))))
            .isInstanceOf(InvalidSettingException.class).hasMessageContaining("EMAIL_TRANSPORT");
        assertThatThrownBy(() -> MailSettings.from(settings(Map.of("EMAIL_TRANSPORT", "smtp"))))
            .isInstanceOf(InvalidSettingException.class).hasMessageContaining("EMAIL_SMTP_HOST");
    }

    private static Settings settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
