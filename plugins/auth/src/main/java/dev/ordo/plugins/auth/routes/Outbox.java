package dev.ordo.plugins.auth.routes;

import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.mail.Mail;
import dev.ordo.api.mail.Mailer;
import java.util.Optional;
import java.util.function.Supplier;

/** The mailer of the mail plugin, found at request time; 503 when email is off. */
final class Outbox {

    private final Supplier<Optional<Mailer>> mailer;

    Outbox(Supplier<Optional<Mailer>> mailer) {
        this.mailer = mailer;
    }

    /** Fails before anything is done when email is off, so a feature that mails never half-happens. */
    void requireMail() {
        mailer();
    }

    void send(Mail mail) {
        mailer().send(mail);
    }

    private Mailer mailer() {
        return mailer.get().orElseThrow(() ->
            new ServiceUnavailableException("email", "Email is not configured (EMAIL_TRANSPORT)"));
    }
}
