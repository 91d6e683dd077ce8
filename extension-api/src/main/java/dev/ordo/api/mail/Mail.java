package dev.ordo.api.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One email to send.
 *
 * @param to   the recipients' addresses
 * @param text the plain-text body, always sent
 * @param html an HTML alternative of the body
 */
public record Mail(List<String> to, String subject, String text, Optional<String> html) {

    public Mail {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs at least one recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
